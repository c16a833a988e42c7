// An offer's status and its words, on their own so the board's cards (pipeline-schemas.ts) and the offers
// (offer-schemas.ts) share them without importing each other. Runs anywhere.
import { z } from 'zod';

export const OFFER_STATUSES = ['sent', 'accepted', 'declined', 'expired'] as const;
export const OfferStatus = z.enum(OFFER_STATUSES, { message: `Choose a status: ${OFFER_STATUSES.join(', ')}` });
export type OfferStatus = z.infer<typeof OfferStatus>;

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  sent: 'Offer sent',
  accepted: 'Offer accepted',
  declined: 'Offer declined',
  expired: 'Offer expired',
};
