// The sample bakery's candidates: a dozen believable people (names in several scripts, every source,
// tags) and the idempotent loader. Pure data plus one insert helper. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import { CandidateDraft } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { normalizeEmail } from '../candidates/candidates-rules';
import { insertCandidate, newCandidate } from '../candidates/candidates-repo';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { candidateIdByEmail } from './sample-repo';

export const SAMPLE_CANDIDATES: readonly CandidateDraft[] = [
  { fullName: 'Amara Okafor', emails: ['amara.okafor@example.com'], phones: ['+1 503 555 0142'], location: 'Portland, OR', source: 'job_board', sourceDetail: 'Indeed', tags: ['baker', 'sourdough', 'early shifts'], summary: 'Six years of bread and viennoiserie; ran the morning bake at a 40-seat café.' },
  { fullName: 'José Núñez García', emails: ['jose.nunez@example.com'], phones: ['(503) 555-0172'], location: 'Gresham, OR', source: 'walk_in', tags: ['barista', 'bilingual'], summary: 'Dropped off a CV at the counter; pulls a consistent shot and speaks Spanish with regulars.' },
  { fullName: '王美玲 (Meiling Wang)', emails: ['meiling.wang@example.com'], phones: ['+1 971 555 0123'], location: 'Beaverton, OR', source: 'referral', sourceDetail: 'Dev Patel', tags: ['pastry', 'decorating'] },
  { fullName: 'Priya Raghunathan', emails: ['priya.r@example.net'], phones: ['+1 503 555 0178'], location: 'Portland, OR', source: 'website', tags: ['barista', 'latte art'], linkedinUrl: 'https://www.linkedin.com/in/priya-raghunathan-example' },
  { fullName: 'Оксана Коваленко (Oksana Kovalenko)', emails: ['oksana.kovalenko@example.org'], phones: ['+1 503 555 0164'], location: 'Milwaukie, OR', source: 'agency', sourceDetail: 'Rose City Staffing', tags: ['baker', 'night shift'] },
  { fullName: 'Kenji Watanabe', emails: ['kenji.watanabe@example.com'], phones: ['503-555-0107'], location: 'Portland, OR', source: 'job_board', sourceDetail: 'Culinary Agents', tags: ['pastry', 'laminated dough'], portfolioUrl: 'https://kenji-bakes.example' },
  { fullName: 'ليلى حداد (Layla Haddad)', emails: ['layla.haddad@example.com'], phones: ['+1 360 555 0135'], location: 'Vancouver, WA', source: 'website', tags: ['cashier', 'customer service'] },
  { fullName: 'Siobhán Ní Bhriain', emails: ['siobhan.nibhriain@example.ie'], phones: ['+1 503 555 0186'], location: 'Portland, OR', source: 'referral', sourceDetail: 'Marisol Ortega', tags: ['barista', 'supervisor'] },
  { fullName: 'Tomasz Wiśniewski', emails: ['tomasz.wisniewski@example.pl'], phones: ['+1 503 555 0151'], location: 'Tigard, OR', source: 'job_board', sourceDetail: 'Craigslist', tags: ['delivery', 'driver licence'] },
  { fullName: 'Ngozi Eze', emails: ['ngozi.eze@example.com'], phones: ['+1 971 555 0190'], location: 'Portland, OR', source: 'walk_in', tags: ['dishwasher', 'weekends'] },
  { fullName: 'Mateo Rossi', emails: ['mateo.rossi@example.it'], phones: ['+1 503 555 0113'], location: 'Lake Oswego, OR', source: 'other', sourceDetail: 'Farmers market stall', tags: ['baker', 'pizza'] },
  { fullName: '김은지 (Eunji Kim)', emails: ['eunji.kim@example.kr'], phones: ['+1 503 555 0128'], location: 'Portland, OR', source: 'website', tags: ['barista', 'part time'], retentionUntil: null },
];

/** Adds the sample people not already present (by email), each logged; returns the new ids. */
export function insertMissingCandidates(ctx: CoreContext): string[] {
  const created: string[] = [];
  for (const draft of SAMPLE_CANDIDATES) {
    const fields = CandidateDraft.parse(draft);
    if (fields.emails.some((email) => candidateIdByEmail(ctx.db, normalizeEmail(email)) !== null)) continue;
    const candidate = newCandidate(randomUUID(), fields, nextStamp(ctx));
    insertCandidate(ctx.db, candidate);
    const details = { fullName: candidate.fullName, source: candidate.source, sample: true };
    logActivity(ctx.db, { entityType: 'candidate', entityId: candidate.id, action: 'created', details, at: candidate.createdAt });
    created.push(candidate.id);
  }
  return created;
}
