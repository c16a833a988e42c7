// Roles for posting tests and sample renders: a short one, a long one (four pages in the classic layout)
// and hostile text for every field. Pure data; runs in Vitest and in scripts (tsx).

export interface FixtureSection {
  kind: string;
  heading: string;
  html: string;
}

export const SHORT_ROLE = {
  title: 'Weekend Barista',
  department: 'Front of House',
  location: { street: '1824 SE Division Street', city: 'Portland', region: 'OR', postalCode: '97202', country: 'United States' },
  employmentType: 'part_time',
  salaryMin: 18,
  salaryMax: 22,
  salaryCurrency: 'USD',
  salaryPeriod: 'hour',
  openings: 2,
  status: 'open',
  postedOn: '2026-03-02',
  closesOn: '2026-03-31',
  applyEmail: 'jobs@hearthandcrumb.example',
  applyUrl: 'https://hearthandcrumb.example/jobs/barista',
  applyInstructions: 'Send a few lines about yourself and your weekend availability. We reply to everyone within a week.',
} as const;

export const SHORT_SECTIONS: FixtureSection[] = [
  { kind: 'summary', heading: 'About the job', html: '<p>Pull espresso, steam milk and keep our weekend regulars happy at a busy neighbourhood bakery café.</p>' },
  {
    kind: 'responsibilities',
    heading: 'What you will do',
    html: '<ul><li>Make espresso drinks to our recipe cards</li><li>Take orders and run the till</li><li>Keep the bar clean between rushes</li></ul>',
  },
  {
    kind: 'requirements',
    heading: 'What you bring',
    html: '<ul><li>Friendly and calm when the line is out the door</li><li>Available Saturdays and Sundays, 7 am to 3 pm</li></ul>',
  },
  {
    kind: 'benefits',
    heading: 'What we offer',
    html: '<ul><li>Tips shared fairly every week</li><li>Free coffee and a loaf to take home</li></ul><p>See <a href="https://hearthandcrumb.example/team">our team page</a> for more.</p>',
  },
];

const DUTY_PHRASES = [
  'Plan the day’s bake with the head baker and adjust quantities to the weather and the weekend forecast',
  'Mix, shape and bake sourdough, rye and enriched doughs to our written recipes and timings',
  'Keep temperature and proofing logs accurate so every batch can be traced',
  'Train new starters on safe use of the deck oven, the spiral mixer and the sheeter',
  'Check deliveries against orders and rotate flour, butter and dairy stock first in, first out',
  'Clean as you go and close down the bakery to our food-safety checklist',
  'Suggest one seasonal bake each month and cost it with the owner',
  'Cover the counter during the morning rush when the café is short-handed',
];

function list(prefix: string, count: number): string {
  const items = Array.from({ length: count }, (_, i) => `<li>${prefix} ${i + 1}: ${DUTY_PHRASES[i % DUTY_PHRASES.length]}.</li>`);
  return `<ul>${items.join('')}</ul>`;
}

function paragraphs(count: number): string {
  const text =
    'We are a neighbourhood bakery café that has baked in the same brick oven since 1998. Our customers come for the bread and stay for the people, and we want every shift to feel calm, organised and fair. ';
  return Array.from({ length: count }, () => `<p>${text.repeat(2).trim()}</p>`).join('');
}

/** Long enough for four A4 pages in the classic layout. */
export const LONG_SECTIONS: FixtureSection[] = [
  { kind: 'summary', heading: 'About the job', html: paragraphs(3) },
  { kind: 'responsibilities', heading: 'Duties and responsibilities', html: list('Duty', 24) },
  { kind: 'requirements', heading: 'Requirements and qualifications', html: list('Requirement', 16) },
  { kind: 'nice_to_have', heading: 'Nice to have', html: list('Bonus', 10) },
  { kind: 'benefits', heading: 'Benefits', html: `${list('Benefit', 12)}${paragraphs(1)}` },
  { kind: 'about', heading: 'About us', html: paragraphs(3) },
  { kind: 'other', heading: 'Working here', html: `${paragraphs(3)}<ol><li>First week: shadow a baker</li><li>Second week: run the morning bake with help</li><li>Third week: your own shift</li></ol>` },
];

export const LONG_ROLE = {
  ...SHORT_ROLE,
  title: 'Head Baker and Production Lead',
  department: 'Kitchen',
  employmentType: 'full_time',
  salaryMin: 54000,
  salaryMax: 62000,
  salaryPeriod: 'year',
  openings: 1,
  applyUrl: '',
} as const;

const LONG_WORD = 'x'.repeat(10_000);

/** Text that tries to be markup, script, a link or a reordering, in every field. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  js: 'javascript:alert(1)',
  rlo: '\u202Eevil\u202C',
  emoji: 'Crew 👩‍🍳🥐',
  combining: 'Cafe\u0301 Zo\u0308e',
  longWord: LONG_WORD,
} as const;

const H = `${HOSTILE.script} ${HOSTILE.img} ${HOSTILE.js} ${HOSTILE.rlo} ${HOSTILE.emoji} ${HOSTILE.combining}`;

export const HOSTILE_ROLE = {
  title: `Cook ${HOSTILE.script} ${HOSTILE.rlo} ${HOSTILE.emoji}`,
  department: `${HOSTILE.img} ${HOSTILE.combining}`,
  location: { street: H.slice(0, 200), city: `${HOSTILE.script}`, region: HOSTILE.rlo, postalCode: '9', country: HOSTILE.emoji },
  employmentType: 'full_time',
  salaryMin: 15,
  salaryMax: 20,
  salaryPeriod: 'hour',
  status: 'open',
  applyEmail: 'jobs@example.com',
  applyInstructions: `${H} ${LONG_WORD.slice(0, 1500)}`,
} as const;

export const HOSTILE_SECTIONS: FixtureSection[] = [
  {
    kind: 'summary',
    heading: `Summary ${HOSTILE.script} ${HOSTILE.rlo}`,
    html: `<p>${H.replace(/</g, '&lt;')}</p><p>${LONG_WORD}</p><script>alert(2)</script><p><a href="javascript:alert(3)">click</a> <img src=x onerror=alert(4)></p>`,
  },
  { kind: 'responsibilities', heading: `Duties ${HOSTILE.img}`, html: `<ul><li>${H.replace(/</g, '&lt;')}</li><li>After the override</li></ul>` },
];
