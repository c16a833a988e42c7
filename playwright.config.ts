// Playwright: `ui` drives the built renderer in Chromium against the real core; `app` boots the
// real Electron window (and skips, saying why, where no Electron binary is installed).
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/ui/browser-launch';

export default defineConfig({
  testDir: 'tests',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Sized for a busy two-core machine: at load 24 ordinary flows took up to 37 s and an expect rarely
  // waited long. Heavier work adds to these: each axe run (tests/ui/axe.ts), and the specs that print,
  // import big files or restart the core set their own.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'ui',
      testDir: 'tests/ui',
      testMatch: /.*\.spec\.ts/,
      // One locale for every machine the suite runs on: dates and times on screen follow the computer's
      // locale (renderer/src/lib/dates.ts), so the expectations name Britain's 24-hour clock.
      use: { launchOptions: chromiumLaunchOptions(), viewport: { width: 1280, height: 800 }, locale: 'en-GB' },
    },
    { name: 'app', testDir: 'tests/app', testMatch: /.*\.spec\.ts/ },
  ],
});
