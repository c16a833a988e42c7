// The sample bakery's applications: the sample people placed on the open roles' boards, with stage moves
// spread over past weeks, ratings, a few rejected or withdrawn with reasons, and one hire. Only people
// created by this load get applications, and only on sample roles (never on the owner's role of the same
// title), so loading twice adds nothing. Runs in plain Node inside sample:load.
import type { RatingPoint } from '../../contract';
import type { CoreContext } from '../core-context';
import { setRating, type ApplicationRow } from '../applications/applications-repo';
import { createApplication, moveTo, rejectApplication } from '../applications/applications-service';
import { ensureStages } from '../pipeline/stages-repo';
import { candidateIdByEmail, rejectionReasonIdByLabel, sampleRoleIdByTitle } from './sample-repo';

interface Step {
  stage: string;
  daysAgo: number;
  note?: string;
}

interface Plan {
  email: string;
  role: string;
  steps: Step[];
  /** Your own rating: 1 Strong no, 2 No, 3 Yes, 4 Strong yes. */
  rating?: RatingPoint;
  closed?: { reason: string; daysAgo: number; note?: string };
}

const PLANS: readonly Plan[] = [
  { email: 'amara.okafor@example.com', role: 'Head Baker', rating: 4, steps: [{ stage: 'Applied', daysAgo: 11 }, { stage: 'Screening', daysAgo: 9 }, { stage: 'Interview', daysAgo: 4, note: 'Bake-off booked for Saturday, 4 am' }] },
  { email: 'oksana.kovalenko@example.org', role: 'Head Baker', rating: 2, steps: [{ stage: 'Applied', daysAgo: 10 }, { stage: 'Screening', daysAgo: 6 }] },
  { email: 'mateo.rossi@example.it', role: 'Head Baker', steps: [{ stage: 'Applied', daysAgo: 2 }] },
  { email: 'meiling.wang@example.com', role: 'Head Baker', steps: [{ stage: 'Applied', daysAgo: 9 }], closed: { reason: 'Lacks experience', daysAgo: 5, note: 'Lovely decorating; no bread background yet' } },
  { email: 'jose.nunez@example.com', role: 'Barista', rating: 3, steps: [{ stage: 'Applied', daysAgo: 5 }, { stage: 'Screening', daysAgo: 4 }, { stage: 'Interview', daysAgo: 3 }, { stage: 'Offer', daysAgo: 1, note: 'Offered 20 hours a week' }] },
  { email: 'priya.r@example.net', role: 'Barista', rating: 3, steps: [{ stage: 'Applied', daysAgo: 5 }, { stage: 'Interview', daysAgo: 2 }] },
  { email: 'layla.haddad@example.com', role: 'Barista', steps: [{ stage: 'Applied', daysAgo: 3 }] },
  { email: 'eunji.kim@example.kr', role: 'Barista', rating: 2, steps: [{ stage: 'Applied', daysAgo: 1 }] },
  { email: 'siobhan.nibhriain@example.ie', role: 'Barista', steps: [{ stage: 'Applied', daysAgo: 5 }, { stage: 'Screening', daysAgo: 4 }], closed: { reason: 'Accepted another offer', daysAgo: 2 } },
  { email: 'kenji.watanabe@example.com', role: 'Weekend Pastry Cook', rating: 4, steps: [{ stage: 'Applied', daysAgo: 8 }, { stage: 'Interview', daysAgo: 3 }] },
  { email: 'tomasz.wisniewski@example.pl', role: 'Early-Morning Delivery Driver', rating: 3, steps: [{ stage: 'Applied', daysAgo: 7 }, { stage: 'Screening', daysAgo: 2 }] },
  { email: 'ngozi.eze@example.com', role: 'Dishwasher & Kitchen Porter', rating: 4, steps: [{ stage: 'Applied', daysAgo: 55 }, { stage: 'Interview', daysAgo: 48 }, { stage: 'Hired', daysAgo: 41, note: 'Starts Monday, evenings' }] },
];

function daysAgo(ctx: CoreContext, days: number): string {
  return new Date(ctx.now().getTime() - days * 86_400_000).toISOString();
}

function placeOne(ctx: CoreContext, plan: Plan, candidateId: string, roleId: string): ApplicationRow {
  const stages = ensureStages(ctx.db, roleId, ctx.now().toISOString());
  const stage = (name: string) => stages.find((s) => s.name === name) ?? stages[0];
  const [first, ...moves] = plan.steps;
  let app = createApplication(ctx.db, candidateId, roleId, stage(first?.stage ?? 'Applied')?.id, daysAgo(ctx, first?.daysAgo ?? 0));
  for (const step of moves) {
    const target = stage(step.stage);
    if (target) app = moveTo(ctx.db, app, target, daysAgo(ctx, step.daysAgo), { note: step.note ?? '' });
  }
  if (plan.rating !== undefined) setRating(ctx.db, app.id, plan.rating, null);
  const reasonId = plan.closed ? rejectionReasonIdByLabel(ctx.db, plan.closed.reason) : null;
  if (plan.closed && reasonId) app = rejectApplication(ctx.db, app, reasonId, plan.closed.note ?? '', daysAgo(ctx, plan.closed.daysAgo));
  return app;
}

/** Applications for the sample people this load created (matched by email); returns them. */
export function insertSampleApplications(ctx: CoreContext, newCandidateIds: readonly string[]): ApplicationRow[] {
  const fresh = new Set(newCandidateIds);
  const placed: ApplicationRow[] = [];
  for (const plan of PLANS) {
    const candidateId = candidateIdByEmail(ctx.db, plan.email);
    const roleId = sampleRoleIdByTitle(ctx.db, plan.role);
    if (candidateId === null || roleId === null || !fresh.has(candidateId)) continue;
    placed.push(placeOne(ctx, plan, candidateId, roleId));
  }
  return placed;
}
