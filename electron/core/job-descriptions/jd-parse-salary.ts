// Reads a pay range ("$45,000 – $55,000 per year", "£12.50/hour", "18-22 USD hourly") into role salary fields. Pure, plain Node.
import type { SalaryPeriod } from '../../contract/roles-schemas';

export interface SalaryFields {
  salaryMin?: number | null;
  salaryMax?: number | null;
  salaryCurrency?: string;
  salaryPeriod?: SalaryPeriod;
}

// Longest prefixes first so "CA$" is not read as "$".
const SYMBOLS: [string, string][] = [
  ['CA$', 'CAD'], ['C$', 'CAD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'],
  ['US$', 'USD'], ['R$', 'BRL'], ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'],
  ['₱', 'PHP'], ['₦', 'NGN'], ['zł', 'PLN'], ['kr', 'SEK'],
];
const CODES = new Set(
  'USD EUR GBP CAD AUD NZD CHF SEK NOK DKK JPY CNY INR ZAR MXN BRL SGD HKD PLN CZK HUF RON ILS AED SAR KRW PHP NGN KES IDR MYR THB TRY ARS CLP COP PEN ISK'.split(' '),
);

const PERIODS: [RegExp, SalaryPeriod][] = [
  [/(\bper|\ban|\ba|\/)\s*(hour|hr)s?\b|\/\s*h\b|\bhourly\b|\bp\/h\b|\bph\b/i, 'hour'],
  [/(\bper|\ba|\/)\s*day\b|\bdaily\b|\bper diem\b/i, 'day'],
  [/(\bper|\ba|\/)\s*(week|wk)\b|\bweekly\b|\bpw\b/i, 'week'],
  [/(\bper|\ba|\/)\s*(month|mo)\b|\bmonthly\b|\bpcm\b/i, 'month'],
  [/(\bper|\ba|\/)\s*(year|yr|annum)\b|\b(annual|annually|yearly)\b|\bp\.?a\.?(?=\s|$)/i, 'year'],
];

// A number with optional thousands separators and decimals, and an optional "k" (thousands) suffix.
const AMOUNT = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*([kK])?(?![\d%])/g;

function readCurrency(text: string): string | undefined {
  for (const [symbol, code] of SYMBOLS) {
    if (symbol === 'kr' ? /\d\s*kr\b|\bkr\s*\d/i.test(text) : text.includes(symbol)) return code;
  }
  const code = /\b([A-Z]{3})\b/.exec(text.toUpperCase().replace(/[^A-Z0-9\s]/g, ' '))?.[1];
  return code && CODES.has(code) ? code : undefined;
}

function readPeriod(text: string, amounts: number[]): SalaryPeriod | undefined {
  for (const [pattern, period] of PERIODS) if (pattern.test(text)) return period;
  // No period written: small amounts are hourly wages, large ones yearly salaries; in between we do not guess.
  const top = Math.max(...amounts);
  if (top < 200) return 'hour';
  if (top >= 10_000) return 'year';
  return undefined;
}

function readAmounts(text: string): number[] {
  const amounts: number[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const whole = Number((match[1] ?? '').replace(/,/g, ''));
    const value = whole + (match[2] ? Number(`0.${match[2]}`) : 0);
    amounts.push(match[3] ? value * 1000 : value);
    if (amounts.length === 2) break;
  }
  // "45-55k": the "k" on the second number applies to both.
  const [first, second] = amounts;
  if (first !== undefined && second !== undefined && second >= 1000 && first < 1000 && second / first >= 100) {
    amounts[0] = first * 1000;
  }
  return amounts;
}

/** Salary fields found in a pay text; empty when the text has no amount ("Competitive", "DOE"). */
export function parseSalary(raw: string): SalaryFields {
  const text = raw.replace(/[–—]/g, '-');
  const amounts = readAmounts(text).filter((n) => Number.isFinite(n) && n > 0 && n <= 100_000_000);
  const [first, second] = amounts;
  if (first === undefined) return {};
  const out: SalaryFields = {};
  if (second !== undefined) {
    out.salaryMin = Math.min(first, second);
    out.salaryMax = Math.max(first, second);
  } else if (/\b(up to|to|max(imum)?|under)\s*\D{0,4}\d/i.test(text)) {
    out.salaryMax = first;
  } else if (/\b(from|starting( at)?|min(imum)?|at least)\b|\d\s*\+/i.test(text)) {
    out.salaryMin = first;
  } else {
    out.salaryMin = first;
    out.salaryMax = first;
  }
  const currency = readCurrency(text);
  if (currency) out.salaryCurrency = currency;
  const period = readPeriod(text, amounts);
  if (period) out.salaryPeriod = period;
  return out;
}
