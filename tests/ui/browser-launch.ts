// Node (Playwright config, UI fixtures, screenshots): which Chromium to launch and with which flags —
// the same rules the core's PDF printer uses, so tests and printing find the same browser.
import { type LaunchOptions } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../electron/core/postings/pdf-printer-playwright';

/** CHROMIUM_PATH if set, else Playwright's own browser when installed, else a Chromium on PATH. */
export function chromiumExecutable(): string {
  return findChromium();
}

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS };
}
