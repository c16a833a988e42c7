// Node (Playwright UI tests): helpers for the job-description specs: a role with sections made through the
// core, the editor of a section by its heading, and waiting for autosave.
import type { Locator, Page } from '@playwright/test';
import { expect, roleInput, type Hirebook } from './fixtures';

export interface SeedSection {
  kind: 'summary' | 'description' | 'responsibilities' | 'requirements' | 'nice_to_have' | 'benefits' | 'about' | 'how_to_apply' | 'other';
  heading: string;
  html: string;
}

/** Creates a role (and its sections, if any) through the core and returns its id. */
export async function seedRole(hb: Hirebook, sections: SeedSection[] = [], overrides: Parameters<typeof roleInput>[0] = {}): Promise<string> {
  const role = await hb.call('roles:create', roleInput(overrides));
  if (sections.length > 0) await hb.call('descriptions:save', { roleId: role.id, sections });
  return role.id;
}

export async function openDescription(hb: Hirebook, roleId: string): Promise<void> {
  await hb.open(`#/roles/${roleId}/description`);
  await expect(hb.page.getByRole('heading', { name: /^Job description:/ })).toBeVisible();
}

/** The rich-text box of the section with this heading. */
export function editorOf(page: Page, heading: string): Locator {
  return page.getByRole('textbox', { name: `Text: ${heading}`, exact: true });
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^(Saved automatically|Saving…|Not saved.*)$/ })).toHaveText('Saved automatically');
}

export interface SectionRow {
  id: string;
  position: number;
  kind: string;
  heading: string;
  html: string;
}

export function sectionRows(hb: Hirebook, roleId: string): SectionRow[] {
  return hb.rows<SectionRow>('SELECT id, position, kind, heading, html FROM role_sections WHERE role_id = ? ORDER BY position', roleId);
}
