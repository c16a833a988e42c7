// Job offers on an application: the pay, start date and expiry, the status (sent, accepted, declined, expired),
// the changes between them, and the offer letter printed to PDF. Runs anywhere.
import { z } from 'zod';
import { CurrencyCode, IsoDate, IsoDateTime, Uuid, text } from './common-schemas';
import { TimeZoneName } from './interview-schemas';
import { Application } from './pipeline-schemas';
import { OfferStatus } from './offer-status';
import { ROLE_LIMITS, RoleStatus, SalaryPeriod } from './roles-schemas';

export * from './offer-status';

export const OFFER_LIMITS = { payText: 500, note: 2000 } as const;

/** The pay as roles keep their salary: one amount with its currency and period (null: no figure). */
const PayAmount = z
  .number({ message: 'Enter a number' })
  .finite()
  .min(0, { message: 'Pay cannot be negative' })
  .max(ROLE_LIMITS.salary, { message: 'That pay looks too large' })
  .nullable();

/** What the owner fills in on an offer; each field may be left out when editing. */
const OfferFields = {
  payAmount: PayAmount,
  payCurrency: CurrencyCode,
  payPeriod: SalaryPeriod,
  /** The pay in the owner's own words, beside or instead of the amount ("plus a yearly bonus"). */
  payText: text(OFFER_LIMITS.payText),
  startOn: IsoDate.nullable(),
  /** The last day the offer is open (inclusive, on the owner's calendar). */
  expiresOn: IsoDate.nullable(),
  note: text(OFFER_LIMITS.note),
};

export const Offer = z.object({
  id: Uuid,
  applicationId: Uuid,
  candidateId: Uuid,
  roleId: Uuid,
  /** For lists: the candidate's name and the role's title. */
  candidateName: z.string(),
  roleTitle: z.string(),
  /** As it reads today: a sent offer whose expiry day has passed reads 'expired'. */
  status: OfferStatus,
  /** As stored; differs from `status` only for a sent offer that lapsed. */
  storedStatus: OfferStatus,
  payAmount: z.number().nullable(),
  payCurrency: z.string(),
  payPeriod: SalaryPeriod,
  payText: z.string(),
  /** The pay in words ("$52,000 a year · plus a yearly bonus"); '' when none is given. */
  payWords: z.string(),
  startOn: IsoDate.nullable(),
  expiresOn: IsoDate.nullable(),
  note: z.string(),
  sentAt: IsoDateTime,
  /** When it was accepted, declined or marked expired; null while sent. */
  decidedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Offer = z.infer<typeof Offer>;

export const OffersListInput = z
  .object({
    /** One application's offers (newest first). */
    applicationId: Uuid.optional(),
    /** One candidate's offers, on any of their applications. */
    candidateId: Uuid.optional(),
    /** Only offers still open: sent and not past their expiry day. */
    open: z.boolean().default(false),
    /** The owner's zone, for "today" (the renderer sends it); else the computer's. */
    timeZone: TimeZoneName.optional(),
  })
  .strict();
export type OffersListInput = z.input<typeof OffersListInput>;

export const OfferList = z.object({ offers: z.array(Offer) });
export type OfferList = z.infer<typeof OfferList>;

/** A new offer, sent now. Currency and period default to the role's salary fields. */
export const OfferCreateInput = z
  .object({
    applicationId: Uuid,
    payAmount: OfferFields.payAmount.default(null),
    payCurrency: OfferFields.payCurrency.optional(),
    payPeriod: OfferFields.payPeriod.optional(),
    payText: OfferFields.payText.default(''),
    startOn: OfferFields.startOn.default(null),
    expiresOn: OfferFields.expiresOn.default(null),
    note: OfferFields.note.default(''),
    timeZone: TimeZoneName.optional(),
  })
  .strict();
export type OfferCreateInput = z.input<typeof OfferCreateInput>;

export const OfferUpdateInput = z
  .object({
    id: Uuid,
    patch: z.object(OfferFields).partial().strict(),
    timeZone: TimeZoneName.optional(),
  })
  .strict();
export type OfferUpdateInput = z.input<typeof OfferUpdateInput>;

export const OfferSetStatusInput = z.object({ id: Uuid, status: OfferStatus, timeZone: TimeZoneName.optional() }).strict();
export type OfferSetStatusInput = z.input<typeof OfferSetStatusInput>;

/** What a status change did beside the offer, so the window can offer Undo. */
export const OfferStatusResult = z.object({
  offer: Offer,
  /** The application as it is now (moved to the hired stage when the offer was accepted). */
  application: Application,
  /** Where the card was before an acceptance moved it to Hired: its stage and the card below it; null when it did not move. */
  movedFrom: z.object({ stageId: Uuid, beforeApplicationId: Uuid.nullable() }).nullable(),
  /** The role marked filled by this acceptance (its openings all taken), with the status it had; null when not. */
  roleFilled: z.object({ roleId: Uuid, previousStatus: RoleStatus }).nullable(),
});
export type OfferStatusResult = z.infer<typeof OfferStatusResult>;

export const OfferLetterInput = z
  .object({
    id: Uuid,
    /** An offer template (messages); the first offer template when left out. */
    templateId: Uuid.optional(),
  })
  .strict();
export type OfferLetterInput = z.input<typeof OfferLetterInput>;

export const OfferLetterPdf = z.object({
  fileName: z.string(),
  base64: z.string(),
  pages: z.number().int().min(1),
  /** Placeholders left as typed in the letter (unknown, or nothing to fill in, such as no start date). */
  unfilled: z.array(z.string()),
});
export type OfferLetterPdf = z.infer<typeof OfferLetterPdf>;
