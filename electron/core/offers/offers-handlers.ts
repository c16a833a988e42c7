// The offers channels: glue between parsed input and offers-service.ts; the letter goes to the same PdfPrinter as
// postings and reports. Runs in plain Node, called only through dispatch.
import type { OffersChannel } from '../../contract';
import type { CoreContext } from '../core-context';
import type { HandlerGroup } from '../handlers';
import { printFailure } from '../postings/postings-service';
import { createOffer, listOffers, offerLetter, setOfferStatus, updateOffer } from './offers-service';

/** Reads in one snapshot (a deferred transaction: it takes no write lock). */
const snapshot = <T>(ctx: CoreContext, read: () => T): T => ctx.db.transaction(read)();

export const offersHandlers: HandlerGroup<OffersChannel> = {
  'offers:list': (input, ctx) => ({ offers: snapshot(ctx, () => listOffers(ctx.db, input, ctx.now())) }),
  'offers:create': (input, ctx) => createOffer(ctx, input),
  'offers:update': (input, ctx) => updateOffer(ctx, input),
  'offers:set-status': (input, ctx) => setOfferStatus(ctx, input),
  'offers:letter-pdf': async (input, ctx) => {
    const letter = snapshot(ctx, () => offerLetter(ctx.db, input, ctx.now()));
    try {
      const printed = await ctx.printer().print(letter.html, { paperSize: letter.paperSize });
      return { fileName: letter.fileName, base64: Buffer.from(printed.pdf).toString('base64'), pages: printed.pages, unfilled: letter.unfilled };
    } catch (error) {
      throw printFailure(error);
    }
  },
};
