// Offer acceptance: offers sent in the range, how each stands today (a sent offer past its expiry day counts as
// expired, offers-rules.ts), all together, then by role and by the candidate's source. Composes reports-repo (SQL)
// and the rules; runs inside the handler's read. Runs in plain Node.
import { CANDIDATE_SOURCE_LABELS, type CandidateSource } from '../../contract';
import type { Db } from '../db/open-database';
import { offerStatusOn } from '../offers/offers-rules';
import type { Built } from './pipeline-reports-service';
import type { InstantRange } from './report-range-rules';
import { share } from './report-stats-rules';
import { sentOffers } from './reports-repo';

interface Tally {
  sent: number;
  accepted: number;
  declined: number;
  expired: number;
  open: number;
}

const empty = (): Tally => ({ sent: 0, accepted: 0, declined: 0, expired: 0, open: 0 });

function row(by: string, group: string, t: Tally) {
  return { by, group, sent: t.sent, accepted: t.accepted, declined: t.declined, expired: t.expired, open: t.open, acceptance: share(t.accepted, t.sent) };
}

/** `today` is the owner's calendar day (YYYY-MM-DD), for offers that lapsed without a word. */
export function offerAcceptanceReport(db: Db, roleId: string | null, range: InstantRange, today: string): Built {
  const all = empty();
  const byRole = new Map<string, { title: string; tally: Tally }>();
  const bySource = new Map<string, Tally>();
  for (const offer of sentOffers(db, roleId, range)) {
    const status = offerStatusOn(offer.status, offer.expires_on, today);
    const key = status === 'sent' ? 'open' : status;
    const role = byRole.get(offer.role_id) ?? { title: offer.role_title, tally: empty() };
    const source = bySource.get(offer.source_kind) ?? empty();
    for (const tally of [all, role.tally, source]) {
      tally.sent += 1;
      tally[key] += 1;
    }
    byRole.set(offer.role_id, role);
    bySource.set(offer.source_kind, source);
  }
  if (all.sent === 0) return { rows: [], notes: [] };
  const roles = [...byRole.values()].sort((a, b) => a.title.localeCompare(b.title)).map((r) => row('Role', r.title, r.tally));
  const sources = [...bySource.entries()]
    .map(([kind, tally]) => ({ label: CANDIDATE_SOURCE_LABELS[kind as CandidateSource] ?? kind, tally }))
    .sort((a, b) => a.label.localeCompare(b.label))
    .map((s) => row('Source', s.label, s.tally));
  return {
    rows: [row('All', 'All offers', all), ...roles, ...sources],
    notes: ['Offers still open count as sent and not yet accepted, so the acceptance of a recent range can still rise.'],
  };
}
