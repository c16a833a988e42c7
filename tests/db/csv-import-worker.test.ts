// candidates:import through the import worker threads (writer and, for files over 2 MB, planner; run from
// the TypeScript sources through tsx's require hook): the same rows, lists, search entries, merges, roles,
// errors and notices as on the core's own thread, also for a file over 2 MB streamed from its path and one
// under 2 MB read once, with Windows-1252 lines and NUL characters in them, refusals before any write,
// progress and cancel between batches; the same with the core storing the planning thread's batches (as a
// one-shot CLI command does), and no writing thread started then.
// Runs in Vitest against real SQLite files.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../electron/contract';
import type { Core } from '../../electron/core';
import type { CoreWorkers } from '../../electron/core/core-context';
import { IMPORT_BATCH_ROWS } from '../../electron/core/csv/csv-import-plan';
import { StandbyPlanner } from '../../electron/core/csv/csv-import-thread-start';
import { IMPORT_MEMORY_MESSAGE } from '../../electron/core/csv/csv-import-worker-client';
import { board, call, columns, errorOf, newRole, rawAll } from '../helpers/applicants';
import { quietLogger, tempCore, tempDir } from '../helpers/temp-core';
import { createCore } from '../../electron/core';

const workers: CoreWorkers = {
  csvImport: { path: path.join(__dirname, '..', '..', 'electron', 'core', 'csv', 'csv-import-worker.ts'), execArgv: ['--require', 'tsx/cjs'] },
};
/** The real planning thread beside a writing thread that fails the import if it is ever started; the core writes. */
const coreWrites: CoreWorkers = {
  csvImport: { path: path.join(__dirname, '..', 'helpers', 'import-core-writes', 'csv-import-worker.ts'), execArgv: ['--require', 'tsx/cjs'] },
  importWriter: 'core',
};
/** A stand-in for the data-check worker whose full check never ends (tests/helpers/data-check-stalled-worker.ts). */
const stalledDataCheck: CoreWorkers = {
  dataCheck: { path: path.join(__dirname, '..', 'helpers', 'data-check-stalled-worker.ts'), execArgv: ['--require', 'tsx/cjs'] },
};
const messy = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'csv', 'messy-semicolon.csv'), 'utf8');

async function importText(core: ReturnType<typeof tempCore>, text: string, extra: Record<string, unknown> = {}): Promise<ImportResult> {
  const preview = await call<ImportPreview>(core, 'candidates:import-preview', { text });
  return call<ImportResult>(core, 'candidates:import', { text, mapping: preview.mapping, jobId: randomUUID(), ...extra });
}

/** What an import leaves behind, without ids and times (which differ between two imports). */
function stored(core: ReturnType<typeof tempCore>): unknown[] {
  return rawAll(core, `SELECT c.seq, c.full_name, c.name_key, c.location, c.linkedin_url, c.source_kind, c.source_detail, c.summary,
    (SELECT group_concat(email || '/' || email_norm || '/' || position) FROM candidate_emails WHERE candidate_id = c.id) AS emails,
    (SELECT group_concat(phone || '/' || phone_norm) FROM candidate_phones WHERE candidate_id = c.id) AS phones,
    (SELECT group_concat(tag || '/' || tag_norm) FROM (SELECT * FROM candidate_tags WHERE candidate_id = c.id ORDER BY rowid)) AS tags,
    (SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH '"' || substr(c.name_key, 1, instr(c.name_key || ' ', ' ') - 1) || '"'
      AND rowid = c.seq) AS indexed
    FROM candidates c ORDER BY c.seq`);
}

/** Over 2 MB, so the worker plans in a second thread: every 97th row repeats an earlier email, every 1,000th is bad. */
function bigCsv(rows: number): string {
  const note = 'Opened and closed the café on weekends; trained new baristas. '.repeat(3);
  const lines = Array.from({ length: rows }, (_v, i) => {
    const email = i % 1000 === 999 ? 'not-an-email' : i % 97 === 96 ? `p${i - 50}@example.com` : `p${i}@example.com`;
    return `Person ${i},${email},+1 503 ${String(1_000_000 + i).slice(1)},barista; ${i % 3 === 0 ? 'weekend' : 'evening'},"${note}"`;
  });
  return `Name,Email,Phone,Tags,Notes\n${lines.join('\n')}\n`;
}

// Each core starts worker threads that compile their TypeScript through tsx first.
describe('candidates:import in the worker threads', { timeout: 60_000 }, () => {
  it('finds the header after a preamble and keeps every column of a real export as the in-thread import does', async () => {
    const real = path.join(__dirname, '..', 'fixtures', 'csv', 'real');
    for (const file of ['linkedin-connections.csv', 'opencats-datagrid.csv']) {
      const inThread = tempCore();
      const inWorker = tempCore({ workers });
      const results = [];
      for (const core of [inThread, inWorker]) {
        const filePath = path.join(real, file);
        const preview = await call<ImportPreview>(core, 'candidates:import-preview', { path: filePath });
        const result = await call<ImportResult>(core, 'candidates:import', { path: filePath, mapping: preview.mapping, jobId: randomUUID() });
        results.push({ ...result, duplicates: result.duplicates?.map(({ matchedId: _id, ...rest }) => rest) });
      }
      expect(results[1]).toEqual(results[0]);
      expect(stored(inWorker)).toEqual(stored(inThread));
    }
  });

  it('stores exactly what the in-thread import stores, and merges and roles the same way', async () => {
    const inThread = tempCore();
    const inWorker = tempCore({ workers });
    // Candidate ids differ between the two cores: the skipped rows are compared by line and names.
    const withoutIds = (result: ImportResult) => ({ ...result, duplicates: result.duplicates?.map(({ matchedId: _id, ...rest }) => rest) });
    const first = withoutIds(await importText(inThread, messy));
    expect(first.duplicates).toEqual([{ line: 12, name: 'Duplicate Anna', matchedName: 'Анна Петрова' }]);
    expect(withoutIds(await importText(inWorker, messy))).toEqual(first);
    expect(stored(inWorker)).toEqual(stored(inThread));
    const seqs = rawAll(inWorker, 'SELECT seq AS id FROM candidates ORDER BY seq');
    expect(seqs).toHaveLength(5);
    expect(rawAll(inWorker, 'SELECT rowid AS id FROM candidates_fts ORDER BY rowid')).toEqual(seqs);
    expect(rawAll(inWorker, "SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH '\"петрова\"'")).toHaveLength(1);

    const role = await newRole(inWorker, 'Barista');
    const again = 'Name,Email,Tags\nАнна П.,anna@example.ru,latte\nNew Person,new@example.com,\n';
    expect(await importText(inWorker, again, { duplicates: 'merge', roleId: role.id })).toMatchObject({ imported: 1, merged: 1, errors: [] });
    expect(columns(await board(inWorker, role.id)).Applied).toEqual(['Анна Петрова', 'New Person']);
  });

  // 12,000 rows over 2 MB, imported twice: on the core's thread, then in two worker threads.
  it('plans a large file in a second thread and stores exactly what the in-thread import stores', async () => {
    const text = bigCsv(12_000);
    expect(text.length).toBeGreaterThan(2_000_000);
    const cores = [tempCore(), tempCore({ workers })];
    const results = [];
    for (const core of cores) {
      const role = await newRole(core, 'Barista');
      results.push(await call<ImportResult>(core, 'candidates:import', { text, mapping: { name: 0, email: 1, phone: 2, tags: 3, summary: 4 }, duplicates: 'merge', roleId: role.id, jobId: randomUUID() }));
      results.push(columns(await board(core, role.id)).Applied?.length);
    }
    expect(results[0]).toMatchObject({ imported: 11_865, merged: 123, errors: expect.arrayContaining([{ line: 1001, reason: 'Invalid email "not-an-email"' }]) });
    expect(results[2]).toEqual(results[0]);
    expect(results[3]).toBe(results[1]);
    const [inThread, inWorker] = cores as [Core, Core];
    expect(stored(inWorker)).toEqual(stored(inThread));
  }, 120_000);

  it('streams a file over 2 MB from its path in both threads, storing the same rows with the same notices', async () => {
    const file = mixedEncodingCsv(14_000);
    expect(fs.statSync(file).size).toBeGreaterThan(2_000_000);
    const input = { path: file, mapping: { name: 0, email: 1, phone: 2, tags: 3, summary: 4 }, duplicates: 'merge' };
    const cores = [tempCore(), tempCore({ workers })];
    const results: ImportResult[] = [];
    for (const core of cores) results.push(await call<ImportResult>(core, 'candidates:import', { ...input, jobId: randomUUID() }));
    expect(results[0]?.warnings).toEqual([
      'Lines 2501, 5001, 7501, 10001 and 12501 are not valid UTF-8 and were read as Windows-1252 (Western European): check the names there.',
      'Lines 3002, 6002, 9002 and 12002 held NUL characters (invisible control codes); they were removed.',
    ]);
    const first = results[0] as ImportResult;
    expect(first.imported + first.merged + first.errors.length).toBe(14_000);
    expect(first.merged).toBeGreaterThan(100);
    expect(first.errors).toContainEqual({ line: 1001, reason: 'Invalid email "not-an-email"' });
    expect(results[1]).toEqual(results[0]);
    const [inThread, inWorker] = cores as [Core, Core];
    expect(stored(inWorker)).toEqual(stored(inThread));
    expect(rawAll(inWorker, "SELECT full_name FROM candidates WHERE full_name LIKE 'Jos%' ORDER BY seq").map((r) => (r as { full_name: string }).full_name)).toEqual(
      [2500, 5000, 7500, 10000, 12500].map((i) => `José Núñez ${i}`),
    );
    expect(rawAll(inWorker, "SELECT count(*) AS n FROM candidates WHERE instr(full_name, char(0)) > 0 OR full_name IN ('Person 3000', 'Person 12000')")).toEqual([{ n: 2 }]);
  });

  it('counts a file over 2 MB in a thread of its own: the first progress names the total, and a cancel still gets every notice', async () => {
    // The notices come from the end of the file, which the scanning thread reads while the first batches are stored.
    const lines = bigCsv(14_000).split('\n');
    const parts = lines.map((line, i) => Buffer.from(`${i === 13_500 ? line.replace('Person', 'Per\0son') : line}${i < lines.length - 1 ? '\n' : ''}`));
    const file = path.join(tempDir(), 'people.csv');
    fs.writeFileSync(file, Buffer.concat(parts));
    expect(fs.statSync(file).size).toBeGreaterThan(2_000_000);
    const jobId = randomUUID();
    const { core, events } = cancelledAtFirstProgress(jobId);
    const result = await call<ImportResult>(core, 'candidates:import', { path: file, mapping: { name: 0, email: 1, phone: 2, tags: 3, summary: 4 }, jobId });
    expect(events).toEqual([{ jobId, done: IMPORT_BATCH_ROWS, total: 14_000 }]);
    expect(result).toMatchObject({ cancelled: true, warnings: ['Line 13501 held NUL characters (invisible control codes); they were removed.'] });
    expect(rawAll(core, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: result.imported }]);
  });

  it('reads a file under 2 MB once in the writing thread, storing the same rows with the same notices and progress', async () => {
    // More than one batch, with Windows-1252 lines, NUL characters, bad rows and repeated emails, as above.
    const file = mixedEncodingCsv(6_000);
    expect(fs.statSync(file).size).toBeLessThan(2_000_000);
    const input = { path: file, mapping: { name: 0, email: 1, phone: 2, tags: 3, summary: 4 }, duplicates: 'merge' };
    const progress: unknown[][] = [[], []];
    const cores = [0, 1].map((i) => tempCore({
      ...(i === 1 ? { workers } : {}),
      onEvent: (event, payload) => {
        if (event === 'candidates:import-progress') progress[i]?.push({ ...(payload as object), jobId: '' });
      },
    }));
    const results: ImportResult[] = [];
    for (const core of cores) results.push(await call<ImportResult>(core, 'candidates:import', { ...input, jobId: randomUUID() }));
    expect(results[0]?.warnings).toEqual([
      'Lines 2501 and 5001 are not valid UTF-8 and were read as Windows-1252 (Western European): check the names there.',
      'Line 3002 held NUL characters (invisible control codes); they were removed.',
    ]);
    expect(results[0]?.errors).toContainEqual({ line: 1001, reason: 'Invalid email "not-an-email"' });
    expect(results[1]).toEqual(results[0]);
    // A file read whole goes in half-size batches (SMALL_IMPORT_BATCH), on either thread.
    expect(progress[0]).toEqual([2_500, 5_000, 6_000].map((done) => ({ jobId: '', done, total: 6_000 })));
    expect(progress[1]).toEqual(progress[0]);
    const [inThread, inWorker] = cores as [Core, Core];
    expect(stored(inWorker)).toEqual(stored(inThread));
  });

  it('refuses an unknown stage before writing anything', async () => {
    const core = tempCore({ workers });
    const role = await newRole(core, 'Barista');
    const refused = await errorOf(core, 'candidates:import', { text: 'Name\nAna\n', mapping: { name: 0 }, roleId: role.id, stageName: 'Nope', jobId: randomUUID() });
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toMatch(/no stage called "Nope"/);
    expect(rawAll(core, 'SELECT * FROM candidates')).toEqual([]);
  });

  it('reports progress per batch and keeps finished batches when cancelled', async () => {
    const jobId = randomUUID();
    const { core, events } = cancelledAtFirstProgress(jobId);
    // Long notes make the file big enough to be planned in a second thread.
    const rows = Array.from({ length: 2.5 * IMPORT_BATCH_ROWS }, (_v, i) => `Person ${i},p${i}@example.com,${'n'.repeat(200)}`).join('\n');
    const result = await call<ImportResult>(core, 'candidates:import', { text: `Name,Email,Notes\n${rows}\n`, mapping: { name: 0, email: 1, summary: 2 }, jobId });
    expect(result).toMatchObject({ imported: IMPORT_BATCH_ROWS, cancelled: true });
    expect(events).toEqual([{ jobId, done: IMPORT_BATCH_ROWS, total: 2.5 * IMPORT_BATCH_ROWS }]);
    expect(rawAll(core, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: IMPORT_BATCH_ROWS }]);
    expect(rawAll(core, "SELECT count(*) AS n FROM activity_log WHERE action = 'created'")).toEqual([{ n: 1 }]);
  });
});

// A one-shot CLI command stores the planning thread's batches on the core's own connection (no writing thread).
describe('candidates:import with the core storing the planning thread\'s batches', { timeout: 60_000 }, () => {
  it('starts no writing thread and stores the same rows, notices and progress as the in-thread import', async () => {
    for (const file of [mixedEncodingCsv(6_000), mixedEncodingCsv(14_000)]) {
      const input = { path: file, mapping: { name: 0, email: 1, phone: 2, tags: 3, summary: 4 }, duplicates: 'merge' };
      const progress: unknown[][] = [[], []];
      const cores = [0, 1].map((i) => tempCore({
        ...(i === 1 ? { workers: coreWrites } : {}),
        onEvent: (event, payload) => {
          if (event === 'candidates:import-progress') progress[i]?.push({ ...(payload as object), jobId: '' });
        },
      }));
      const results: ImportResult[] = [];
      for (const core of cores) results.push(await call<ImportResult>(core, 'candidates:import', { ...input, jobId: randomUUID() }));
      expect(results[0]?.warnings.length).toBeGreaterThan(0);
      expect(results[0]?.errors).toContainEqual({ line: 1001, reason: 'Invalid email "not-an-email"' });
      expect(results[1]).toEqual(results[0]);
      expect(progress[0]?.length).toBeGreaterThan(1);
      expect(progress[1]).toEqual(progress[0]);
      const [inThread, coreWriting] = cores as [Core, Core];
      expect(stored(coreWriting)).toEqual(stored(inThread));
    }
  }, 120_000);

  it('keeps the finished batches and every notice when cancelled at the first progress', async () => {
    const jobId = randomUUID();
    const { core, events } = cancelledAtFirstProgress(jobId, coreWrites);
    const file = mixedEncodingCsv(14_000);
    const result = await call<ImportResult>(core, 'candidates:import', { path: file, mapping: { name: 0, email: 1, phone: 2, tags: 3, summary: 4 }, jobId });
    expect(events).toEqual([{ jobId, done: IMPORT_BATCH_ROWS, total: 14_000 }]);
    expect(result.cancelled).toBe(true);
    expect(result.imported + result.merged + result.skipped + result.errors.length).toBe(IMPORT_BATCH_ROWS);
    expect(result.warnings).toEqual([
      'Lines 2501, 5001, 7501, 10001 and 12501 are not valid UTF-8 and were read as Windows-1252 (Western European): check the names there.',
      'Lines 3002, 6002, 9002 and 12002 held NUL characters (invisible control codes); they were removed.',
    ]);
    expect(rawAll(core, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: result.imported }]);
  });
});

describe('candidates:import planned by a thread started before it (a one-shot CLI import)', { timeout: 60_000 }, () => {
  const mapping = { name: 0, email: 1, phone: 2, tags: 3, summary: 4 };
  /** The core storing the batches, with a planning thread started beforehand and told to read `early`. */
  function withStandby(early: string): { core: Core; standby: StandbyPlanner } {
    const standby = new StandbyPlanner(coreWrites.csvImport as NonNullable<CoreWorkers['csvImport']>);
    standby.read(early);
    return { core: tempCore({ workers: { ...coreWrites, standbyPlanner: standby } }), standby };
  }

  it('stores the same rows and notices as the in-thread import, from the same file or another one than it read early, and takes the thread', async () => {
    const file = mixedEncodingCsv(6_000);
    const other = path.join(tempDir(), 'other.csv');
    fs.writeFileSync(other, bigCsv(300));
    for (const early of [file, other]) {
      const inThread = tempCore();
      const { core, standby } = withStandby(early);
      const results: ImportResult[] = [];
      for (const c of [inThread, core]) results.push(await call<ImportResult>(c, 'candidates:import', { path: file, mapping, duplicates: 'merge', jobId: randomUUID() }));
      expect(results[0]?.imported).toBeGreaterThan(5_000);
      expect(results[0]?.warnings.length).toBeGreaterThan(0);
      expect(results[1]).toEqual(results[0]);
      expect(stored(core)).toEqual(stored(inThread));
      // The import took the thread: there is none left to take.
      expect(standby.take()).toBeNull();
    }
  }, 120_000);

  it('refuses a file that is not text as the in-thread import does, when the early reading failed too', async () => {
    const file = path.join(tempDir(), 'photo.csv');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0]));
    const input = { path: file, mapping: { name: 0 } };
    const refused = await errorOf(tempCore(), 'candidates:import', { ...input, jobId: randomUUID() });
    expect(refused.code).toBe('invalid_input');
    const { core } = withStandby(file);
    expect(await errorOf(core, 'candidates:import', { ...input, jobId: randomUUID() })).toEqual(refused);
    expect(rawAll(core, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: 0 }]);
  });

  it('starts a planning thread of its own when the one started before has ended', async () => {
    const file = path.join(tempDir(), 'people.csv');
    fs.writeFileSync(file, bigCsv(300));
    const { core, standby } = withStandby(file);
    await standby.dispose();
    const result = await call<ImportResult>(core, 'candidates:import', { path: file, mapping, duplicates: 'merge', jobId: randomUUID() });
    expect(result).toMatchObject({ imported: 297, merged: 3, errors: [] });
    expect(rawAll(core, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: 297 }]);
  });
});

/**
 * A file of `rows` people (bigCsv) in UTF-8 (the notes say café), with every 2,500th row in Windows-1252 and a NUL
 * in every 3,000th (after the first); its path.
 */
function mixedEncodingCsv(rows: number): string {
  const lines = bigCsv(rows).split('\n');
  const parts = lines.map((line, i) => {
    if (i > 0 && i % 2500 === 0) return Buffer.from(`José Núñez ${i},jose${i}@example.com,,,Málaga\n`, 'latin1');
    return Buffer.from(`${i % 3000 === 1 && i > 1 ? line.replace('Person', 'Per\0son') : line}${i < lines.length - 1 ? '\n' : ''}`);
  });
  const file = path.join(tempDir(), 'people.csv');
  fs.writeFileSync(file, Buffer.concat(parts));
  return file;
}

/** A core with the import workers (`threads`) that cancels import `jobId` at its first progress event; the events it got. */
function cancelledAtFirstProgress(jobId: string, threads: CoreWorkers = workers): { core: ReturnType<typeof tempCore>; events: { done: number; total: number }[] } {
  const events: { done: number; total: number }[] = [];
  const core: ReturnType<typeof tempCore> = tempCore({
    workers: threads,
    onEvent: (event, payload) => {
      if (event !== 'candidates:import-progress') return;
      events.push(payload as { done: number; total: number });
      if (events.length === 1) void core.dispatch('candidates:import-cancel', { jobId });
    },
  });
  return { core, events };
}

/** The main file's candidates, read from a copy of it alone (what a checkpoint has copied in, not the -wal). */
function candidatesInMainFile(databasePath: string): number {
  const copy = path.join(tempDir(), 'main-file-only.db');
  fs.copyFileSync(databasePath, copy);
  const db = new Database(copy, { fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM candidates').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe.each([
  ['its writing thread', workers],
  ['the core storing the batches', coreWrites],
])('the import threads and the main file, with %s', { timeout: 120_000 }, (_name, threads) => {
  const text = bigCsv(12_000);
  const input = { text, mapping: { name: 0, email: 1, phone: 2, tags: 3, summary: 4 }, duplicates: 'merge' };

  it('copy a large import into the main file once the data file’s full check has passed', async () => {
    expect(text.length).toBeGreaterThan(2_000_000);
    const core = tempCore({ workers: threads });
    await core.checksDone();
    const result = await call<ImportResult>(core, 'candidates:import', { ...input, jobId: randomUUID() });
    expect(candidatesInMainFile(core.databasePath)).toBe(result.imported);
  });

  it('leave the main file as it was while the full check has not passed: the planning thread copies nothing in either', async () => {
    // A folder over 1 MB, so its checks go to the data-check worker, whose stand-in never ends the full check.
    const dataDir = tempDir();
    const seed = createCore({ dataDir, logger: quietLogger });
    const lines = Array.from({ length: 6000 }, (_v, i) => `Seeded ${i},seeded${i}@example.test`);
    await call(seed, 'candidates:import', { text: `Name,Email\n${lines.join('\n')}\n`, mapping: { name: 0, email: 1 }, jobId: randomUUID() });
    await seed.close();
    const core = tempCore({ dataDir, workers: { ...threads, ...stalledDataCheck } });
    const result = await call<ImportResult>(core, 'candidates:import', { ...input, jobId: randomUUID() });
    expect(result.imported).toBeGreaterThan(10_000);
    expect(candidatesInMainFile(core.databasePath)).toBe(6000);
    expect(rawAll(core, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: 6000 + result.imported }]);
  });
});

describe.each([
  ['its writing thread', workers],
  ['the core storing the batches', coreWrites],
])('the import threads under the memory limit, with %s', (_name, threads) => {
  it('are stopped past their memory limit, say so in plain words, and keep nothing half-written', async () => {
    // A 1 MB limit: starting a thread alone grows the process past it, so the watchdog must stop it.
    const core = tempCore({ workers: { ...threads, csvImport: { ...threads.csvImport!, memoryLimitMb: 1 } } });
    const text = 'Name,Email\nAna Lima,ana@example.com\nBo Chen,bo@example.com\n';
    const preview = await call<ImportPreview>(core, 'candidates:import-preview', { text });
    const error = await errorOf(core, 'candidates:import', { text, mapping: preview.mapping, jobId: randomUUID() });
    expect(error).toMatchObject({ code: 'invalid_input', message: IMPORT_MEMORY_MESSAGE });
    expect(rawAll(core, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: 0 }]);
  }, 60_000);
});
