// The retention channels: read and change the company's retention default, list who is due for deletion,
// erase people from that list, and the privacy notice. Runs in plain Node, called only through dispatch.
import type { RetentionChannel } from '../../contract';
import { getCompany } from '../company/company-repo';
import type { HandlerGroup } from '../handlers';
import { getRetentionSettings } from './retention-repo';
import { privacyNotice } from './retention-rules';
import { changeRetentionSettings, eraseDue, ownersDay, retentionDue } from './retention-service';

export const retentionHandlers: HandlerGroup<RetentionChannel> = {
  'retention:settings': (_input, ctx) => getRetentionSettings(ctx.db),

  'retention:set-settings': (input, ctx) => changeRetentionSettings(ctx, input),

  'retention:due': ({ timeZone }, ctx) => retentionDue(ctx.db, ownersDay(ctx.now(), timeZone)),

  // Each person in their own transaction (eraseCandidate reports each as changed).
  'retention:erase': ({ ids, timeZone }, ctx) => eraseDue(ctx, ids, ownersDay(ctx.now(), timeZone)),

  'retention:notice': (_input, ctx) => {
    const company = getCompany(ctx.db);
    return privacyNotice(company.name, company.website, getRetentionSettings(ctx.db));
  },
};
