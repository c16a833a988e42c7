// Renders the app icon (resources/icon.svg) at every size the installers use, with the same Chromium the tests
// use: resources/icon.png (1024 px, from which electron-builder makes the macOS .icns and the Windows .ico,
// 16–256 px) and resources/icons/<size>x<size>.png for Linux (its desktop entry and hicolor theme take one
// file per size). Run after changing icon.svg: `npm run icons`; tests/unit/installer-config.test.ts checks the
// files are there at their sizes. Runs in Node.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';

export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

async function main(): Promise<void> {
  const resources = path.resolve(__dirname, '..', 'resources');
  const svg = fs.readFileSync(path.join(resources, 'icon.svg'), 'utf8');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const render = async (size: number, file: string): Promise<void> => {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
      await page.screenshot({ path: file, omitBackground: true });
    };
    fs.mkdirSync(path.join(resources, 'icons'), { recursive: true });
    for (const size of LINUX_ICON_SIZES) await render(size, path.join(resources, 'icons', `${size}x${size}.png`));
    await render(1024, path.join(resources, 'icon.png'));
    console.log(`icons: resources/icon.png and resources/icons/{${LINUX_ICON_SIZES.join(',')}}.png`);
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
