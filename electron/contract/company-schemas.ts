// The company profile (one per data file): the name, address and look used on postings. Runs anywhere.
import { z } from 'zod';
import { Address, AddressPatch, CurrencyCode, FilePath, IsoDateTime, OptionalWebUrl, text } from './common-schemas';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export const PaperSize = z.enum(PAPER_SIZES);
export type PaperSize = z.infer<typeof PaperSize>;

export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** Largest logo accepted, in bytes (a logo on a posting never needs more). */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/** A new logo: the image file's path; the core reads it, and its bytes decide the type (SVG is refused: it can carry scripts). */
export const LogoUpload = z.object({ path: FilePath }).strict();
export type LogoUpload = z.infer<typeof LogoUpload>;

export const CompanyFields = z.object({
  name: text(200),
  website: OptionalWebUrl,
  address: Address,
  defaultCurrency: CurrencyCode,
  paperSize: PaperSize,
});

export const Company = CompanyFields.extend({
  /** The stored logo as a data: URL for display, or null. */
  logo: z
    .object({ mimeType: z.enum(LOGO_MIME_TYPES), sha256: z.string(), dataUrl: z.string() })
    .nullable(),
  updatedAt: IsoDateTime,
});
export type Company = z.infer<typeof Company>;

export const CompanyUpdateInput = CompanyFields.extend({
  address: AddressPatch,
  /** A new logo, null to remove it, absent to keep it. */
  logo: LogoUpload.nullable(),
})
  .partial()
  .strict();
export type CompanyUpdateInput = z.infer<typeof CompanyUpdateInput>;
