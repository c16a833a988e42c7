// The sample business: a neighbourhood bakery café, its profile and the roles it is hiring for.
// Pure data plus a builder that dates the roles relative to today. Runs anywhere.
import type { Address, RoleDraft } from '../../contract';

export const SAMPLE_COMPANY: { name: string; website: string; address: Address } = {
  name: 'Hearth & Crumb Bakery Café',
  website: 'https://hearthandcrumb.example',
  address: {
    street: '1824 SE Division Street',
    city: 'Portland',
    region: 'OR',
    postalCode: '97202',
    country: 'United States',
  },
};

const SHOP = SAMPLE_COMPANY.address;
const JOBS_EMAIL = 'jobs@hearthandcrumb.example';

/** YYYY-MM-DD for `days` from `today` (negative for the past), in UTC like every stored date. */
function day(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A sample role; its dates are offsets in days from the day the sample is loaded. */
type SampleRole = Omit<RoleDraft, 'postedOn' | 'closesOn'> & { postedInDays?: number; closesInDays?: number };

const SAMPLE_ROLES: readonly SampleRole[] = [
  {
    title: 'Head Baker',
    department: 'Kitchen',
    location: SHOP,
    employmentType: 'full_time',
    salaryMin: 54000,
    salaryMax: 62000,
    salaryPeriod: 'year',
    status: 'open',
    postedInDays: -12,
    closesInDays: 18,
    hiringManager: 'Marisol Ortega, owner',
    applyEmail: JOBS_EMAIL,
    applyInstructions:
      "Tell us about the loaf you're proudest of and when you could start. Shortlisted bakers join us for a paid bake-off morning (4 am start, coffee on us).",
  },
  {
    title: 'Barista',
    department: 'Front of House',
    location: SHOP,
    employmentType: 'part_time',
    salaryMin: 17.5,
    salaryMax: 19.5,
    salaryPeriod: 'hour',
    openings: 2,
    status: 'open',
    postedInDays: -5,
    closesInDays: 25,
    hiringManager: 'Dev Patel, café manager',
    applyEmail: JOBS_EMAIL,
    applyInstructions:
      'Email us your weekly availability, or drop by between 2 and 4 pm on a weekday and ask for Dev. No latte-art portfolio needed; we teach that on slow Tuesday afternoons.',
  },
  {
    title: 'Weekend Pastry Cook',
    department: 'Kitchen',
    location: SHOP,
    employmentType: 'part_time',
    salaryMin: 19,
    salaryMax: 22,
    salaryPeriod: 'hour',
    status: 'draft',
    hiringManager: 'Marisol Ortega, owner',
    applyInstructions: 'Saturday and Sunday, 5 am to 1 pm: croissants, morning buns and the seasonal galette.',
  },
  {
    title: 'Café Manager',
    department: 'Front of House',
    location: SHOP,
    employmentType: 'full_time',
    salaryMin: 60000,
    salaryMax: 68000,
    salaryPeriod: 'year',
    status: 'on_hold',
    postedInDays: -40,
    hiringManager: 'Marisol Ortega, owner',
    applyEmail: JOBS_EMAIL,
    applyInstructions:
      "Paused until the lease on our second shop on Alberta Street is signed. We're keeping every application and will write to you either way.",
  },
  {
    title: 'Dishwasher & Kitchen Porter',
    department: 'Kitchen',
    location: SHOP,
    employmentType: 'part_time',
    salaryMin: 17,
    salaryMax: 18,
    salaryPeriod: 'hour',
    status: 'filled',
    postedInDays: -60,
    closesInDays: -30,
    hiringManager: 'Dev Patel, café manager',
    applyInstructions: 'Evenings, 3 to 9 pm, four days a week. Staff meal and a loaf to take home every shift.',
  },
  {
    title: 'Newsletter & Social Media Writer',
    department: 'Marketing',
    workplace: 'remote',
    remoteCountries: ['United States', 'Canada'],
    employmentType: 'contract',
    salaryMin: 30,
    salaryMax: 40,
    salaryPeriod: 'hour',
    status: 'closed',
    postedInDays: -90,
    closesInDays: -60,
    hiringManager: 'Marisol Ortega, owner',
    applyUrl: 'https://hearthandcrumb.example/jobs/writer',
    applyInstructions: 'About six hours a month: the Friday bake list, a monthly newsletter and photos of whatever came out of the oven best.',
  },
  {
    title: 'Bookkeeper',
    department: 'Office',
    location: SHOP,
    workplace: 'hybrid',
    employmentType: 'part_time',
    salaryMin: 26,
    salaryMax: 32,
    salaryPeriod: 'hour',
    status: 'open',
    postedInDays: -2,
    closesInDays: 28,
    hiringManager: 'Marisol Ortega, owner',
    applyUrl: 'https://hearthandcrumb.example/jobs/bookkeeper',
    applyInstructions: 'Ten hours a week: payroll for 14 people, supplier invoices and the monthly close. Tuesdays in the shop, the rest from home.',
  },
  {
    title: 'Early-Morning Delivery Driver',
    department: 'Wholesale',
    location: SHOP,
    employmentType: 'per_diem',
    salaryMin: 20,
    salaryPeriod: 'hour',
    status: 'open',
    postedInDays: -8,
    hiringManager: 'Dev Patel, café manager',
    applyEmail: JOBS_EMAIL,
    applyInstructions: 'Bread runs to six restaurants and two grocers, 5:30 to 8 am, using our van. A clean driving record and a love of empty streets.',
  },
];

/** The roles, with posting and closing dates placed around today so they always look current. */
export function sampleRoles(today: Date): RoleDraft[] {
  return SAMPLE_ROLES.map(({ postedInDays, closesInDays, ...fields }) => ({
    ...fields,
    postedOn: postedInDays === undefined ? null : day(today, postedInDays),
    closesOn: closesInDays === undefined ? null : day(today, closesInDays),
  }));
}
