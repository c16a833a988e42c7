// The sample bakery's interview kits: a requirements section for three sample roles made by this load
// (only when their description is still empty), the kit generated from it, and a few of the owner's own
// questions. Runs in plain Node inside sample:load.
import type { CoreContext } from '../core-context';
import { listSections, setDescriptionUpdatedAt, writeSections } from '../descriptions/descriptions-repo';
import { generateKit, saveKit } from '../interviews/kits-repo';
import { roleIdByTitle } from './sample-repo';

interface KitPlan {
  role: string;
  requirements: string[];
  questions: { label: string; question: string }[];
  owner: string[];
}

const PLANS: readonly KitPlan[] = [
  {
    role: 'Head Baker',
    requirements: [
      'Three or more years of professional bread baking, including naturally leavened doughs',
      'Able to plan and lead a pre-dawn production shift of two to three bakers',
      'Food handler card, or willing to get one in the first month',
      'Comfortable lifting 50 lb flour sacks and standing for a full shift',
    ],
    questions: [
      { label: 'Walk us through your sourdough schedule for a 300-loaf morning.', question: '' },
      { label: 'Tell us about a batch that went wrong. What did you do?', question: '' },
    ],
    owner: ['Cares about consistency and clean work'],
  },
  {
    role: 'Barista',
    requirements: [
      'Friendly with regulars and calm when the line is out the door',
      'At least six months of espresso bar experience, or a strong willingness to learn',
      'Available for at least two weekend shifts a month',
    ],
    questions: [{ label: 'What would you do if a regular says their latte tastes off?', question: '' }],
    owner: ['Keeps the bar clean and stocked without being asked'],
  },
  {
    role: 'Weekend Pastry Cook',
    requirements: [
      'Experience with laminated doughs such as croissants',
      'Reliable on Saturday and Sunday mornings from 5 am',
    ],
    questions: [],
    owner: [],
  },
];

const QUESTIONS: Record<string, string> = {
  'Friendly with regulars and calm when the line is out the door': 'Tell me about your busiest shift. How did you keep up?',
  'Experience with laminated doughs such as croissants': 'How do you keep butter layers intact on a warm morning?',
  'Three or more years of professional bread baking, including naturally leavened doughs': 'How do you adjust a levain when the kitchen is cold?',
  'Able to plan and lead a pre-dawn production shift of two to three bakers': 'How would you split a 4 am shift between two bakers and an apprentice?',
  'At least six months of espresso bar experience, or a strong willingness to learn': 'Talk me through dialling in the grinder in the morning.',
  'Reliable on Saturday and Sunday mornings from 5 am': 'How do you get here for a 5 am start?',
};

function requirementsHtml(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li><p>${item}</p></li>`).join('')}</ul>`;
}

/** Kits for the sample roles this load created; returns the role ids whose kit it made. */
export function insertSampleKits(ctx: CoreContext, createdRoleIds: readonly string[], at: string): string[] {
  const fresh = new Set(createdRoleIds);
  const made: string[] = [];
  for (const plan of PLANS) {
    const roleId = roleIdByTitle(ctx.db, plan.role);
    if (roleId === null || !fresh.has(roleId)) continue;
    if (listSections(ctx.db, roleId).length === 0) {
      writeSections(ctx.db, roleId, [{ kind: 'requirements', heading: 'What you bring', html: requirementsHtml(plan.requirements) }], at);
      setDescriptionUpdatedAt(ctx.db, roleId, at);
    }
    const { kit } = generateKit(ctx.db, roleId, at);
    const items = [
      ...kit.items.map((item) => ({ id: item.id, kind: item.kind, label: item.label, question: QUESTIONS[item.label] ?? item.question })),
      ...plan.owner.map((label) => ({ kind: 'criterion' as const, label, question: '' })),
      ...plan.questions.map((q) => ({ kind: 'question' as const, label: q.label, question: q.question })),
    ];
    saveKit(ctx.db, { roleId, items }, at);
    made.push(roleId);
  }
  return made;
}
