// `npm run bench` (part): times postings:pdf once the printer is warm (median and p95 of 20, short and long
// roles, classic and flyer) and a batch PDF of 50 open roles. Prints figures against the 300 ms target;
// asserts nothing. Runs in Node (tsx) with Chromium (CHROMIUM_PATH or on the PATH).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BatchPdfResult, Role } from '../electron/contract';
import { createCore, type Core } from '../electron/core/create-core';
import { createPlaywrightPrinter } from '../electron/core/postings/pdf-printer-playwright';
import { LONG_ROLE, LONG_SECTIONS, SHORT_ROLE, SHORT_SECTIONS, type FixtureSection } from '../tests/helpers/posting-fixtures';

const RUNS = 20;
const BATCH_ROLES = 50;
const TARGET_MS = 300;

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function seed(core: Core, fields: object, sections: FixtureSection[]): Promise<string> {
  const role = await call<Role>(core, 'roles:create', fields);
  await call(core, 'descriptions:save', { roleId: role.id, sections });
  return role.id;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

async function timePdf(core: Core, label: string, roleId: string, layout: 'classic' | 'flyer'): Promise<void> {
  await call(core, 'postings:pdf', { roleId, layout });
  const samples: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    pages = (await call<{ pages: number }>(core, 'postings:pdf', { roleId, layout })).pages;
    samples.push(performance.now() - start);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const median = percentile(sorted, 50);
  const verdict = median < TARGET_MS ? 'ok' : 'OVER TARGET';
  console.log(`${label.padEnd(28)} ${pages} page(s)  median ${median.toFixed(0)} ms  p95 ${percentile(sorted, 95).toFixed(0)} ms  (target < ${TARGET_MS} ms: ${verdict})`);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-bench-postings-'));
  const core = createCore({ dataDir, printer: () => createPlaywrightPrinter() });
  try {
    await call(core, 'company:update', { name: 'Hearth & Crumb', website: 'https://hearthandcrumb.example', paperSize: 'a4' });
    const short = await seed(core, SHORT_ROLE, SHORT_SECTIONS);
    const long = await seed(core, LONG_ROLE, LONG_SECTIONS);
    console.log(`postings:pdf, warm printer, ${RUNS} runs each:`);
    await timePdf(core, 'short role, classic', short, 'classic');
    await timePdf(core, 'short role, flyer', short, 'flyer');
    await timePdf(core, 'long role (4 pages), classic', long, 'classic');
    for (let i = 2; i < BATCH_ROLES; i += 1) await seed(core, { ...SHORT_ROLE, title: `Barista ${i}` }, SHORT_SECTIONS);
    const outDir = path.join(dataDir, 'batch');
    const start = performance.now();
    const batch = await call<BatchPdfResult>(core, 'postings:batch-pdf', { outDir, layout: 'classic', jobId: crypto.randomUUID() });
    const ms = performance.now() - start;
    console.log(`postings:batch-pdf, ${batch.files.length} open roles: ${(ms / 1000).toFixed(1)} s (${(ms / batch.files.length).toFixed(0)} ms per role, ${batch.failed.length} failed)`);
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
