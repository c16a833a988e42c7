// `hirebook posting pdf|export` and `hirebook careers-site`: postings out of the command line, through
// the same channels the app uses. PDFs print with playwright-core and Chromium. Runs in plain Node.
import path from 'node:path';
import type { CareersExport, ExportFormat, PostingExport, PostingLayout, PostingPdf, Result } from '../../contract';
import type { Core } from '../../core/create-core';
import { CliFailure, write, type CliIo } from '../io';
import { checkWritable, writeOut } from '../out-file';
import { requireRole } from './jd-shared';

export interface PostingPdfOptions {
  roleId: string;
  out: string;
  layout: PostingLayout;
  /** --force: replace an existing file at `out`. */
  force: boolean;
}

export interface PostingExportOptions {
  roleId: string;
  format: ExportFormat;
  out: string | undefined;
  force: boolean;
}

export interface CareersSiteOptions {
  out: string;
  /** --force: also write into a folder with other files (never deleting them, never through a link). */
  force: boolean;
}

/** The value of an ok Result; otherwise the core's message, stated once (a field issue repeats it). */
export function valueOr<T>(result: Result<unknown>): T {
  if (result.ok) return result.value as T;
  const issue = result.error.issues?.[0]?.message;
  throw new CliFailure(result.error.code === 'invalid_input' && issue ? issue : result.error.message);
}

export async function postingPdf(core: Core, options: PostingPdfOptions, io: CliIo): Promise<void> {
  const role = await requireRole(core, options.roleId);
  checkWritable(options.out, options.force);
  const pdf = valueOr<PostingPdf>(await core.dispatch('postings:pdf', { roleId: role.id, layout: options.layout }));
  writeOut(options.out, Buffer.from(pdf.base64, 'base64'), options.force);
  await write(io.stdout, `Wrote ${options.out} (${pdf.pages} ${pdf.pages === 1 ? 'page' : 'pages'}, ${options.layout})\n`);
}

export async function postingExport(core: Core, options: PostingExportOptions, io: CliIo): Promise<void> {
  const role = await requireRole(core, options.roleId);
  if (options.out !== undefined) checkWritable(options.out, options.force);
  const exported = valueOr<PostingExport>(await core.dispatch('postings:export', { roleId: role.id, format: options.format }));
  if (options.out === undefined) {
    await write(io.stdout, exported.content);
    return;
  }
  writeOut(options.out, exported.content, options.force);
  await write(io.stdout, `Wrote ${options.out}\n`);
}

export async function careersSite(core: Core, options: CareersSiteOptions, io: CliIo): Promise<void> {
  const outDir = path.resolve(options.out);
  const result = await core.dispatch('careers:export', { outDir, force: options.force });
  if (!result.ok && result.error.code === 'conflict' && !options.force) {
    throw new CliFailure(`${result.error.message} Or add --force to write the site into it anyway: files with the site's names are replaced, nothing else is touched.`);
  }
  const site = valueOr<CareersExport>(result);
  const roles = `${site.roles} open ${site.roles === 1 ? 'role' : 'roles'}`;
  await write(io.stdout, `Wrote a careers site with ${roles} to ${outDir} (${site.files.length} files). Upload the whole folder to your web host.\n`);
}
