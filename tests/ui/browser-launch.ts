// Node (Playwright config, UI fixtures, screenshots): which Chromium to launch and with which flags.
import fs from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH if set, else Playwright's own browser when installed, else the system chromium. */
export function chromiumExecutable(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright throws when it has no browser for this platform; fall through to the system one.
  }
  return '/usr/bin/chromium';
}

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumExecutable(), args: ARGS };
}
