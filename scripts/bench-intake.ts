// Benchmark (tsx, plain Node): candidate intake of 200 mixed files — PDF, Word and text résumés, saved
// e-mails (.eml with a PDF attached, and Outlook .msg) and a few files that are none of those — through
// candidates:intake on a real core, each file read in the built untrusted-file worker (out/cli/, made by
// `npm run build`; without it the parsers run on this thread, as in tests). Prints the time, files per
// second and the peak resident memory (the process and its worker threads). Prints figures, asserts nothing.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { IntakeReport, Result } from '../electron/contract';
import { bundledWorkers } from '../electron/core/core-workers';
import { createCore } from '../electron/core/create-core';
import { makePdf } from '../tests/fixtures/candidates/make-pdf';
import { makeEml } from '../tests/fixtures/intake/make-eml';
import { makeDocx } from '../tests/fixtures/jd/make-docx';

const FILES = Number(process.env.BENCH_INTAKE_FILES ?? 200);
const ROOT = path.resolve(__dirname, '..');
const MSG_SAMPLE = path.join(ROOT, 'tests/fixtures/intake/attachmentFiles.msg');
const FIRST = ['Amara', 'Bo', 'Dana', 'Eli', 'Farah', 'José', 'Kim', 'Lena', 'Mei', 'Noor', 'Omar', 'Priya'];
const LAST = ['Okafor', 'Chen', 'Whitfield', 'Park', 'Nasser', 'Núñez', 'Lee', 'Berg', 'Wang', 'Haddad', 'Diallo', 'Rao'];

function person(i: number): { name: string; email: string; phone: string } {
  const first = FIRST[i % FIRST.length] as string;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length] as string;
  const ascii = `${first}.${last}.${i}`.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return { name: `${first} ${last}`, email: `${ascii}@example.test`, phone: `+1 503 555 ${String(1000 + i).slice(-4)}` };
}

function resumeLines(i: number): string[] {
  const p = person(i);
  const body = Array.from({ length: 40 }, (_, n) => `Shift lead at Café ${n}: opened at six, trained ${n % 7} baristas, ran the espresso bar.`);
  return [p.name, `${p.email}  ${p.phone}`, 'Experience', ...body];
}

/** 200 files: 40% PDF, 20% Word, 15% text, 15% .eml with a PDF, 5% .msg, 5% refused. */
function writeFiles(dir: string): string[] {
  const files: string[] = [];
  for (let i = 0; i < FILES; i += 1) {
    const slot = i % 20;
    const p = person(i);
    let name: string;
    let bytes: Buffer | string;
    if (slot < 8) [name, bytes] = [`resume-${i}.pdf`, makePdf(resumeLines(i), 2)];
    else if (slot < 12) [name, bytes] = [`cv-${i}.docx`, makeDocx(resumeLines(i).map((text) => ({ kind: 'paragraph' as const, text })))];
    else if (slot < 15) [name, bytes] = [`cv-${i}.txt`, resumeLines(i).join('\n')];
    else if (slot < 18) {
      name = `application-${i}.eml`;
      bytes = makeEml({
        from: `"${p.name}" <${p.email}>`,
        subject: `Application ${i}`,
        text: 'Hello, my CV is attached.',
        attachments: [{ fileName: `cv-${i}.pdf`, contentType: 'application/pdf', bytes: makePdf(resumeLines(i)) }],
      });
    } else if (slot < 19) [name, bytes] = [`outlook-${i}.msg`, fs.readFileSync(MSG_SAMPLE)];
    else [name, bytes] = [`budget-${i}.xlsx`, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])];
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    files.push(file);
  }
  return files;
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-bench-intake-'));
  try {
    const inbox = path.join(root, 'inbox');
    fs.mkdirSync(inbox);
    const files = writeFiles(inbox);
    const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
    const workers = bundledWorkers(path.join(ROOT, 'out', 'cli'));
    let started = 0;
    // Progress on stderr every 20 files, so a slow machine shows it is moving.
    const onEvent = (event: string, payload: unknown) => {
      const { done, total } = payload as { done: number; total: number };
      if (event === 'candidates:intake-progress' && done > 0 && done % 20 === 0) {
        process.stderr.write(`  ${done}/${total} files, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
      }
    };
    const core = createCore({ dataDir: path.join(root, 'data'), workers, onEvent, logger: { error: console.error, warn: () => undefined, info: () => undefined } });
    await core.checksDone();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    const rssBefore = process.memoryUsage().rss;
    started = performance.now();
    const result = (await core.dispatch('candidates:intake', { paths: [inbox], jobId: randomUUID() })) as Result<IntakeReport>;
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    await core.close();
    if (!result.ok) throw new Error(result.error.message);
    const r = result.value;
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
    console.log(`intake of ${files.length} mixed files (${mb(bytes)}; ${workers.untrustedFile ? 'parsed in the untrusted-file worker' : 'parsed on this thread: run npm run build for the worker'})`);
    console.log(`  created ${r.created}, merged ${r.merged}, needs a look ${r.needsLook}, refused ${r.refused}`);
    console.log(`  time ${seconds.toFixed(1)} s (${(files.length / seconds).toFixed(1)} files/s, ${((seconds * 1000) / files.length).toFixed(0)} ms a file)`);
    console.log(`  load average when it ended: ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
    console.log(`  peak resident memory ${mb(peak)} (${mb(rssBefore)} before the batch; process maxRSS ${mb(process.resourceUsage().maxRSS * 1024)})`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

void main();
