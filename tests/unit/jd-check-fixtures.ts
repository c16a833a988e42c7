// Shared inputs for the quality-coach unit tests: a strong, complete posting and small builders. Runs in Vitest (Node).
import { type JdCheckInput, type JdCheckRole, type JdCheckSection } from '../../electron/contract/jd-check-schemas';

export const COMPLETE_ROLE: JdCheckRole = {
  title: 'Line Cook',
  salaryMin: 19,
  salaryMax: 23,
  location: { street: '12 Main Street', city: 'Portland', region: 'OR', postalCode: '97201', country: 'USA' },
  workplace: 'onsite',
  closesOn: '2026-03-31',
  applyEmail: 'jobs@cornertable.example',
  applyUrl: '',
  applyInstructions: '',
};

const ul = (items: readonly string[]): string => `<ul>${items.map((i) => `<li><p>${i}</p></li>`).join('')}</ul>`;

/** A plain, complete posting of about 350 words with no coded, clichéd or unexplained wording to speak of. */
export const STRONG_SECTIONS: JdCheckSection[] = [
  {
    kind: 'summary',
    heading: 'Summary',
    html: '<p>Corner Table Bistro is looking for a line cook to join our kitchen of six. You will cook lunch and dinner from a short, seasonal menu. We serve about 120 guests on a busy night.</p>',
  },
  {
    kind: 'description',
    heading: 'About the job',
    html:
      '<p>This is a full-time job with four or five shifts a week. Shifts run from 2 pm to 10 pm, with one weekend day off each week. ' +
      'You will work the grill and sauté stations, and help with prep in the afternoon. Our head chef will train you on every dish during your first two weeks. ' +
      'After that you will plan the prep list for your station each day and order what you need from our suppliers.</p>',
  },
  {
    kind: 'responsibilities',
    heading: 'Duties and responsibilities',
    html: ul([
      'Prepare vegetables, sauces and stocks before service',
      'Cook dishes to our recipes and plating guides',
      'Keep your station clean and stocked during service',
      'Check deliveries and store food at safe temperatures',
      'Label, date and rotate food in the walk-in fridge',
      'Close down the kitchen at the end of the night with the rest of the crew',
    ]),
  },
  {
    kind: 'requirements',
    heading: 'Requirements and qualifications',
    html: ul([
      'At least one year of cooking in a restaurant kitchen',
      'A food handler card, or willingness to get one in your first month (we pay for it)',
      'Able to stand for a full shift and lift boxes of up to 20 kg',
      'Available on Friday and Saturday evenings',
    ]),
  },
  {
    kind: 'nice_to_have',
    heading: 'Nice to have',
    html: ul(['Experience on a grill station', 'Some knowledge of French or Italian cooking']),
  },
  {
    kind: 'benefits',
    heading: 'Benefits',
    html: ul([
      'Pay of $19 to $23 an hour, based on experience, plus tips',
      'A free staff meal on every shift',
      'Paid time off: two weeks in your first year and three weeks after that',
      'Health insurance after 90 days, with half the cost paid by us',
      'A new set of knives after six months',
    ]),
  },
  {
    kind: 'about',
    heading: 'About us',
    html:
      '<p>Corner Table Bistro opened in 2015 on Main Street in Portland. We are a small, family-owned restaurant. ' +
      'We cook simple food from local farms. We close on Mondays so the whole crew gets a real day off. ' +
      'Most of our cooks have been with us for more than three years, and two of them now run the kitchen on weekends.</p>',
  },
  {
    kind: 'how_to_apply',
    heading: 'How to apply',
    html: '<p>Send your CV and a few lines about your cooking to jobs@cornertable.example. We reply to every applicant within a week. Trial shifts are paid.</p>',
  },
];

export const STRONG_POSTING: JdCheckInput = { role: COMPLETE_ROLE, sections: STRONG_SECTIONS };

/** A complete posting with one section's HTML replaced or added, to test one check at a time. */
export function postingWith(extra: JdCheckSection[], role: JdCheckRole = COMPLETE_ROLE): JdCheckInput {
  const kinds = new Set(extra.map((s) => s.kind));
  return { role, sections: [...STRONG_SECTIONS.filter((s) => !kinds.has(s.kind)), ...extra] };
}

export { ul };
