// Pure formatting for postings: pay ranges with Intl.NumberFormat, employment types, places and dates,
// as a person reads them on a printed page. Runs anywhere (no I/O); tested in tests/unit.
import type { Address, PaperSize, Role, SalaryPeriod } from '../../contract';

/**
 * The locale postings are written in. The app is English-only; Letter paper means North America,
 * where "March 31, 2026" reads naturally, and A4 means nearly everywhere else ("31 March 2026").
 */
export function postingLocale(paperSize: PaperSize): string {
  return paperSize === 'letter' ? 'en-US' : 'en-GB';
}

const PERIOD_WORDS: Record<SalaryPeriod, string> = { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' };

function money(amount: number, currency: string, locale: string): string {
  const whole = Number.isInteger(amount);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    }).format(amount);
  } catch {
    // A code Intl does not know (the contract only checks its shape): show the code itself.
    return `${currency} ${amount.toLocaleString(locale, { maximumFractionDigits: 2 })}`;
  }
}

type Pay = Pick<Role, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>;

/** "$18–$22 an hour", "From £24,000 a year", "Up to €30 an hour"; null when no pay is given. */
export function formatSalary(role: Pay, locale: string): string | null {
  const { salaryMin: min, salaryMax: max, salaryCurrency: currency } = role;
  const per = PERIOD_WORDS[role.salaryPeriod];
  if (min !== null && max !== null) {
    if (min === max) return `${money(min, currency, locale)} ${per}`;
    return `${money(min, currency, locale)}–${money(max, currency, locale)} ${per}`;
  }
  if (min !== null) return `From ${money(min, currency, locale)} ${per}`;
  if (max !== null) return `Up to ${money(max, currency, locale)} ${per}`;
  return null;
}

/** A calendar date (YYYY-MM-DD) in words, read as that day wherever the reader is. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "Portland, OR", "Portland, OR, United States" when the country is worth naming; '' when unknown. */
export function formatPlace(address: Address, withCountry = false): string {
  const parts = [address.city, address.region, withCountry ? address.country : ''].filter((p) => p !== '');
  if (parts.length === 0 && address.country !== '') return address.country;
  return parts.join(', ');
}

/** The address as lines for a letterhead: street, then "City, Region Postcode", then country. */
export function addressLines(address: Address): string[] {
  const cityLine = [[address.city, address.region].filter((p) => p !== '').join(', '), address.postalCode].filter((p) => p !== '').join(' ');
  return [address.street, cityLine, address.country].filter((line) => line !== '');
}

type WhereRole = Pick<Role, 'workplace' | 'remoteCountries' | 'location'>;

/** Where the work happens: "Portland, OR", "Hybrid · Portland, OR", "Remote (Canada, Mexico)", "Remote (anywhere)". */
export function formatWorkplace(role: WhereRole, fallback: Address): string | null {
  if (role.workplace === 'remote') {
    const where = role.remoteCountries.length > 0 ? role.remoteCountries.join(', ') : 'anywhere';
    return `Remote (${where})`;
  }
  const place = formatPlace(role.location) || formatPlace(fallback);
  if (role.workplace === 'hybrid') return place ? `Hybrid · ${place}` : 'Hybrid';
  return place || null;
}

/** "1 opening", "3 openings". */
export function formatOpenings(openings: number): string {
  return `${openings} ${openings === 1 ? 'opening' : 'openings'}`;
}

/** A web address as people write it on paper: no scheme, no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** A file-name stem from a title: ascii letters and digits joined by dashes ("head-baker"). */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'posting';
}
