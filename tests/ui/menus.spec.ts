// Playwright UI: the desktop menus and the page share one list of commands (contract/app-commands.ts). The
// page tells the menus what the current screen allows (app:menu-state, recorded by the harness's fake shell):
// Print… only where something prints, nothing that starts something else during an interview, the chosen
// theme ticked; each menu item's event and shortcut does what the item says, and a greyed-out command's
// shortcut does nothing either.
import type { Page } from '@playwright/test';
import { APP_COMMAND_IDS, type MenuStateInput } from '../../electron/contract';
import { expect, test } from './fixtures';
import { gotoMode, seedInterviewMode } from './interview-mode-fixtures';

const emit = (page: Page, event: string) =>
  page.evaluate((e) => (globalThis as unknown as { __hirebookEmit: (e: string, p: unknown) => void }).__hirebookEmit(e, {}), event);

test('the menus follow the screen: Print… where something prints, the Go items and their shortcuts, the theme', async ({ hb }) => {
  const { page } = hb;
  const last = (): MenuStateInput | undefined => hb.platform.menuStates.at(-1);
  await hb.open('#/roles');
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
  // Everything but Print… on Roles.
  await expect.poll(() => last()?.enabled).toEqual(APP_COMMAND_IDS.filter((id) => id !== 'print'));

  // Go → Candidates (its event) and Go → Interviews (Ctrl+5), then Go → Roles (Ctrl+3).
  await emit(page, 'menu:go-candidates');
  await expect(page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
  await page.keyboard.press('Control+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible();
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
  // Ctrl+P with nothing to print does nothing.
  await page.keyboard.press('Control+p');
  expect(hb.platform.printed).toHaveLength(0);

  // Reports prints: the menus enable Print…, and Ctrl+P sends the reports to the print dialog.
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect.poll(() => last()?.enabled).toContain('print');
  await page.keyboard.press('Control+p');
  await expect.poll(() => hb.platform.printed.length).toBe(1);
  expect(hb.platform.printed[0]?.html).toContain('<title>Hiring reports — All roles</title>');
  // File → Print… (the menu's event) does the same.
  await emit(page, 'menu:print');
  await expect.poll(() => hb.platform.printed.length).toBe(2);
  // Leaving Reports greys Print… out again.
  await emit(page, 'menu:go-roles');
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
  await expect.poll(() => last()?.enabled).not.toContain('print');

  // View → Theme → Dark: the page turns dark and the menus tick Dark.
  await emit(page, 'menu:theme-dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => last()?.theme).toBe('dark');
  await emit(page, 'menu:theme-light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => last()?.theme).toBe('light');

  // File → New Candidate, File → Import Job Description…, File → Import Candidates… (it opens the CSV dialog).
  await emit(page, 'menu:new-candidate');
  await expect(page.getByRole('heading', { level: 1, name: 'Add candidate' })).toBeVisible();
  await emit(page, 'menu:import-jd');
  await expect(page.getByRole('heading', { level: 1, name: /Import a job description/i })).toBeVisible();
  await emit(page, 'menu:import-candidates');
  await expect(page.getByRole('dialog', { name: 'Import candidates from CSV' })).toBeVisible();
});

test('during an interview the menus offer nothing that starts something else, and its shortcut does nothing', async ({ hb }) => {
  const { page } = hb;
  const seed = await seedInterviewMode(hb.call);
  await hb.open('#/roles');
  await gotoMode(page, seed.interviewId);
  await expect.poll(() => hb.platform.menuStates.at(-1)?.enabled).not.toContain('new');
  const enabled = hb.platform.menuStates.at(-1)?.enabled ?? [];
  for (const id of ['newRole', 'newCandidate', 'importJd', 'importCandidates', 'exportCareers', 'restore', 'print'] as const) expect(enabled, id).not.toContain(id);
  for (const id of ['find', 'today', 'backup', 'shortcuts'] as const) expect(enabled, id).toContain(id);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await page.keyboard.press('Control+n');
  await emit(page, 'menu:new-role');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
  expect(page.url()).toContain('/mode');
});
