// "Export everything" (data:export-all) against a real core: every table read back from its CSV (with
// papaparse) and its JSON and compared with the database, hostile text included; files with identical
// bytes under safe, distinct names; a new folder every time, never over anything; cancel and failure
// leave no folder. Runs in Vitest (Node).
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import type { CandidateCreateResult, ExportAllResult, ImportPreview } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { EXPORT_TABLES, isInternalTable } from '../../electron/core/export-all/export-all-tables';
import { attachmentFileName, csvCell, safeFileName, uniqueFileNames } from '../../electron/core/export-all/export-all-rules';
import { seededCore } from '../helpers/channel-inputs';
import { tempCore, tempDir, value, withRawDb } from '../helpers/temp-core';
import { fileOnDisk } from '../helpers/temp-files';
import { HOSTILE_PAYLOADS, fitField } from '../helpers/hostile-text';
import { PNG_1X1 } from '../helpers/images';

const HOSTILE_NAME = 'O\'Brien, "Mac" Łukasz 🍞';
const HOSTILE_SUMMARY = '=SUM(A1)\nsecond line, with "quotes", a comma\r\nand a CRLF 🍞';

function exportAll(core: Core, outDir: string, jobId = randomUUID()) {
  return core.dispatch('data:export-all', { outDir, jobId });
}

/** Every table of the file that is the owner's (not a search index), with its rows in primary-key order. */
function databaseTables(databasePath: string): Map<string, { columns: string[]; rows: Record<string, unknown>[] }> {
  return withRawDb(databasePath, (db) => {
    const names = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]).filter((n) => !isInternalTable(n));
    const tables = new Map<string, { columns: string[]; rows: Record<string, unknown>[] }>();
    for (const name of names) {
      const info = db.prepare('SELECT name, pk FROM pragma_table_xinfo(?) ORDER BY cid').all(name) as { name: string; pk: number }[];
      const key = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => `"${c.name}"`);
      const columns = info.map((c) => c.name);
      const rows = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${name}" ORDER BY ${key.join(', ')}`).all() as Record<string, unknown>[];
      tables.set(name, { columns, rows });
    }
    return tables;
  });
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function richCore(): Promise<{ core: Core; candidateId: string }> {
  const { core } = await seededCore();
  const created = value<CandidateCreateResult>(
    await core.dispatch('candidates:create', { fullName: HOSTILE_NAME, emails: ['mac@example.test'], tags: ['=cmd|x', '+1', '@home'], summary: HOSTILE_SUMMARY }),
  );
  const candidateId = created.candidate.id;
  // Every hostile payload of the output property test, as a summary and a tag (stored as typed).
  for (const [i, payload] of HOSTILE_PAYLOADS.entries()) {
    value(await core.dispatch('candidates:create', { fullName: `Hostile ${i}`, summary: fitField(payload, 5000), tags: [fitField(payload, 40, true)] }));
  }
  for (const [fileName, content] of [
    ['cv: final?.txt', 'first résumé\n'],
    ['cv: final?.txt', 'second résumé, same name\n'],
    ['CON.txt', 'a Windows device name\n'],
  ] as const) {
    value(await core.dispatch('attachments:add', { candidateId, kind: 'other', fileName, path: fileOnDisk('upload.txt', content) }));
  }
  return { core, candidateId };
}

describe('data:export-all', () => {
  it('writes every table as CSV and JSON that read back to exactly the stored rows', async () => {
    const { core, candidateId } = await richCore();
    const out = tempDir();
    const result = value<ExportAllResult>(await exportAll(core, out));
    const info = value<{ databasePath: string }>(await core.dispatch('app:info', {}));
    const tables = databaseTables(info.databasePath);

    expect(result.cancelled).toBe(false);
    expect(path.dirname(result.folder)).toBe(out);
    expect(path.basename(result.folder)).toMatch(/^Hirebook export \d{4}-\d{2}-\d{2}$/);
    expect(result.tables).toBe(tables.size);
    expect(result.rows).toBe([...tables.values()].reduce((sum, t) => sum + t.rows.length, 0));
    expect(fs.readdirSync(path.join(result.folder, 'csv')).sort()).toEqual([...tables.keys()].map((t) => `${t}.csv`).sort());
    expect(fs.readdirSync(path.join(result.folder, 'json')).sort()).toEqual([...tables.keys()].map((t) => `${t}.json`).sort());

    for (const [name, table] of tables) {
      const json: unknown = JSON.parse(fs.readFileSync(path.join(result.folder, 'json', `${name}.json`), 'utf8'));
      expect(json, name).toEqual(table.rows);

      const csvText = fs.readFileSync(path.join(result.folder, 'csv', `${name}.csv`), 'utf8');
      expect(csvText.startsWith('\uFEFF'), name).toBe(true);
      const parsed = Papa.parse<string[]>(csvText.slice(1), { skipEmptyLines: true });
      expect(parsed.errors, name).toEqual([]);
      const [header, ...rows] = parsed.data;
      expect(header, name).toEqual(table.columns);
      expect(rows, name).toEqual(table.rows.map((row) => table.columns.map((c) => csvCell(row[c]))));
      // No cell starts a formula.
      for (const row of rows) for (const cell of row) expect(cell, name).not.toMatch(/^[=+\-@\t\r]/);
    }

    // The hostile values, byte for byte.
    const candidates = JSON.parse(fs.readFileSync(path.join(result.folder, 'json', 'candidates.json'), 'utf8')) as Record<string, unknown>[];
    expect(candidates.find((c) => c.id === candidateId)).toMatchObject({ full_name: HOSTILE_NAME, summary: HOSTILE_SUMMARY });
    const csvRows = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(result.folder, 'csv', 'candidates.csv'), 'utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(csvRows.find((c) => c.id === candidateId)).toMatchObject({ full_name: HOSTILE_NAME, summary: `'${HOSTILE_SUMMARY}` });
    const tags = fs.readFileSync(path.join(result.folder, 'csv', 'candidate_tags.csv'), 'utf8');
    expect(tags).toContain("'=cmd|x");
    expect(tags).toContain("'+1");
    expect(tags).toContain("'@home");
  });

  it('copies every attachment with identical bytes under a safe, distinct name, and indexes them', async () => {
    const { core } = await richCore();
    const result = value<ExportAllResult>(await exportAll(core, tempDir()));
    const info = value<{ databasePath: string; dataDir: string }>(await core.dispatch('app:info', {}));
    const attachments = withRawDb(info.databasePath, (db) =>
      db.prepare('SELECT a.id, a.sha256, a.file_name, c.full_name FROM attachments a JOIN candidates c ON c.id = a.candidate_id').all(),
    ) as { id: string; sha256: string; file_name: string; full_name: string }[];
    const index = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(result.folder, 'files.csv'), 'utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    const indexJson = JSON.parse(fs.readFileSync(path.join(result.folder, 'files.json'), 'utf8')) as unknown[];
    expect(indexJson).toHaveLength(index.length);

    expect(result.files).toBe(attachments.length);
    expect(fs.readdirSync(path.join(result.folder, 'files'))).toHaveLength(attachments.length);
    for (const attachment of attachments) {
      const entry = index.find((row) => row.attachment_id === attachment.id);
      expect(entry?.what).toBe('attachment');
      const file = path.join(result.folder, ...(entry?.file ?? '').split('/'));
      expect(sha256(file)).toBe(attachment.sha256);
      expect(path.basename(file)).toBe(safeFileName(path.basename(file)));
      expect(path.basename(file)).not.toMatch(/[<>:"/\\|?*]/);
    }
    const names = fs.readdirSync(path.join(result.folder, 'files'));
    expect(names).toContain(`O'Brien, _Mac_ Łukasz 🍞 - cv_ final_.txt`);
    expect(names).toContain(`O'Brien, _Mac_ Łukasz 🍞 - cv_ final_ (2).txt`);
    expect(names).toContain('Amara Okafor - amara.txt');
  });

  it('exports the company logo', async () => {
    const core = tempCore();
    const png = Buffer.from(PNG_1X1);
    value(await core.dispatch('company:update', { logo: { path: fileOnDisk('logo.png', png) } }));
    const result = value<ExportAllResult>(await exportAll(core, tempDir()));
    expect(result.files).toBe(1);
    expect(fs.readFileSync(path.join(result.folder, 'files', 'Company logo.png'))).toEqual(png);
  });

  it('pages through large tables, composite keys included', async () => {
    const core = tempCore();
    const lines = ['Name,Email,Tags'];
    for (let i = 0; i < 2500; i += 1) lines.push(`Person ${i},p${i}@example.test,"t${i % 7}, common"`);
    const text = `${lines.join('\n')}\n`;
    const preview = value<ImportPreview>(await core.dispatch('candidates:import-preview', { text }));
    value(await core.dispatch('candidates:import', { text, mapping: preview.mapping, jobId: randomUUID() }));
    const result = value<ExportAllResult>(await exportAll(core, tempDir()));
    const info = value<{ databasePath: string }>(await core.dispatch('app:info', {}));
    const tables = databaseTables(info.databasePath);
    for (const name of ['candidates', 'candidate_emails', 'candidate_tags', 'activity_subjects']) {
      const rows = tables.get(name)?.rows ?? [];
      expect(rows.length, name).toBeGreaterThanOrEqual(2500);
      expect(JSON.parse(fs.readFileSync(path.join(result.folder, 'json', `${name}.json`), 'utf8')), name).toEqual(rows);
    }
  });

  it('writes a README naming every table and describing every column, and says what it left out', async () => {
    const { core } = await seededCore();
    const result = value<ExportAllResult>(await exportAll(core, tempDir()));
    const info = value<{ databasePath: string }>(await core.dispatch('app:info', {}));
    const readme = fs.readFileSync(path.join(result.folder, 'README.txt'), 'utf8');
    const tables = databaseTables(info.databasePath);
    for (const [name, table] of tables) {
      expect(readme).toContain(`${name} — `);
      const described = EXPORT_TABLES.find((t) => t.name === name);
      expect(described, `${name} needs a description in export-all-tables.ts`).toBeDefined();
      expect(Object.keys(described?.columns ?? {}).sort(), name).toEqual([...table.columns].sort());
    }
    expect(readme).not.toContain('(no description)');
    expect(readme).toContain('roles_fts');
    expect(readme).toContain('candidates_fts');
    expect(readme).toContain('application_facts');
    expect(readme).toContain('application_stage_time');
    expect(readme).toContain('board_counts');
    expect(readme).toContain('HOW ROWS LINK');
    // Every table in the file is exported or named as left out.
    const all = withRawDb(info.databasePath, (db) => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]);
    for (const name of all) expect(tables.has(name) || isInternalTable(name), name).toBe(true);
    const marker = JSON.parse(fs.readFileSync(path.join(result.folder, '.hirebook-export.json'), 'utf8')) as { files: string[] };
    expect(marker.files).toContain('README.txt');
    expect(marker.files).toContain('csv/candidates.csv');
  });

  it('never writes into an existing folder: a second export and a folder of the owner get new names', async () => {
    const core = tempCore({ now: () => new Date(2026, 11, 6, 12, 0, 0) });
    const out = tempDir();
    const owners = path.join(out, 'Hirebook export 2026-12-06');
    fs.mkdirSync(owners);
    fs.writeFileSync(path.join(owners, 'README.txt'), 'mine');
    const first = value<ExportAllResult>(await exportAll(core, out));
    const second = value<ExportAllResult>(await exportAll(core, out));
    expect(path.basename(first.folder)).toBe('Hirebook export 2026-12-06-2');
    expect(path.basename(second.folder)).toBe('Hirebook export 2026-12-06-3');
    expect(fs.readdirSync(owners)).toEqual(['README.txt']);
    expect(fs.readFileSync(path.join(owners, 'README.txt'), 'utf8')).toBe('mine');
  });

  it('sends progress, and a cancel removes the partial folder', async () => {
    const events: { done: number; total: number }[] = [];
    let core: Core | null = null;
    const jobId = randomUUID();
    core = tempCore({
      onEvent: (event, payload) => {
        if (event !== 'data:export-all-progress') return;
        events.push(payload as { done: number; total: number });
        if (events.length === 1) void core?.dispatch('data:export-all-cancel', { jobId });
      },
    });
    value(await core.dispatch('sample:load', {}));
    const out = tempDir();
    const result = value<ExportAllResult>(await exportAll(core, out, jobId));
    expect(result).toEqual({ folder: '', tables: 0, rows: 0, files: 0, missingFiles: [], cancelled: true });
    expect(events[0]?.done).toBe(0);
    expect(events[0]?.total).toBeGreaterThan(0);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(value<{ cancelled: boolean }>(await core.dispatch('data:export-all-cancel', { jobId })).cancelled).toBe(false);

    const done = value<ExportAllResult>(await exportAll(core, out));
    expect(done.cancelled).toBe(false);
    expect(fs.readdirSync(out)).toEqual([path.basename(done.folder)]);
  });

  it('reads one snapshot: a candidate added while the export runs is not half in it', async () => {
    let core: Core | null = null;
    const writes: Promise<unknown>[] = [];
    core = tempCore({
      onEvent: (event) => {
        if (event === 'data:export-all-progress' && writes.length === 0) writes.push(core!.dispatch('candidates:create', { fullName: 'Late Arrival', emails: ['late@example.test'] }));
      },
    });
    value(await core.dispatch('sample:load', {}));
    const before = value<{ total: number }>(await core.dispatch('candidates:list', {})).total;
    const result = value<ExportAllResult>(await exportAll(core, tempDir()));
    await Promise.all(writes);
    expect(value<{ total: number }>(await core.dispatch('candidates:list', {})).total).toBe(before + 1);
    const read = (table: string) => JSON.parse(fs.readFileSync(path.join(result.folder, 'json', `${table}.json`), 'utf8')) as Record<string, unknown>[];
    expect(read('candidates')).toHaveLength(before);
    expect(read('candidates').map((c) => c.full_name)).not.toContain('Late Arrival');
    expect(read('candidate_emails').map((e) => e.email)).not.toContain('late@example.test');
  });

  it('a failure removes the partial folder too, and a missing stored file is reported, not fatal', async () => {
    const { core } = await richCore();
    const info = value<{ databasePath: string; dataDir: string }>(await core.dispatch('app:info', {}));
    const attachment = withRawDb(info.databasePath, (db) => db.prepare("SELECT sha256 FROM attachments WHERE file_name = 'CON.txt'").pluck().get()) as string;
    fs.rmSync(path.join(info.dataDir, 'attachments', attachment));
    const out = tempDir();
    const result = value<ExportAllResult>(await exportAll(core, out));
    expect(result.missingFiles).toEqual([`O'Brien, _Mac_ Łukasz 🍞 - CON.txt`]);
    expect(fs.readFileSync(path.join(result.folder, 'README.txt'), 'utf8')).toContain('MISSING FILES');

    // A disk error half-way (the copy of a file fails): the error is answered and the folder removed.
    const copy = vi.spyOn(fs, 'copyFileSync').mockImplementation(() => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    });
    const failedOut = tempDir();
    try {
      const failed = await exportAll(core, failedOut);
      expect(failed.ok).toBe(false);
      if (!failed.ok) expect(failed.error.message).toContain('the disk is full');
    } finally {
      copy.mockRestore();
    }
    expect(fs.readdirSync(failedOut)).toEqual([]);

    // A folder that cannot be written: refused before anything is created.
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, 'x');
    const refused = await exportAll(core, file);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('invalid_input');
  });

  it('in the app, writes only into a folder the folder dialog returned', async () => {
    const core = tempCore({ requireGrants: true });
    const out = tempDir();
    const refused = await exportAll(core, out);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues?.[0]?.path).toEqual(['outDir']);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe('export file names', () => {
  it('are safe on Windows, macOS and Linux', () => {
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j.pdf')).toBe('a_b_c_d_e_f_g_h_i_j.pdf');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('nul')).toBe('_nul');
    expect(safeFileName('report. . ')).toBe('report');
    expect(safeFileName('line\nbreak\ttab.txt')).toBe('line_break_tab.txt');
    expect(safeFileName('...')).toBe('file');
    expect(safeFileName('Cafe\u0301.txt')).toBe('Café.txt');
    const long = safeFileName(`${'🍞'.repeat(100)}.pdf`);
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(180);
    expect(long.endsWith('🍞.pdf')).toBe(true);
    expect(attachmentFileName(' Ana ', 'cv.pdf')).toBe('Ana - cv.pdf');
  });

  it('are distinct ignoring case', () => {
    expect(uniqueFileNames(['a.pdf', 'A.pdf', 'a.pdf', 'b'])).toEqual(['a.pdf', 'A (2).pdf', 'a (3).pdf', 'b']);
  });
});
