// Renderer: the words a person sees for the contract's enum values, and small display formatters.
import type { Role, RoleSort, SalaryPeriod } from '../../../electron/contract';

// The enum labels live in the contract so printed postings use the same words as the screen.
export { EMPLOYMENT_TYPE_LABELS, STATUS_LABELS, WORKPLACE_LABELS } from '../../../electron/contract';

export const SALARY_PERIOD_LABELS: Record<SalaryPeriod, string> = {
  hour: 'per hour',
  day: 'per day',
  week: 'per week',
  month: 'per month',
  year: 'per year',
};

export const SORT_LABELS: Record<RoleSort, string> = {
  updated: 'Last updated',
  created: 'Date created',
  title: 'Title',
  status: 'Status',
  closes: 'Closing date',
};

/** Common currencies first; the form keeps any other valid code it is given. */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY', 'INR', 'ZAR', 'MXN', 'BRL', 'SGD'];

/** Where the work is, in a few words: "Portland, Maine" (region, else country). */
export function formatPlace(role: Pick<Role, 'location' | 'workplace' | 'remoteCountries'>): string {
  const { city, region, country } = role.location;
  const place = [city, region || country].filter(Boolean).join(', ');
  if (place) return place;
  if (role.workplace === 'remote') return role.remoteCountries.length > 0 ? role.remoteCountries.join(', ') : 'Anywhere';
  return '—';
}

export function currencyOptions(current: string): string[] {
  return COMMON_CURRENCIES.includes(current) || !current ? COMMON_CURRENCIES : [current, ...COMMON_CURRENCIES];
}
