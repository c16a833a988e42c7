// Playwright UI: THE REAL KILL. The core runs in a child process (`hirebook rpc`); notes are typed in interview
// mode like a person, the child is SIGKILLed mid-typing and the app (renderer too) is gone; a new core on the same
// folder and a new window show everything typed up to a second before the kill, and nothing garbled. Also: the
// "Not saved — retrying" state while the core is down, and the retry that saves once it is back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ChildCore, installChildBridge } from './child-core';
import { expect, test } from './fixtures';
import { queryDb } from './harness';
import { CARD_SQL, gotoMode, notesField, saved, seedInterviewMode, type Call, type CardRow } from './interview-mode-fixtures';

const PART_A = 'First impressions: calm, friendly, precise with the grinder.\n';
const PART_B =
  'Talked through a Saturday rush: kept the queue moving, called out drinks clearly, asked for help early. ' +
  'Knows milk texturing well; latte art is improving. Wants 20 hours a week, weekends preferred. ' +
  'Follow-up: check the food handler card and the start date. Overall a strong, steady candidate for the bar.';

interface Typed {
  t: number;
  value: string;
}

/** Records every value the notes field takes, with the wall-clock time (Node and page share the clock). */
async function recordTyping(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const field = document.getElementById('im-notes-text');
    window.__typed = [];
    field.addEventListener('input', () => window.__typed.push({ t: Date.now(), value: field.value }));
  })()`);
}

async function openApp(page: Page, url: string, interviewId: string, interviewerId: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${url}#/interviews`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await gotoMode(page, interviewId, interviewerId);
  await expect(notesField(page)).toBeVisible();
  return problems;
}

test('notes typed up to a second before the core is killed are all there after a restart, ungarbled', async ({ page, server }) => {
  // Two `hirebook rpc` children start, and typing at a person's pace runs at a fraction of it under load.
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-kill-'));
  let current: ChildCore | null = null;
  try {
    const first = await ChildCore.start(dataDir);
    current = first.core;
    const seed = await seedInterviewMode(((channel, input) => first.core.call(channel, input)) as Call);
    const dev = seed.interviewers['Dev Patel'] ?? '';
    await installChildBridge(page.context(), () => current);
    const firstProblems = await openApp(page, server.url, seed.interviewId, dev);
    await recordTyping(page);

    await notesField(page).click();
    await page.keyboard.type(PART_A, { delay: 25 });
    await expect(saved(page)).toBeVisible();
    const savedBeforeKill = await notesField(page).inputValue();
    expect(savedBeforeKill).toBe(PART_A);

    // Keep typing at a person's pace and pull the plug part-way through.
    const typing = page.keyboard.type(PART_B, { delay: 35 }).catch(() => undefined);
    await expect.poll(async () => (await notesField(page).inputValue()).length, { timeout: 90_000 }).toBeGreaterThan(PART_A.length + 120);
    const killedAt = Date.now();
    await first.core.kill();
    await expect(page.getByRole('status').filter({ hasText: 'Not saved — retrying' })).toBeVisible();
    const log = await page.evaluate<Typed[]>('window.__typed');
    // The renderer goes down with the app: nothing it still holds gets another chance to be saved.
    await page.close();
    await typing;
    expect(firstProblems).toEqual([]);

    const second = await ChildCore.start(dataDir);
    current = second.core;
    const reopened = await page.context().newPage();
    const problems = await openApp(reopened, server.url, seed.interviewId, dev);
    const shown = await notesField(reopened).inputValue();
    const stored = queryDb<CardRow>(second.databasePath, CARD_SQL, seed.interviewId, 'Dev Patel')[0]?.notes;

    const typedAtKill = log.filter((e) => e.t <= killedAt).at(-1)?.value ?? '';
    const secondBefore = log.filter((e) => e.t <= killedAt - 1000).at(-1)?.value ?? '';
    expect(stored).toBe(shown);
    // Nothing garbled: what came back is exactly the start of what was typed …
    expect(typedAtKill.startsWith(shown)).toBe(true);
    // … and holds everything typed before the last "Saved", and up to a second before the kill.
    expect(shown.startsWith(savedBeforeKill)).toBe(true);
    expect(secondBefore.length).toBeGreaterThan(PART_A.length);
    expect(shown.length).toBeGreaterThanOrEqual(secondBefore.length);
    await expect(reopened.getByRole('heading', { level: 1, name: 'Ana Lima' })).toBeVisible();
    expect(problems).toEqual([]);
    await reopened.close();
    await second.core.stop();
  } finally {
    await current?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('while the core is down the notes say "Not saved — retrying", and they are saved once it is back', async ({ page, server }) => {
  // Two `hirebook rpc` children start, one while the page retries.
  test.setTimeout(150_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-retry-'));
  let current: ChildCore | null = null;
  try {
    const first = await ChildCore.start(dataDir);
    current = first.core;
    const seed = await seedInterviewMode(((channel, input) => first.core.call(channel, input)) as Call);
    await installChildBridge(page.context(), () => current);
    const problems = await openApp(page, server.url, seed.interviewId, seed.interviewers['Dev Patel'] ?? '');
    await notesField(page).click();
    await page.keyboard.type(PART_A);
    await expect(saved(page)).toBeVisible();
    // Screen readers are not told "Saved" after every pause in typing, only about a problem.
    await expect(saved(page)).toHaveAttribute('aria-live', 'off');

    await first.core.kill();
    await page.keyboard.type('Typed while the core was down.');
    await expect(page.getByRole('status').filter({ hasText: 'Not saved — retrying' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Not saved — retrying' })).toHaveAttribute('aria-live', 'polite');
    const second = await ChildCore.start(dataDir);
    current = second.core;
    // The back-off timer tries again by itself; nothing typed in the meantime is lost.
    await expect(saved(page)).toBeVisible({ timeout: 60_000 });
    const stored = queryDb<CardRow>(second.databasePath, CARD_SQL, seed.interviewId, 'Dev Patel')[0]?.notes;
    expect(stored).toBe(`${PART_A}Typed while the core was down.`);
    expect(problems).toEqual([]);
  } finally {
    await current?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
