// `hirebook posting pdf|export` and `hirebook careers-site`: postings out of the command line, through
// the same channels the app uses. PDFs print with playwright-core and Chromium. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CareersExport, ExportFormat, PostingExport, PostingLayout, PostingPdf, Result } from '../../contract';
import type { Core } from '../../core/create-core';
import { CliFailure, write, type CliIo } from '../io';
import { requireRole } from './jd-shared';

export interface PostingPdfOptions {
  roleId: string;
  out: string;
  layout: PostingLayout;
}

export interface PostingExportOptions {
  roleId: string;
  format: ExportFormat;
  out: string | undefined;
}

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'ENOTDIR') return 'part of the path is a file, not a folder';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EROFS') return 'the disk is read-only';
  return error instanceof Error ? error.message : String(error);
}

/** Fails early, before any printing, when FILE cannot be written. */
export function checkWritable(file: string): void {
  const target = path.resolve(file);
  let isDir = false;
  try {
    isDir = fs.statSync(target).isDirectory();
  } catch {
    // A file that does not exist yet is fine; its folder is checked below.
  }
  if (isDir) throw new CliFailure(`cannot write ${file}: it is a folder`);
  try {
    fs.accessSync(path.dirname(target), fs.constants.W_OK);
    if (!fs.statSync(path.dirname(target)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    throw new CliFailure(`cannot write ${file}: ${why(error)}`);
  }
}

/** Writes via a temp file and rename, so an interrupted run never leaves half a PDF under FILE. */
export function writeOut(file: string, content: string | Uint8Array): void {
  const target = path.resolve(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new CliFailure(`cannot write ${file}: ${why(error)}`);
  }
}

/** The value of an ok Result; otherwise the core's message, stated once (a field issue repeats it). */
export function valueOr<T>(result: Result<unknown>): T {
  if (result.ok) return result.value as T;
  const issue = result.error.issues?.[0]?.message;
  throw new CliFailure(result.error.code === 'invalid_input' && issue ? issue : result.error.message);
}

export async function postingPdf(core: Core, options: PostingPdfOptions, io: CliIo): Promise<void> {
  const role = await requireRole(core, options.roleId);
  checkWritable(options.out);
  const pdf = valueOr<PostingPdf>(await core.dispatch('postings:pdf', { roleId: role.id, layout: options.layout }));
  writeOut(options.out, Buffer.from(pdf.base64, 'base64'));
  await write(io.stdout, `Wrote ${options.out} (${pdf.pages} ${pdf.pages === 1 ? 'page' : 'pages'}, ${options.layout})\n`);
}

export async function postingExport(core: Core, options: PostingExportOptions, io: CliIo): Promise<void> {
  const role = await requireRole(core, options.roleId);
  if (options.out !== undefined) checkWritable(options.out);
  const exported = valueOr<PostingExport>(await core.dispatch('postings:export', { roleId: role.id, format: options.format }));
  if (options.out === undefined) {
    await write(io.stdout, exported.content);
    return;
  }
  writeOut(options.out, exported.content);
  await write(io.stdout, `Wrote ${options.out}\n`);
}

export async function careersSite(core: Core, out: string, io: CliIo): Promise<void> {
  const outDir = path.resolve(out);
  const site = valueOr<CareersExport>(await core.dispatch('careers:export', { outDir }));
  const roles = `${site.roles} open ${site.roles === 1 ? 'role' : 'roles'}`;
  await write(io.stdout, `Wrote a careers site with ${roles} to ${outDir} (${site.files.length} files). Upload the whole folder to your web host.\n`);
}
