// Dates and times on screen: one module, following the computer's locale (shown here for Britain and the
// US), with relative words that start a cell ("Just now") or read inside a sentence ("added just now").
// Runs in Vitest (pure; local time zone of the test process).
import { describe, expect, it } from 'vitest';
import { agoInSentence, formatAgo, formatDate, formatDateTime, formatDay, formatTime, formatTimeRange, formatWhen, whenInSentence } from '../../renderer/src/lib/dates';

// Local times (no zone suffix), so the expectations hold in any time zone.
const NOW = new Date('2026-07-15T14:30:00');
const at = (local: string): string => new Date(local).toISOString();

describe('dates follow the locale', () => {
  it('days, dates, times and ranges', () => {
    expect(formatDay('2026-07-15', 'en-GB')).toBe('15 Jul 2026');
    expect(formatDay('2026-07-15', 'en-US')).toBe('Jul 15, 2026');
    expect(formatDay(null)).toBe('—');
    expect(formatDate(at('2026-07-14T09:00:00'), 'en-GB')).toBe('Tue, 14 Jul 2026');
    expect(formatTime(at('2026-07-15T08:05:00'), 'en-GB')).toBe('08:05');
    expect(formatTime(at('2026-07-15T08:05:00'), 'en-US')).toBe('8:05 AM');
    expect(formatTimeRange(at('2026-07-15T12:00:00'), at('2026-07-15T13:00:00'), 'en-GB')).toBe('12:00–13:00');
    expect(formatTimeRange(at('2026-07-15T12:00:00'), at('2026-07-15T13:00:00'), 'en-US').replace(/\s/g, ' ')).toBe('12:00 – 1:00 PM');
    expect(formatDateTime(at('2026-12-06T09:24:10'), {}, 'en-GB')).toBe('6 Dec 2026, 09:24');
    expect(formatDateTime(at('2026-12-06T09:24:10'), { seconds: true }, 'en-GB')).toBe('6 Dec 2026, 09:24:10');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('relative words start a cell or read inside a sentence', () => {
    expect(formatAgo(at('2026-07-15T14:29:40'), NOW)).toBe('Just now');
    expect(agoInSentence(at('2026-07-15T14:29:40'), NOW)).toBe('just now');
    expect(agoInSentence(at('2026-07-15T14:29:00'), NOW)).toBe('1 minute ago');
    expect(formatAgo(at('2026-07-15T14:18:00'), NOW)).toBe('12 minutes ago');
    expect(agoInSentence(at('2026-07-15T11:00:00'), NOW)).toBe('3 hours ago');
    expect(formatAgo(at('2026-07-14T23:00:00'), NOW)).toBe('Yesterday');
    expect(agoInSentence(at('2026-07-11T10:00:00'), NOW)).toBe('4 days ago');
    expect(agoInSentence(at('2026-03-04T10:00:00'), NOW, 'en-GB')).toBe('on 4 Mar 2026');
    expect(formatAgo(at('2026-03-04T10:00:00'), NOW, 'en-GB')).toBe('4 Mar 2026');

    expect(whenInSentence(at('2026-07-15T09:12:00'), NOW, 'en-GB')).toBe('today at 09:12');
    expect(formatWhen(at('2026-07-14T18:40:00'), NOW, 'en-GB')).toBe('Yesterday at 18:40');
    expect(whenInSentence(at('2026-07-03T09:12:00'), NOW, 'en-US')).toBe('on Jul 3, 2026 at 9:12 AM');
    expect(formatWhen(at('2026-07-03T09:12:00'), NOW, 'en-GB')).toBe('3 Jul 2026 at 09:12');
  });
});
