// Offers: a job offer on an application, its status, and its letter.
// A spec per name in ./offers-channels.ts, no more, no fewer (else a type error); handlers: core/offers/offers-handlers.ts.
import { Offer, OfferCreateInput, OfferLetterInput, OfferLetterPdf, OfferList, OfferSetStatusInput, OfferStatusResult, OffersListInput, OfferUpdateInput } from '../offer-schemas';
import type { DomainContract } from '../channel-spec';
import type { OffersChannel } from './offers-channels';

export type { OffersChannel };

export const offersContract = {
  'offers:list': { input: OffersListInput, output: OfferList, doc: 'Offers of one application or candidate, or every offer still open, newest first.' },
  'offers:create': { input: OfferCreateInput, output: Offer, doc: 'Make an offer on an application (sent now): pay, start date, expiry; logged on the timeline.' },
  'offers:update': { input: OfferUpdateInput, output: Offer, doc: 'Change an offer’s pay, dates or note.' },
  'offers:set-status': {
    input: OfferSetStatusInput,
    output: OfferStatusResult,
    doc: 'Mark an offer accepted (the card moves to Hired, the role is filled when its openings are all taken), declined, expired, or sent again.',
  },
  'offers:letter-pdf': { input: OfferLetterInput, output: OfferLetterPdf, doc: 'The offer letter from an offer template, printed to PDF (needs the PDF printer).' },
} as const satisfies DomainContract<OffersChannel>;
