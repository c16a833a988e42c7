// The interview kit channels: read, generate from the role's requirements, save the owner's list, and the
// printable kit as HTML, PDF (same printer as postings) or through the print dialog. Runs in plain Node
// via dispatch.
import type { KitPdf, KitsChannel } from '../../contract';
import { nextStamp } from '../clock';
import { getCompany } from '../company/company-repo';
import type { CoreContext } from '../core-context';
import { DomainError } from '../errors';
import type { HandlerGroup } from '../handlers';
import { NO_PRINT_DIALOG } from '../platform-services';
import { SANS_STACK, footerFontCss } from '../postings/posting-fonts';
import { slugify } from '../postings/posting-format';
import { printFailure } from '../postings/postings-service';
import { kitHtml, type KitPrintModel } from './kit-html';
import { generateKit, loadKit, saveKit } from './kits-repo';

function printModel(ctx: CoreContext, roleId: string): KitPrintModel {
  const kit = loadKit(ctx.db, roleId);
  const company = getCompany(ctx.db);
  return { companyName: company.name, roleTitle: kit.roleTitle, paperSize: company.paperSize, items: kit.items };
}

async function kitPdf(ctx: CoreContext, roleId: string): Promise<KitPdf> {
  const model = printModel(ctx, roleId);
  const html = kitHtml(model);
  try {
    const printer = ctx.printer();
    const once = await printer.print(html, { paperSize: model.paperSize });
    // A kit that runs over a page is reprinted with the running footer (company · role, "Page N of M").
    const footer = { text: [model.companyName, `Interview kit: ${model.roleTitle}`].filter((p) => p !== '').join(' · '), fontCss: footerFontCss(), fontFamily: SANS_STACK };
    const printed = once.pages > 1 ? await printer.print(html, { paperSize: model.paperSize, footer }) : once;
    const fileName = `interview-kit-${slugify(model.roleTitle) || 'role'}.pdf`;
    return { fileName, base64: Buffer.from(printed.pdf).toString('base64'), pages: printed.pages };
  } catch (error) {
    throw printFailure(error);
  }
}

export const kitsHandlers: HandlerGroup<KitsChannel> = {
  'kits:get': ({ roleId }, ctx) => loadKit(ctx.db, roleId),

  'kits:generate': ({ roleId }, ctx) => {
    const { kit, added } = ctx.db.transaction(() => generateKit(ctx.db, roleId, nextStamp(ctx))).immediate();
    if (added > 0) ctx.changed('kits', [roleId]);
    return kit;
  },

  'kits:save': (input, ctx) => {
    const kit = ctx.db.transaction(() => saveKit(ctx.db, input, nextStamp(ctx))).immediate();
    ctx.changed('kits', [input.roleId]);
    return kit;
  },

  'kits:html': ({ roleId }, ctx) => ({ html: kitHtml(printModel(ctx, roleId)) }),

  'kits:pdf': ({ roleId }, ctx) => kitPdf(ctx, roleId),

  'kits:print': async ({ roleId }, ctx) => {
    const model = printModel(ctx, roleId);
    const printHtml = ctx.platform?.printHtml;
    if (!printHtml) throw new DomainError('unavailable', NO_PRINT_DIALOG);
    try {
      return { printed: await printHtml(kitHtml(model), { paperSize: model.paperSize }) };
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new DomainError('unavailable', `The kit could not be printed (${why}). Save a PDF instead and print that.`);
    }
  },
};
