// Test helpers for offers: an offer on the interview seed's second application, and valid (or well-formed but
// refused) inputs for every offers channel, for the fuzzer and the dispatch output checks. Runs in Vitest (Node).
import type { Core } from '../../electron/core';
import type { Channel, Offer } from '../../electron/contract';
import type { InterviewSeed } from './interviews-seed';
import { call } from './applicants';

export interface OffersSeed {
  offerId: string;
  applicationId: string;
}

export async function seedOffers(core: Core, interviews: InterviewSeed): Promise<OffersSeed> {
  const applicationId = interviews.applicationIds[1] ?? '';
  const offer = await call<Offer>(core, 'offers:create', { applicationId, payAmount: 52000, payText: 'plus a yearly bonus', startOn: '2027-01-04', expiresOn: '2099-12-18' });
  return { offerId: offer.id, applicationId };
}

/** Valid inputs for every offers channel. */
export function offerInputs(seed: OffersSeed, interviews: InterviewSeed, unknown: { id: string }) {
  const [first = ''] = interviews.applicationIds;
  return {
    'offers:list': [{}, { applicationId: seed.applicationId }, { candidateId: interviews.candidateIds[1] ?? '', open: true, timeZone: 'Europe/Berlin' }],
    'offers:create': [
      { applicationId: first, payAmount: 18.5, payCurrency: 'EUR', payPeriod: 'hour', startOn: '2027-02-01', expiresOn: '2099-01-15', note: 'Verbal yes' },
      { applicationId: seed.applicationId, payText: 'As discussed' },
      { applicationId: unknown.id },
    ],
    'offers:update': [
      { id: seed.offerId, patch: { payAmount: 54000, expiresOn: '2099-12-31' } },
      { id: seed.offerId, patch: { payText: '', startOn: null }, timeZone: 'Europe/London' },
      { id: unknown.id, patch: { note: 'x' } },
    ],
    'offers:set-status': [
      { id: seed.offerId, status: 'declined' },
      { id: seed.offerId, status: 'accepted', timeZone: 'Europe/Berlin' },
      { id: unknown.id, status: 'expired' },
    ],
    'offers:letter-pdf': [{ id: seed.offerId }, { id: unknown.id }],
  };
}

/** Calls every offers channel once with a valid input (dispatch output checks; the letter through the test's stand-in printer). */
export async function checkOfferChannels(core: Core, interviews: InterviewSeed, check: (channel: Channel, input: unknown) => Promise<unknown>): Promise<void> {
  const seed = await seedOffers(core, interviews);
  await check('offers:list', { applicationId: seed.applicationId });
  await check('offers:letter-pdf', { id: seed.offerId });
  await check('offers:update', { id: seed.offerId, patch: { note: 'Sent by post too' } });
  await check('offers:set-status', { id: seed.offerId, status: 'accepted' });
  await check('offers:create', { applicationId: interviews.applicationIds[0] ?? '', payAmount: 40000 });
}
