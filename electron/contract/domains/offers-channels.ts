// Offers: a job offer on an application, its status, and its letter.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./offers-contract.ts and a handler in core/offers/offers-handlers.ts (else a type error).

export const OFFERS_CHANNELS = ['offers:list', 'offers:create', 'offers:update', 'offers:set-status', 'offers:letter-pdf'] as const;

export type OffersChannel = (typeof OFFERS_CHANNELS)[number];
