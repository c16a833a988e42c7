// Node (Playwright UI tests): helpers for the posting specs: a company and a role with a description made
// through the core, opening the posting view, choosing from an Export menu, and reading PDFs back (pdftotext).
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { expect, type Hirebook } from './fixtures';
import { seedRole, type SeedSection } from './descriptions-fixtures';

export const COMPANY = { name: 'Hearth & Crumb', website: 'https://hearthandcrumb.example', address: { city: 'Portland', region: 'OR', country: 'US' } };

export const SECTIONS: SeedSection[] = [
  { kind: 'summary', heading: 'About the job', html: '<p>Pull espresso and keep our weekend regulars happy.</p>' },
  { kind: 'responsibilities', heading: 'What you will do', html: '<ul><li>Make espresso drinks to our recipe cards</li><li>Run the till</li></ul>' },
  { kind: 'requirements', heading: 'What you bring', html: '<ul><li>Calm when the line is out the door</li></ul>' },
];

export const HEADINGS = SECTIONS.map((s) => s.heading);

/**
 * The time limit of a test that prints PDFs through Chromium, and how long it waits for a print to show
 * on screen: the first print starts the browser, then each PDF is drawn and read back with pdftotext. On
 * a two-core machine at load 24 a cold batch of four did not finish within a 10 s expect.
 */
export const PRINT_TEST_MS = 120_000;
export const PRINT_WAIT_MS = 60_000;

/** A company profile and an open role with three sections; returns the role id. */
export async function seedPosting(hb: Hirebook, overrides: Parameters<typeof seedRole>[2] = {}): Promise<string> {
  await hb.call('company:update', COMPANY);
  return seedRole(hb, SECTIONS, {
    title: 'Weekend Barista',
    location: { city: 'Portland', region: 'OR', country: 'US' },
    employmentType: 'part_time',
    salaryMin: 18,
    salaryMax: 22,
    salaryPeriod: 'hour',
    postedOn: '2026-03-02',
    closesOn: '2030-03-31',
    applyEmail: 'jobs@hearthandcrumb.example',
    ...overrides,
  });
}

export async function openPosting(hb: Hirebook, roleId: string): Promise<void> {
  await hb.open(`#/roles/${roleId}/posting`);
  await expect(hb.page.getByRole('heading', { name: /^Posting: / })).toBeVisible();
}

/** The preview of the printed posting (inside its shadow root; Playwright locators pierce it). */
export function preview(page: Page, layout: 'Classic' | 'Flyer' = 'Classic'): Locator {
  return page.getByRole('region', { name: `${layout} posting preview` });
}

/** Opens an Export (or other) menu by its button and chooses an item. */
export async function choose(page: Page, menuButton: Locator, item: string): Promise<void> {
  await menuButton.click();
  await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}
