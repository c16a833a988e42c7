// Node script (`npx tsx scripts/bench-interview-mode.ts`, after `npm run build`): interview mode in the built
// renderer (Chromium, UI test harness, real core) with a 3,000-word résumé and a 10-item kit, typing 1,000
// characters of notes. Prints figures, asserts nothing.
//
// Method. Keys go in through Playwright's keyboard one at a time with a fixed gap (a quick typist's pace), so
// the debounced autosave runs as it does for a person. In the page: a wrapper around window.hirebook.invoke
// times each scorecards:save round trip (UI → core → UI: what the Saved indicator waits for); a
// PerformanceObserver collects 'longtask' (> 50 ms) and 'long-animation-frame' entries, and a
// requestAnimationFrame loop records the longest gap between frames while typing (16.7 ms is one 60 Hz frame).
// Chromium's own counters (CDP Performance.getMetrics) give the CPU time spent per keystroke in script, style
// and layout: less sensitive than wall-clock gaps to other processes competing for the CPU.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type CDPSession } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, queryDb, startStaticServer, type TestCore } from '../tests/ui/harness';

const CHARS = 1_000;
const KEY_GAP_MS = 60;
const RESUME_WORDS = 3_000;
const KIT_CRITERIA = 8;
const KIT_QUESTIONS = 2;

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function call<T>(testCore: TestCore, channel: string, input: unknown): Promise<T> {
  const result = await testCore.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

function resume(): string {
  const words = ['barista', 'espresso', 'customers', 'weekend', 'trained', 'milk', 'texturing', 'opened', 'closed', 'café', 'till', 'stock'];
  const lines: string[] = [];
  for (let i = 0; i < RESUME_WORDS; i += words.length) lines.push(`${words.join(' ')}.`);
  return lines.join('\n');
}

function notes(): string {
  const sentence = 'Calm under pressure, talks customers through the menu, knows milk texturing; follow up on start date. ';
  return sentence.repeat(Math.ceil(CHARS / sentence.length)).slice(0, CHARS);
}

/** A role with a 10-item kit, a candidate with the résumé, an interview; returns its id and an interviewer's. */
async function seed(testCore: TestCore): Promise<{ interviewId: string; interviewerId: string }> {
  const role = await call<{ id: string }>(testCore, 'roles:create', { title: 'Barista', status: 'open' });
  const items = [
    ...Array.from({ length: KIT_CRITERIA }, (_, i) => ({ kind: 'criterion', label: `Criterion ${i + 1}: steady on a busy shift`, question: 'Tell me about a time…' })),
    ...Array.from({ length: KIT_QUESTIONS }, (_, i) => ({ kind: 'question', label: `Question ${i + 1}: why this café?` })),
  ];
  await call(testCore, 'kits:save', { roleId: role.id, items });
  const { candidate } = await call<{ candidate: { id: string } }>(testCore, 'candidates:create', { fullName: 'Ana Lima', emails: ['ana@example.com'] });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-bench-resume-')), 'resume.txt');
  fs.writeFileSync(file, resume());
  testCore.core.grantFile(file); // as the owner picking it in the file dialog
  await call(testCore, 'attachments:add', { candidateId: candidate.id, kind: 'resume', fileName: 'resume.txt', path: file });
  const apps = await call<{ applications: { id: string }[] }>(testCore, 'applications:create', { candidateId: candidate.id, roleIds: [role.id] });
  const interview = await call<{ id: string; interviewers: { id: string }[] }>(testCore, 'interviews:schedule', {
    applicationId: apps.applications[0]?.id,
    startsAt: new Date().toISOString(),
    timeZone: 'Europe/London',
    kind: 'onsite',
    interviewers: ['Dev Patel'],
  });
  return { interviewId: interview.id, interviewerId: interview.interviewers[0]?.id ?? '' };
}

/** Runs in the page after the bridge: times scorecards:save round trips and watches the main thread. */
const PROBE = `(() => {
  const bridge = window.hirebook;
  const probe = (window.__probe = { saves: [], longTasks: [], frames: [], maxGap: 0, watching: false, worst: '' });
  window.hirebook = Object.freeze({
    on: bridge.on,
    invoke: (channel, input) => {
      const t0 = performance.now();
      return bridge.invoke(channel, input).then((r) => {
        if (channel === 'scorecards:save') probe.saves.push(performance.now() - t0);
        return r;
      });
    },
  });
  for (const type of ['longtask', 'long-animation-frame']) {
    try {
      new PerformanceObserver((list) => {
        if (!probe.watching) return;
        for (const e of list.getEntries()) {
          (type === 'longtask' ? probe.longTasks : probe.frames).push(e.duration);
          if (type === 'long-animation-frame' && e.duration >= Math.max(0, ...probe.frames)) {
            probe.worst = (e.scripts || []).map((s) => s.invoker + ' ' + (s.sourceFunctionName || '') + ' @' + (s.sourceURL || '').split('/').pop() + ':' + s.sourceCharPosition + ' ' + Math.round(s.duration) + ' ms').join('; ') || 'rendering/layout, no script';
          }
        }
      }).observe({ type, buffered: false });
    } catch {}
  }
  let last = 0;
  const tick = (t) => {
    if (probe.watching && last) probe.maxGap = Math.max(probe.maxGap, t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** Times scorecards:save inside the core (the rest of a round trip is the bridge and the page). */
function timeCoreSaves(testCore: TestCore): number[] {
  const times: number[] = [];
  const dispatch = testCore.core.dispatch.bind(testCore.core);
  testCore.core.dispatch = async (channel, input) => {
    const t0 = performance.now();
    const result = await dispatch(channel, input);
    if (channel === 'scorecards:save') times.push(performance.now() - t0);
    return result;
  };
  return times;
}

type Totals = Record<'ScriptDuration' | 'LayoutDuration' | 'RecalcStyleDuration' | 'TaskDuration', number>;

/** Chromium's running totals (seconds) of main-thread work in this page. */
async function mainThreadTotals(cdp: CDPSession): Promise<Totals> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { ScriptDuration: get('ScriptDuration'), LayoutDuration: get('LayoutDuration'), RecalcStyleDuration: get('RecalcStyleDuration'), TaskDuration: get('TaskDuration') };
}

interface Probe {
  saves: number[];
  longTasks: number[];
  frames: number[];
  maxGap: number;
  /** What ran in the longest animation frame. */
  worst: string;
}

async function main(): Promise<void> {
  const testCore = createTestCore('hirebook-bench-mode-');
  const server = await startStaticServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const { interviewId, interviewerId } = await seed(testCore);
    const coreSaves = timeCoreSaves(testCore);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await installBridge(page, testCore);
    await page.addInitScript({ content: PROBE });
    await page.goto(`${server.url}#/interviews`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.evaluate(`window.location.hash = '#/interviews/${interviewId}/mode?interviewer=${interviewerId}'`);
    await page.getByRole('document', { name: 'Résumé text' }).waitFor();
    await page.getByRole('textbox', { name: 'Notes' }).click();

    const text = notes();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await mainThreadTotals(cdp);
    await page.evaluate('window.__probe.watching = true');
    const t0 = performance.now();
    await page.keyboard.type(text, { delay: KEY_GAP_MS });
    const typingS = (performance.now() - t0) / 1000;
    const after = await mainThreadTotals(cdp);
    await page.getByRole('status').filter({ hasText: /^Saved automatically$/ }).waitFor();
    await page.evaluate('window.__probe.watching = false');
    const probe = (await page.evaluate('window.__probe')) as Probe;

    const stored = queryDb<{ notes: string }>(testCore.databasePath, 'SELECT notes FROM scorecards WHERE interview_id = ?', interviewId)[0]?.notes ?? '';
    const saves = [...probe.saves].sort((a, b) => a - b);
    console.log(`Interview mode: ${RESUME_WORDS.toLocaleString('en-US')}-word résumé, ${KIT_CRITERIA + KIT_QUESTIONS}-item kit; typed ${CHARS.toLocaleString('en-US')} characters in ${typingS.toFixed(1)} s (${KEY_GAP_MS} ms between keys)`);
    console.log(`  stored notes match what was typed: ${stored === text ? 'yes' : `NO (${stored.length} of ${text.length} characters)`}`);
    console.log(`  scorecards:save round trip seen from the UI (${saves.length} saves): p50 ${ms(pct(saves, 50))}, p95 ${ms(pct(saves, 95))}, max ${ms(saves.at(-1) ?? 0)}`);
    const inCore = [...coreSaves].sort((a, b) => a - b);
    console.log(`  of which inside the core (validate, one transaction, fsync with synchronous=FULL): p50 ${ms(pct(inCore, 50))}, p95 ${ms(pct(inCore, 95))}, max ${ms(inCore.at(-1) ?? 0)}`);
    console.log(`  longest main-thread block while typing: long task ${probe.longTasks.length ? ms(Math.max(...probe.longTasks)) : 'none over 50 ms'}; long animation frame ${probe.frames.length ? ms(Math.max(...probe.frames)) : 'none over 50 ms'}; longest gap between frames ${ms(probe.maxGap)}`);
    if (probe.worst) console.log(`  the longest animation frame ran: ${probe.worst}`);
    const perKey = (k: keyof Totals) => ms(((after[k] - before[k]) * 1000) / CHARS);
    console.log(`  main-thread work per keystroke (CPU, averaged): script ${perKey('ScriptDuration')}, style ${perKey('RecalcStyleDuration')}, layout ${perKey('LayoutDuration')}, all tasks ${perKey('TaskDuration')}`);
  } finally {
    await browser.close();
    await server.close();
    await testCore.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
