// The retention rule without a database: who is due on a day, the month arithmetic at month ends and leap
// days, the boundary day itself, and the exemptions (a hire, an application still open, a keep-until date
// still ahead, retention off). Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { addMonths, dueOn, latestDueActivityDay, periodEnd, privacyNotice, ruleWords, whyWords, wholeMonths, type RetentionFacts } from '../../electron/core/retention/retention-rules';

const twelve = { months: 12 } as const;
const facts = (over: Partial<RetentionFacts> = {}): RetentionFacts => ({ statuses: ['rejected'], lastActivityAt: '2025-03-10T16:00:00.000Z', keepUntil: null, ...over });

describe('addMonths and wholeMonths', () => {
  it('move by calendar months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2026-03-10', -12)).toBe('2025-03-10');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('count whole months only once the day is reached', () => {
    expect(wholeMonths('2025-03-10', '2026-03-09')).toBe(11);
    expect(wholeMonths('2025-03-10', '2026-03-10')).toBe(12);
    expect(wholeMonths('2025-01-31', '2025-02-28')).toBe(1);
    expect(wholeMonths('2026-03-10', '2025-03-10')).toBe(0);
  });
});

describe('dueOn', () => {
  it('is due on the day the period ends, not the day before', () => {
    expect(periodEnd('2025-03-10T16:00:00.000Z', 12)).toBe('2026-03-10');
    expect(dueOn(facts(), twelve, '2026-03-09')).toBeNull();
    expect(dueOn(facts(), twelve, '2026-03-10')).toEqual({ dueSince: '2026-03-10', keptUntil: null, monthsQuiet: 12 });
    expect(dueOn(facts(), twelve, '2026-08-01')).toEqual({ dueSince: '2026-03-10', keptUntil: null, monthsQuiet: 16 });
  });

  it('never lists a hired person, someone with an application still open, or someone with no application', () => {
    expect(dueOn(facts({ statuses: ['rejected', 'hired'] }), twelve, '2030-01-01')).toBeNull();
    expect(dueOn(facts({ statuses: ['hired'] }), twelve, '2030-01-01')).toBeNull();
    expect(dueOn(facts({ statuses: ['withdrawn', 'active'] }), twelve, '2030-01-01')).toBeNull();
    expect(dueOn(facts({ statuses: [] }), twelve, '2030-01-01')).toBeNull();
    expect(dueOn(facts({ statuses: ['withdrawn', 'rejected'] }), twelve, '2030-01-01')).not.toBeNull();
  });

  it('lets a keep-until date still ahead (or today) exempt them, and counts from the day after it once it passed', () => {
    expect(dueOn(facts({ keepUntil: '2026-06-30' }), twelve, '2026-06-30')).toBeNull();
    expect(dueOn(facts({ keepUntil: '2026-06-30' }), twelve, '2026-07-01')).toEqual({ dueSince: '2026-07-01', keptUntil: '2026-06-30', monthsQuiet: 15 });
    // A keep-until date that ended before the period did changes nothing about since when.
    expect(dueOn(facts({ keepUntil: '2025-12-31' }), twelve, '2026-04-01')?.dueSince).toBe('2026-03-10');
  });

  it('lists nobody when retention is off', () => {
    expect(dueOn(facts(), { months: null }, '2040-01-01')).toBeNull();
  });

  it('takes the last activity’s UTC day, at month ends too', () => {
    const late = facts({ lastActivityAt: '2025-01-31T23:59:59.999Z' });
    expect(dueOn(late, { months: 1 }, '2025-02-27')).toBeNull();
    expect(dueOn(late, { months: 1 }, '2025-02-28')?.dueSince).toBe('2025-02-28');
  });
});

describe('latestDueActivityDay', () => {
  it('is the latest last-activity day that can be due, matching dueOn on every day of two years', () => {
    for (const months of [1, 6, 12, 13]) {
      for (let t = Date.parse('2025-01-01'); t < Date.parse('2027-01-01'); t += 86_400_000 * 3) {
        const today = new Date(t).toISOString().slice(0, 10);
        const latest = latestDueActivityDay(today, months);
        const at = (day: string) => facts({ lastActivityAt: `${day}T12:00:00.000Z` });
        expect(dueOn(at(latest), { months }, today), `${today} ${months}`).not.toBeNull();
        const after = new Date(Date.parse(latest) + 86_400_000).toISOString().slice(0, 10);
        expect(dueOn(at(after), { months }, today), `${today} ${months}`).toBeNull();
      }
    }
  });
});

describe('the words', () => {
  it('say the rule and why someone is due', () => {
    expect(ruleWords({ months: 12, action: 'erase' })).toBe('Rejected and withdrawn candidates are erased 12 months after their last activity, once you confirm. Hired people are never listed.');
    expect(ruleWords({ months: null, action: 'erase' })).toMatch(/off/);
    expect(ruleWords({ months: 6, action: 'anonymise' })).toBe('Rejected and withdrawn candidates are anonymised 6 months after their last activity, once you confirm: the figures stay for reports, everything personal goes. Hired people are never listed.');
    const f = facts({ statuses: ['rejected', 'withdrawn'], keepUntil: '2026-01-01' });
    const due = dueOn(f, twelve, '2026-05-01');
    expect(due && whyWords(f, due)).toBe('Rejected or withdrew from every role; no activity for 13 months; kept until 2026-01-01, which has passed.');
    const one = facts();
    const dueOne = dueOn(one, { months: 1 }, '2025-04-10');
    expect(dueOne && whyWords(one, dueOne)).toBe('Rejected; no activity for 1 month.');
  });

  it('fill the privacy notice with the company and the period', () => {
    const notice = privacyNotice('Corner Bakery', 'https://corner.example', { months: 18, action: 'erase' });
    expect(notice.title).toBe('How Corner Bakery uses your application');
    expect(notice.paragraphs[1]).toBe('If you are not hired, we delete your details 18 months after our last contact with you.');
    expect(notice.text).toContain('through https://corner.example.');
    expect(notice.text.split('\n\n')).toEqual([notice.title, ...notice.paragraphs]);
    expect(privacyNotice('', '', { months: null, action: 'erase' }).title).toBe('How we use your application');
    // Anonymising is said as what it is: the person goes, anonymous figures stay.
    expect(privacyNotice('Corner Bakery', '', { months: 12, action: 'anonymise' }).paragraphs[1]).toBe(
      'If you are not hired, we remove your name, contact details, notes and files 12 months after our last contact with you, keeping only anonymous figures (such as how many people applied) that no longer identify you.',
    );
  });
});
