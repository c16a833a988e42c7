// The rules of an offer, pure: how it reads today (a sent offer past its expiry day reads as expired: expiry is
// derived, so nothing has to run on the day; the owner may also mark it expired), which status changes are
// allowed, and the pay in words. Runs anywhere (no I/O).
import type { OfferStatus, SalaryPeriod } from '../../contract';
import { formatDate, formatSalary } from '../postings/posting-format';

/** How a stored offer reads on `today` (YYYY-MM-DD on the owner's calendar): sent and past its expiry day is expired. */
export function offerStatusOn(stored: OfferStatus, expiresOn: string | null, today: string): OfferStatus {
  return stored === 'sent' && expiresOn !== null && expiresOn < today ? 'expired' : stored;
}

/**
 * Why a change from the status an offer reads as now to `to` is refused, in plain words; null when allowed.
 * - sent → accepted, declined or expired;
 * - accepted → declined (they changed their mind) or sent (undo);
 * - declined or expired → sent (reopened; a lapsed one needs a later expiry date first).
 * An expired offer cannot be accepted as it stands: give it a later expiry date (the candidate accepted late) first.
 */
export function refusedChange(from: OfferStatus, to: OfferStatus, lapsed: boolean): string | null {
  if (from === to) return null;
  if (to === 'sent' && lapsed) return 'This offer’s expiry date has passed. Give it a later expiry date to open it again.';
  if (from === 'sent') return null;
  if (from === 'accepted') return to === 'expired' ? 'An accepted offer cannot expire. Mark it declined if they changed their mind.' : null;
  if (to === 'sent') return null;
  if (to === 'accepted' && from === 'expired') return 'This offer has expired. If they accepted late, give it a later expiry date first, then mark it accepted.';
  return `${from === 'expired' ? 'An' : 'A'} ${from} offer cannot be marked ${to}. Open it again (sent) first.`;
}

/** "$52,000 a year · plus a yearly bonus": the amount as roles show their salary, then the owner's words. */
export function payWords(offer: { payAmount: number | null; payCurrency: string; payPeriod: SalaryPeriod; payText: string }, locale: string): string {
  const amount =
    offer.payAmount === null
      ? null
      : formatSalary({ salaryMin: offer.payAmount, salaryMax: offer.payAmount, salaryCurrency: offer.payCurrency, salaryPeriod: offer.payPeriod }, locale);
  return [amount, offer.payText.trim()].filter((part): part is string => part !== null && part !== '').join(' · ');
}

/** A role with `hired` applications and `openings` is filled by them when they are all taken. */
export function fillsRole(hired: number, openings: number): boolean {
  return hired >= openings;
}

/** An offer's figures as stored (the columns the letter and messages need). */
export interface OfferFigures {
  pay_amount: number | null;
  pay_currency: string;
  pay_period: SalaryPeriod;
  pay_text: string;
  start_on: string | null;
  expires_on: string | null;
}

/** The offer placeholders of a message or letter ({pay}, {start date}, {expiry date}); '' for each without an offer or a value. */
export function offerPlaceholders(offer: OfferFigures | null, locale: string): { pay: string; 'start date': string; 'expiry date': string } {
  if (!offer) return { pay: '', 'start date': '', 'expiry date': '' };
  return {
    pay: payWords({ payAmount: offer.pay_amount, payCurrency: offer.pay_currency, payPeriod: offer.pay_period, payText: offer.pay_text }, locale),
    'start date': offer.start_on === null ? '' : formatDate(offer.start_on, locale),
    'expiry date': offer.expires_on === null ? '' : formatDate(offer.expires_on, locale),
  };
}
