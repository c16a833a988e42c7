// The memory and time limits of worker threads (workers/memory-watchdog.ts, run-limited-worker.ts): a worker
// filling Buffers past the limit is stopped by the resident-memory watchdog, one filling its heap by
// resourceLimits, one that never answers by the time limit; a well-behaved one answers. Then through the
// core: jd:parse and attachments:add whose reader is stopped at the limit answer invalid_input with the
// plain message and store nothing. Workers run from the TypeScript sources through tsx's require hook.
// Runs in Vitest against real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult } from '../../electron/contract';
import type { WorkerScript } from '../../electron/core/core-context';
import { memoryLimitMessage, watchWorkerMemory } from '../../electron/core/workers/memory-watchdog';
import { runLimitedWorker, timeLimitMessage } from '../../electron/core/workers/run-limited-worker';
import { makePdf } from '../fixtures/candidates/make-pdf';
import { makeDocx } from '../fixtures/jd/make-docx';
import { dumpTables, tempCore, tempDir, value, withRawDb } from '../helpers/temp-core';

const MB = 1024 * 1024;
const greedy: WorkerScript = { path: path.join(__dirname, '..', 'fixtures', 'workers', 'greedy-worker.ts'), execArgv: ['--require', 'tsx/cjs'] };

describe('watchWorkerMemory', () => {
  it('stops the worker once resident memory has grown past the limit, and only then', async () => {
    const worker = Object.assign(new EventEmitter(), { terminated: 0, terminate: async () => ((worker.terminated += 1), 0) });
    const samples = [500, 520, 563, 565, 600].map((mb) => mb * MB);
    let at = 0;
    const grown: number[] = [];
    watchWorkerMemory(worker, (bytes) => grown.push(bytes), {
      limitMb: 64,
      processLimitMb: 1024,
      intervalMs: 5,
      residentBytes: () => samples[Math.min(at++, samples.length - 1)] ?? 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The baseline is the first sample (500 MB): 563 is 63 MB of growth, 565 is 65.
    expect(grown).toEqual([65 * MB]);
    expect(worker.terminated).toBe(1);
    expect(at).toBe(4);
  });

  it('stops the worker once the whole process passes 512 MB, however little the worker grew', async () => {
    const worker = Object.assign(new EventEmitter(), { terminated: 0, terminate: async () => ((worker.terminated += 1), 0) });
    const samples = [400, 480, 512, 513, 520].map((mb) => mb * MB);
    let at = 0;
    const grown: number[] = [];
    watchWorkerMemory(worker, (bytes) => grown.push(bytes), { intervalMs: 5, residentBytes: () => samples[Math.min(at++, samples.length - 1)] ?? 0 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // 512 MB is still within the limit; 513 MB is past it (113 MB grown, far under the 512 MB growth limit).
    expect(grown).toEqual([113 * MB]);
    expect(worker.terminated).toBe(1);
  });
  it('with no process limit (the CSV import), a large process is not stopped until the worker itself grows past the limit', async () => {
    const worker = Object.assign(new EventEmitter(), { terminated: 0, terminate: async () => ((worker.terminated += 1), 0) });
    const samples = [900, 950, 1000, 1013].map((mb) => mb * MB);
    let at = 0;
    const grown: number[] = [];
    watchWorkerMemory(worker, (bytes) => grown.push(bytes), {
      limitMb: 100,
      processLimitMb: null,
      intervalMs: 5,
      residentBytes: () => samples[Math.min(at++, samples.length - 1)] ?? 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // 900 MB at the start is far past 512 MB and does not count; 113 MB of growth does.
    expect(grown).toEqual([113 * MB]);
    expect(worker.terminated).toBe(1);
  });
});

describe('runLimitedWorker', () => {
  it('stops a worker filling Buffers (outside the heap) at the memory limit', async () => {
    const outcome = await runLimitedWorker(greedy, { mode: 'buffers' }, { timeoutMs: 20_000, memoryMb: 64 });
    expect(outcome).toEqual({ kind: 'out_of_memory', limitMb: 64 });
  }, 30_000);

  it('stops a worker filling its heap at the memory limit', async () => {
    const outcome = await runLimitedWorker(greedy, { mode: 'heap' }, { timeoutMs: 20_000, memoryMb: 64 });
    expect(outcome).toEqual({ kind: 'out_of_memory', limitMb: 64 });
  }, 30_000);

  it('stops a worker that never answers at the time limit, and passes on a prompt answer', async () => {
    expect(await runLimitedWorker(greedy, { mode: 'hang' }, { timeoutMs: 1_500, memoryMb: 64 })).toEqual({ kind: 'timed_out', timeoutMs: 1_500 });
    expect(await runLimitedWorker(greedy, { mode: 'answer' }, { timeoutMs: 20_000, memoryMb: 256 })).toEqual({
      kind: 'answered',
      message: { ok: true, value: 'done' },
    });
  }, 30_000);

  it('words the limits for people', () => {
    expect(memoryLimitMessage()).toBe(
      'Reading this file needed more memory than Hirebook allows (512 MB), so it was stopped. The file may be damaged or built to overload programs.',
    );
    expect(timeLimitMessage(20_000)).toMatch(/^Reading this file took longer than Hirebook allows \(20 seconds\), so it was stopped\./);
  });
});

describe('a reader stopped at the memory limit, through the core', () => {
  const workers = { untrustedFile: { ...greedy, memoryLimitMb: 64 } };

  it('jd:parse answers invalid_input with the plain message and writes nothing', async () => {
    const core = tempCore({ workers });
    const file = path.join(tempDir(), 'posting.docx');
    fs.writeFileSync(file, makeDocx([{ kind: 'paragraph', text: 'Barista wanted' }]));
    const before = dumpTables(core.databasePath);
    const result = await core.dispatch('jd:parse', { path: file });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: memoryLimitMessage(64) } });
    expect(dumpTables(core.databasePath)).toEqual(before);
  }, 30_000);

  it('attachments:add refuses the file and stores neither a row nor the bytes', async () => {
    const core = tempCore({ workers });
    const candidateId = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: 'Amara Okafor' })).candidate.id;
    const file = path.join(tempDir(), 'cv.pdf');
    fs.writeFileSync(file, makePdf(['Amara Okafor']));
    const result = await core.dispatch('attachments:add', { candidateId, kind: 'resume', path: file });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: memoryLimitMessage(64) } });
    withRawDb(core.databasePath, (db) => expect(db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0));
    expect(fs.readdirSync(path.join(core.dataDir, 'attachments'))).toEqual([]);
  }, 30_000);
});
