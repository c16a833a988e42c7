// "Export everything about this person": one zip at a path the owner chose, holding summary.html, data.json,
// their files and README.txt. The rows are read in one read transaction (a consistent picture), the zip is
// written with yazl under a temporary name beside the target, fsynced and only then given the target's
// name (files/place-file.ts), so a failure leaves nothing at the target and nothing half-written beside
// it. Once the archive is in place the activity log records that an export happened, with counts only: no
// path, no name. Runs in plain Node.
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { CandidateExportPersonResult } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { explainFileError, FileSink, fsyncFolder, type WriteBudget } from '../backup/backup-files';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { readUserVersion } from '../db/open-database';
import { notFound } from '../errors';
import { attachmentPath } from '../files/attachment-store';
import { checkTargetFree, pathFolder, placeFile, tempBeside } from '../files/place-file';
import { computerTimeZone } from '../reports/report-range-rules';
import { getCandidate } from './candidates-repo';
import { personRows } from './candidates-person-export-repo';
import { DATA_MEMBER, personFiles, personJson, personReadme, personSummaryHtml, README_MEMBER, SUMMARY_MEMBER, type ExportFacts } from './candidates-person-export-rules';

export interface ExportPersonInput {
  id: string;
  path: string;
  replace?: boolean;
  timeZone?: string;
}

/** Test knobs: a byte budget for the archive standing in for a full disk. */
export interface ExportPersonKnobs {
  writeLimitBytes?: number;
}

export async function exportPerson(ctx: CoreContext, input: ExportPersonInput, knobs: ExportPersonKnobs = {}): Promise<CandidateExportPersonResult> {
  ctx.grants.checkFolder(pathFolder(input.path), ['path']);
  const target = path.resolve(input.path);
  const replace = input.replace ?? false;
  // One read transaction: every table as of one moment, even if a save lands while the zip is written.
  const read = ctx.db.transaction(() => ({ rows: personRows(ctx.db, input.id), schemaVersion: readUserVersion(ctx.db) }))();
  const rows = read.rows;
  if (!rows) throw notFound('That candidate');
  checkTargetFree(target, replace);

  const facts: ExportFacts = {
    exportedAt: ctx.now().toISOString(),
    appVersion: ctx.appVersion,
    schemaVersion: read.schemaVersion,
    timeZone: input.timeZone ?? computerTimeZone(),
  };
  const files = personFiles(rows.attachments);
  const missing = new Set(files.filter((f) => !fs.statSync(attachmentPath(ctx.attachmentsDir, f.sha256), { throwIfNoEntry: false })?.isFile()).map((f) => f.attachmentId));
  const placed = files.filter((f) => !missing.has(f.attachmentId));
  const missingFiles = rows.attachments.filter((a) => missing.has(String(a.id))).map((a) => String(a.file_name));

  const budget: WriteBudget = { remaining: knobs.writeLimitBytes ?? null };
  const temp = tempBeside(target);
  try {
    const zip = new yazl.ZipFile();
    const mtime = new Date(facts.exportedAt);
    const text = (name: string, content: string): void => zip.addBuffer(Buffer.from(content, 'utf8'), name, { mtime, compress: true });
    text(SUMMARY_MEMBER, personSummaryHtml(rows, files, missing, facts));
    text(DATA_MEMBER, personJson(rows, files, missing, facts));
    for (const file of placed) {
      // Résumés and images are mostly compressed already: stored as they are.
      zip.addReadStreamLazy(file.member, { mtime, compress: false }, (callback) => {
        const source = fs.createReadStream(attachmentPath(ctx.attachmentsDir, file.sha256));
        // A read error stops the whole archive: the output's pipeline rejects with it.
        source.on('error', (error) => (zip.outputStream as Readable).destroy(error));
        callback(null, source);
      });
    }
    text(README_MEMBER, personReadme(rows, placed.length, missingFiles, facts));
    zip.end();
    await pipeline(zip.outputStream as Readable, new FileSink(temp, budget));
    placeFile(temp, target, replace);
    fsyncFolder(path.dirname(target));
  } catch (error) {
    throw explainFileError(error, 'the export');
  } finally {
    fs.rmSync(temp, { force: true });
  }

  const result: CandidateExportPersonResult = {
    path: target,
    bytes: fs.statSync(target).size,
    fullName: String(rows.candidate.full_name),
    applications: rows.applications.length,
    notes: rows.application_notes.length,
    interviews: rows.interviews.length,
    scorecards: rows.scorecards.length,
    activity: rows.activity_log.length,
    files: placed.length,
    missingFiles,
  };
  // Recorded only once the archive exists, and only while the person still does (not for someone erased meanwhile).
  ctx.db
    .transaction(() => {
      if (!getCandidate(ctx.db, input.id)) return;
      const details = { applications: result.applications, interviews: result.interviews, files: result.files };
      logActivity(ctx.db, { entityType: 'candidate', entityId: input.id, action: 'exported', details, at: nextStamp(ctx) });
    })
    .immediate();
  ctx.changed('candidates', [input.id]);
  return result;
}
