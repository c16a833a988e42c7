// The desktop reminder 15 minutes before a booked interview (electron/main/interview-reminders.ts): the words
// (minutes to go, who, which role, the time in the interview's own zone), each interview notified once, a
// failed look said and not fatal, and the switch. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { createReminders, REMIND_BEFORE_MS, reminderWords, type ReminderInterview } from '../../electron/main/interview-reminders';

const NOW = Date.parse('2026-12-07T14:18:00.000Z');
const ana: ReminderInterview = { id: 'a', startsAt: '2026-12-07T14:30:00.000Z', timeZone: 'Europe/London', candidateName: 'Ana Lima', roleTitle: 'Barista' };
const bo: ReminderInterview = { id: 'b', startsAt: '2026-12-07T14:19:00.000Z', timeZone: 'America/New_York', candidateName: 'Bo Chen', roleTitle: 'Cook' };

describe('interview reminders', () => {
  it('say how long to go, who, for which role and when in the interview’s own time zone', () => {
    expect(reminderWords(ana, NOW).title).toBe('Interview in 12 minutes');
    expect(reminderWords(ana, NOW, 'en-GB').body).toBe('Ana Lima for Barista, at 14:30');
    expect(reminderWords(ana, NOW, 'en-US').body).toBe('Ana Lima for Barista, at 02:30 PM');
    expect(reminderWords(bo, NOW, 'en-GB')).toEqual({ title: 'Interview in 1 minute', body: 'Bo Chen for Cook, at 09:19' });
    expect(reminderWords(ana, Date.parse(ana.startsAt)).title).toBe('Interview starting now');
  });

  it('ask for the next 15 minutes and notify each interview once', async () => {
    const asked: [string, string][] = [];
    const shown: string[] = [];
    let answer = [ana];
    const reminders = createReminders({
      list: (from, to) => {
        asked.push([from, to]);
        return Promise.resolve(answer);
      },
      notify: (i, words) => void shown.push(`${i.id}: ${words.title}`),
      now: () => NOW,
      warn: () => undefined,
    });
    await reminders.check();
    expect(asked).toEqual([[new Date(NOW).toISOString(), new Date(NOW + REMIND_BEFORE_MS).toISOString()]]);
    answer = [bo, ana];
    await reminders.check();
    expect(shown).toEqual(['a: Interview in 12 minutes', 'b: Interview in 1 minute']);
  });

  it('say when a look fails and keep going; turn on and off', async () => {
    const warned: string[] = [];
    let fail = true;
    const shown: string[] = [];
    const reminders = createReminders({
      list: () => (fail ? Promise.reject(new Error('busy')) : Promise.resolve([ana])),
      notify: (i) => void shown.push(i.id),
      now: () => NOW,
      warn: (m) => void warned.push(m),
    }, 10);
    await reminders.check();
    expect(warned).toEqual(['Could not look for interviews to remind of']);
    fail = false;
    expect(reminders.on).toBe(false);
    reminders.set(true);
    expect(reminders.on).toBe(true);
    await expect.poll(() => shown).toEqual(['a']);
    reminders.set(false);
    expect(reminders.on).toBe(false);
  });
});
