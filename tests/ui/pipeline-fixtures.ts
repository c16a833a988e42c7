// Playwright UI helpers for the pipeline board: seed a role with candidates in stages through the core,
// find a column or a card on screen, and read applications and stage events from the database.
import type { Locator, Page } from '@playwright/test';
import { expect, roleInput, type Hirebook } from './fixtures';

export interface SeededBoard {
  roleId: string;
  /** Stage name → id, in board order. */
  stages: Record<string, string>;
  /** Candidate name → application id. */
  apps: Record<string, string>;
}

/** A role whose board has the given names in the given stages (top to bottom). */
export async function seedBoard(hb: Hirebook, layout: Record<string, string[]>): Promise<SeededBoard> {
  const role = await hb.call('roles:create', roleInput());
  const board = await hb.call('pipeline:get', { roleId: role.id });
  const stages = Object.fromEntries(board.stages.map((s) => [s.name, s.id]));
  const apps: Record<string, string> = {};
  for (const [stage, names] of Object.entries(layout)) {
    for (const fullName of names) {
      const { candidate } = await hb.call('candidates:create', { fullName, tags: fullName.length % 2 ? ['barista'] : [] });
      const created = await hb.call('applications:create', { candidateId: candidate.id, roleIds: [role.id], stageId: stages[stage] });
      apps[fullName] = created.applications[0]?.id ?? '';
    }
  }
  return { roleId: role.id, stages, apps };
}

export async function openBoard(hb: Hirebook, roleId: string): Promise<void> {
  await hb.open(`#/roles/${roleId}/pipeline`);
  await expect(hb.page.getByRole('heading', { name: 'Pipeline: Weekend Barista' })).toBeVisible();
}

export const column = (page: Page, stage: string): Locator => page.locator(`section.board-column[data-stage="${stage}"]`);
export const card = (page: Page, name: string): Locator => page.getByTestId('board-card').filter({ has: page.getByRole('link', { name, exact: true }) });

/** The names in a column, top to bottom, as shown. */
export async function namesIn(page: Page, stage: string): Promise<string[]> {
  return column(page, stage).getByRole('link').allInnerTexts();
}

export interface AppRow {
  stage: string;
  status: string;
  rating: number | null;
  rejection_reason_id: string | null;
}

export function appRow(hb: Hirebook, applicationId: string): AppRow | undefined {
  return hb.rows<AppRow>(
    'SELECT s.name AS stage, a.status, a.rating, a.rejection_reason_id FROM applications a JOIN pipeline_stages s ON s.id = a.stage_id WHERE a.id = ?',
    applicationId,
  )[0];
}

/** Names in a stage in stored order (the board's order). */
export function storedOrder(hb: Hirebook, stageId: string): string[] {
  return hb
    .rows<{ full_name: string }>(
      "SELECT c.full_name FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE a.stage_id = ? AND a.status IN ('active', 'hired') ORDER BY a.position",
      stageId,
    )
    .map((r) => r.full_name);
}

export function events(hb: Hirebook, applicationId: string): { from_stage_name: string; to_stage_name: string; to_status: string }[] {
  return hb.rows('SELECT from_stage_name, to_stage_name, to_status FROM stage_events WHERE application_id = ? ORDER BY created_at, rowid', applicationId);
}

/**
 * After a keyboard drag starts, dnd-kit starts listening for arrow keys in a setTimeout(0); a timer queued
 * now runs after it (timers run in order), so the next key is heard. A condition, not a sleep.
 */
export async function keyboardDragReady(page: Page): Promise<void> {
  await page.evaluate('new Promise((resolve) => setTimeout(resolve, 0))');
}
