// Posting operations the handlers share: load a role as a posting model, export it as text formats,
// print it (with a running footer when it spans pages), and write the careers site. Runs in plain Node.
import type { ExportFormat, PostingExport, PostingLayout, Role } from '../../contract';
import { toCompany } from '../company/company-handlers';
import { getCompany } from '../company/company-repo';
import type { CoreContext } from '../core-context';
import { cleanSections, loadDescription } from '../descriptions/descriptions-service';
import { DomainError, notFound } from '../errors';
import { readAttachment } from '../files/attachment-store';
import { getRole, listRoles } from '../roles/roles-repo';
import { buildCareersSite } from './careers-site';
import { PrinterUnavailableError, type PrintOptions, type PrintResult } from './pdf-printer';
import { SANS_STACK, footerFontCss } from './posting-fonts';
import { slugify } from './posting-format';
import { postingHtml } from './posting-html';
import { postingJsonLdText } from './posting-jsonld';
import { postingMarkdown } from './posting-markdown';
import { buildPostingModel, type PostingModel } from './posting-model';
import { postingText } from './posting-text';
import { checkTargets, openExportFolder, otherEntries, removeOwned, writeInside, writeMarker } from './export-folder';
import { refuse } from './postings-files';

export function loadPosting(ctx: CoreContext, roleOrId: string | Role): PostingModel {
  const role = typeof roleOrId === 'string' ? getRole(ctx.db, roleOrId) : roleOrId;
  if (!role) throw notFound('That role');
  const sections = cleanSections(loadDescription(ctx, role.id).sections);
  const company = toCompany(getCompany(ctx.db), ctx);
  return buildPostingModel({ role, company, sections, today: ctx.now().toISOString().slice(0, 10) });
}

/** Open, unarchived roles, by title: what the careers site and the batch PDF publish. */
export function openRoles(ctx: CoreContext): Role[] {
  return listRoles(ctx.db, { statuses: ['open'], archived: 'exclude', search: '', sort: 'title', direction: 'asc' });
}

const FORMATS: Record<ExportFormat, { ext: string; mimeType: string; render: (m: PostingModel) => string }> = {
  md: { ext: 'md', mimeType: 'text/markdown; charset=utf-8', render: postingMarkdown },
  txt: { ext: 'txt', mimeType: 'text/plain; charset=utf-8', render: postingText },
  html: { ext: 'html', mimeType: 'text/html; charset=utf-8', render: (m) => postingHtml(m, 'classic') },
  jsonld: { ext: 'jsonld', mimeType: 'application/ld+json', render: postingJsonLdText },
};

export function exportPosting(model: PostingModel, format: ExportFormat): PostingExport {
  const spec = FORMATS[format];
  return { fileName: `${slugify(model.title)}.${spec.ext}`, mimeType: spec.mimeType, content: spec.render(model) };
}

/** "head-baker.pdf", or "head-baker-flyer.pdf" for the flyer; `slug` from slugify or uniqueSlugs. */
export function pdfFileName(slug: string, layout: PostingLayout): string {
  return layout === 'flyer' ? `${slug}-flyer.pdf` : `${slug}.pdf`;
}

export function printFailure(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof PrinterUnavailableError) return new DomainError('unavailable', error.message);
  const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new DomainError('unavailable', `The PDF could not be printed (${why}). Please try again.`);
}

// A classic page holds roughly 3,500 characters of body text; well past that, the posting surely needs
// more than one page, and printing with the footer straight away saves a second print.
const SURELY_MULTI_PAGE_CHARS = 6_000;

function textLength(model: PostingModel): number {
  const blocks = model.sections.flatMap((s) => s.blocks);
  const runs = blocks.flatMap((b) => (b.type === 'p' ? b.runs : b.items.flatMap((i) => i.runs)));
  return runs.reduce((sum, r) => sum + ('text' in r ? r.text.length : 0), model.apply.instructions.length);
}

function footerOf(model: PostingModel): PrintOptions['footer'] {
  const text = [model.company.name, model.title].filter((p) => p !== '').join(' · ');
  return { text, fontCss: footerFontCss(), fontFamily: SANS_STACK };
}

/**
 * Prints the posting. A classic posting that runs over one page carries a running footer (company · title,
 * "Page N of M"), drawn by Chromium into the bottom margin, so adding it does not move the pages; a
 * one-page posting stays free of a lone "Page 1 of 1". Whether it needs one is known after printing, so a
 * guess from the text length picks the first print and a wrong guess costs one reprint.
 */
export async function printPosting(ctx: CoreContext, model: PostingModel, layout: PostingLayout): Promise<PrintResult> {
  const printer = ctx.printer();
  const html = postingHtml(model, layout);
  const paperSize = model.paperSize;
  try {
    if (layout === 'flyer') return await printer.print(html, { paperSize });
    const guessLong = textLength(model) > SURELY_MULTI_PAGE_CHARS;
    const first = await printer.print(html, guessLong ? { paperSize, footer: footerOf(model) } : { paperSize });
    if (guessLong === first.pages > 1) return first;
    return await printer.print(html, first.pages > 1 ? { paperSize, footer: footerOf(model) } : { paperSize });
  } catch (error) {
    throw printFailure(error);
  }
}

/** The marker a careers export leaves, listing its files, so a re-export replaces exactly those. */
export const SITE_MARKER = '.hirebook-careers.json';

const FORCE_IN_APP = 'Choose an empty folder, or one Hirebook exported a careers page to before.';

/**
 * Writes the careers site for the open roles into a folder the owner chose: an empty one or a previous
 * export (whose files it replaces, removing pages of roles that closed). `force` (the CLI's --force) also
 * writes into a folder with other files, replacing those with the site's names; it never deletes a file
 * the marker does not list, and never writes through a link.
 */
export function exportCareersSite(ctx: CoreContext, outDir: string, force = false): { files: string[]; roles: number } {
  ctx.grants.checkFolder(outDir, ['outDir']);
  if (force && ctx.grants.required) throw refuse(FORCE_IN_APP);
  const folder = openExportFolder(outDir, SITE_MARKER);
  if (!folder.hadMarker && !force && otherEntries(folder).length > 0) {
    throw new DomainError('conflict', `${folder.dir} already has other files in it. Choose an empty folder (or one Hirebook exported a careers site to before).`);
  }
  const roles = openRoles(ctx);
  const record = getCompany(ctx.db);
  const bytes = record.logo ? readAttachment(ctx.attachmentsDir, record.logo.sha256) : null;
  const files = buildCareersSite({
    company: {
      name: record.name,
      website: record.website,
      paperSize: record.paperSize,
      logo: record.logo && bytes ? { mimeType: record.logo.mimeType, bytes } : null,
    },
    postings: roles.map((role) => loadPosting(ctx, role)),
  });
  const written = files.map((f) => f.path);
  checkTargets(folder, written, force);
  for (const file of files) writeInside(folder, file.path, file.content, force);
  removeOwned(folder, written);
  writeMarker(folder, written);
  return { files: written, roles: roles.length };
}
