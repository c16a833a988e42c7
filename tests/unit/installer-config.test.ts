// The installers' configuration (electron-builder.yml) beyond the fuses (electron-fuses.test.ts): an icon at
// every size each target needs, there and at its size (Linux: one PNG per size; macOS and Windows: a 1024 px
// PNG electron-builder turns into .icns and .ico), a .hirebook-backup file association, and macOS notarisation
// left to the environment; and what scripts/signing-check.mjs says with and without the signing variables.
// Runs in Vitest (Node); reads the configuration electron-builder reads and the PNG files' own headers.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations.
import { signingPlan } from '../../scripts/signing-check.mjs';

const ROOT = path.resolve(__dirname, '../..');
type Config = {
  fileAssociations?: { ext: string; name: string }[];
  linux?: { icon?: string };
  mac?: { icon?: string; notarize?: boolean; hardenedRuntime?: boolean };
  win?: { icon?: string };
};
const config = load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the installers', () => {
  it('have an icon at every size: one PNG per size for Linux, 1024 px for macOS and Windows', () => {
    const linux = path.join(ROOT, config.linux?.icon ?? 'missing');
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(path.join(linux, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
    for (const target of [config.mac?.icon, config.win?.icon]) expect(pngSize(path.join(ROOT, target ?? 'missing'))).toEqual({ width: 1024, height: 1024 });
  });

  it('open a .hirebook-backup with Hirebook, and notarise on macOS when the credentials are there', () => {
    expect(config.fileAssociations?.map((a) => a.ext)).toEqual(['hirebook-backup']);
    expect(config.mac).toMatchObject({ notarize: true, hardenedRuntime: true });
  });

  it('say before packaging what will be signed and notarised, and what to set when it will not', () => {
    const plan = signingPlan as (env: Record<string, string>, platform: string) => string[];
    expect(plan({}, 'win32')).toEqual([expect.stringMatching(/^Windows installer: NOT signed — set CSC_LINK and CSC_KEY_PASSWORD/)]);
    expect(plan({ CSC_LINK: 'cert.p12' }, 'win32')).toEqual(['Windows installer: signed (WIN_CSC_LINK or CSC_LINK).']);
    expect(plan({}, 'darwin')[0]).toMatch(/NOT notarised — set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID/);
    expect(plan({ CSC_LINK: 'c', APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 't' }, 'darwin')).toEqual(['macOS app: signed (CSC_LINK or CSC_NAME); notarised (APPLE_* credentials set)']);
    // Half the credentials is no credentials.
    expect(plan({ APPLE_ID: 'a' }, 'darwin')[0]).toMatch(/NOT notarised/);
    expect(plan({}, 'linux')).toEqual(['Linux AppImage and .deb: not signed (Linux packages of this kind carry no signature).']);
  });
});
