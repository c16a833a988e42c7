// The pure rules of an offer: how it reads on a day (expiry derived from its last day), every status change
// allowed or refused in words, and the pay in words. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { OFFER_STATUSES, type OfferStatus } from '../../electron/contract';
import { fillsRole, offerPlaceholders, offerStatusOn, payWords, refusedChange } from '../../electron/core/offers/offers-rules';

describe('offer rules', () => {
  it('reads a sent offer as expired only after its last day', () => {
    expect(offerStatusOn('sent', '2026-12-18', '2026-12-18')).toBe('sent');
    expect(offerStatusOn('sent', '2026-12-18', '2026-12-19')).toBe('expired');
    expect(offerStatusOn('sent', null, '2099-01-01')).toBe('sent');
    // Decided offers read as decided, whatever the day.
    expect(offerStatusOn('accepted', '2026-12-18', '2027-06-01')).toBe('accepted');
    expect(offerStatusOn('declined', '2026-12-18', '2027-06-01')).toBe('declined');
  });

  it('allows exactly these changes', () => {
    const allowed: string[] = [];
    for (const from of OFFER_STATUSES) {
      for (const to of OFFER_STATUSES) if (from !== to && refusedChange(from, to, false) === null) allowed.push(`${from}→${to}`);
    }
    expect(allowed).toEqual([
      'sent→accepted',
      'sent→declined',
      'sent→expired',
      'accepted→sent',
      'accepted→declined',
      'declined→sent',
      'expired→sent',
    ]);
    // The same status is no change; a lapsed offer is not opened again as it stands.
    for (const s of OFFER_STATUSES) expect(refusedChange(s, s, false)).toBeNull();
    expect(refusedChange('expired', 'sent', true)).toMatch(/^This offer’s expiry date has passed/);
    expect(refusedChange('declined' as OfferStatus, 'expired', false)).toBe('A declined offer cannot be marked expired. Open it again (sent) first.');
    expect(refusedChange('expired', 'declined', false)).toBe('An expired offer cannot be marked declined. Open it again (sent) first.');
  });

  it('says the pay as roles show their salary, then the owner’s words', () => {
    expect(payWords({ payAmount: 52000, payCurrency: 'USD', payPeriod: 'year', payText: '' }, 'en-US')).toBe('$52,000 a year');
    expect(payWords({ payAmount: 18.5, payCurrency: 'GBP', payPeriod: 'hour', payText: ' plus tips ' }, 'en-GB')).toBe('£18.50 an hour · plus tips');
    expect(payWords({ payAmount: null, payCurrency: 'EUR', payPeriod: 'month', payText: 'As agreed' }, 'en-GB')).toBe('As agreed');
    expect(payWords({ payAmount: null, payCurrency: 'EUR', payPeriod: 'month', payText: '' }, 'en-GB')).toBe('');
    expect(offerPlaceholders(null, 'en-GB')).toEqual({ pay: '', 'start date': '', 'expiry date': '' });
    expect(offerPlaceholders({ pay_amount: 3200, pay_currency: 'EUR', pay_period: 'month', pay_text: '', start_on: '2027-01-04', expires_on: null }, 'en-GB')).toEqual({
      pay: '€3,200 a month',
      'start date': '4 January 2027',
      'expiry date': '',
    });
    expect([fillsRole(1, 2), fillsRole(2, 2), fillsRole(3, 2)]).toEqual([false, true, true]);
  });
});
