// The company channels: read the profile (logo as a data: URL) and apply partial updates, storing
// a new logo content-addressed before the row points at it. Runs in plain Node via dispatch.
import { LOGO_MAX_BYTES, type Company, type CompanyUpdateInput, type CompanyChannel } from '../../contract';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { putAttachment, readAttachment } from '../files/attachment-store';
import { readFileLimited } from '../files/read-file';
import type { HandlerGroup } from '../handlers';
import { getCompany, saveCompany, type CompanyRecord } from './company-repo';
import { checkLogo, LOGO_TOO_LARGE, toDataUrl } from './company-rules';

export function toCompany(record: CompanyRecord, ctx: CoreContext): Company {
  const { logo, ...fields } = record;
  const bytes = logo ? readAttachment(ctx.attachmentsDir, logo.sha256) : null;
  return {
    ...fields,
    address: { ...fields.address },
    logo: logo && bytes ? { ...logo, dataUrl: toDataUrl(logo.mimeType, bytes) } : null,
  };
}

/** The new logo reference: unchanged when absent, cleared for null, else checked and stored. */
function nextLogo(input: CompanyUpdateInput, current: CompanyRecord, ctx: CoreContext): CompanyRecord['logo'] {
  if (input.logo === undefined) return current.logo;
  if (input.logo === null) return null;
  ctx.grants.checkFile(input.logo.path, ['logo', 'path']);
  const file = readFileLimited(input.logo.path, { maxBytes: LOGO_MAX_BYTES, what: 'logo', field: ['logo', 'path'], tooLargeMessage: () => LOGO_TOO_LARGE });
  const logo = checkLogo(file.bytes);
  // The file goes in first: if the row update fails, an unreferenced file is harmless.
  putAttachment(ctx.attachmentsDir, logo.bytes);
  return { sha256: logo.sha256, mimeType: logo.mimeType };
}

/** A patch without its undefined keys: `{ name: undefined }` (valid JSON-less input) must not blank a field. */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function updateCompany(ctx: CoreContext, input: CompanyUpdateInput): CompanyRecord {
  const record = ctx.db.transaction(() => {
    const current = getCompany(ctx.db);
    const { logo: _logo, address, ...fields } = input;
    const next: CompanyRecord = {
      ...current,
      ...definedOnly(fields),
      address: { ...current.address, ...definedOnly(address ?? {}) },
      logo: nextLogo(input, current, ctx),
      updatedAt: nextStamp(ctx, current.updatedAt),
    };
    saveCompany(ctx.db, next);
    return next;
  }).immediate();
  ctx.changed('company', []);
  return record;
}

export const companyHandlers: HandlerGroup<CompanyChannel> = {
  'company:get': (_input, ctx) => toCompany(getCompany(ctx.db), ctx),
  'company:update': (input, ctx) => toCompany(updateCompany(ctx, input), ctx),
};
