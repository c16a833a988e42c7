// Unit: the words a candidate's timeline shows for activity entries, interviews included. Runs in Vitest.
import { describe, expect, it } from 'vitest';
import { timelineDetail, timelineLabel } from '../../renderer/src/features/candidates/candidate-labels';

describe('timeline labels', () => {
  it('names interview and scorecard events in words', () => {
    expect(timelineLabel('application', 'interview_scheduled')).toBe('Interview scheduled');
    expect(timelineLabel('application', 'scorecard_submitted')).toBe('Scorecard submitted');
    expect(timelineLabel('application', 'something_new')).toBe('Application something new');
  });

  it('spells out who recommended what and lists interviewers', () => {
    const detail = timelineDetail({ role: 'Barista', interviewerName: 'Dev Patel', recommendation: 'strong_yes', interviewId: 'x' });
    expect(detail).toBe('role: Barista · by: Dev Patel · recommendation: strong yes');
    expect(timelineDetail({ interviewers: ['Ana', 'Dev'] })).toBe('interviewers: Ana, Dev');
  });

  it('spells a rating change in the scale’s words, and marks an entry from before migration 6 as stars', () => {
    expect(timelineDetail({ from: 2, to: 4, scale: 4 })).toBe('from: No · to: Strong yes');
    expect(timelineDetail({ from: null, to: 3, scale: 4 })).toBe('to: Yes');
    expect(timelineDetail({ from: 1, to: 3 })).toBe('from: 1 star (old scale) · to: 3 stars (old scale)');
    // A move's from/to are stage names and stay as written.
    expect(timelineDetail({ from: 'Applied', to: 'Interview' })).toBe('from: Applied · to: Interview');
  });

  it('shows an interview time as a local date and time, not an ISO string', () => {
    const detail = timelineDetail({ startsAt: '2026-12-03T13:00:00.000Z' });
    expect(detail).toMatch(/^when: /);
    expect(detail).not.toContain('T13:00');
    expect(detail).toContain('2026');
  });

  it('names a drafted message by its subject and how it was opened', () => {
    expect(timelineLabel('application', 'message_drafted')).toBe('Message drafted');
    expect(timelineDetail({ subject: 'Interview for Barista', kind: 'invitation', how: 'eml', messageId: 'x' })).toBe('subject: Interview for Barista · opened as: draft file');
    expect(timelineDetail({ subject: 'Thanks', how: 'mailto' })).toBe('subject: Thanks · opened as: mail link');
  });

  it('names offer entries and their terms, dates as days', () => {
    expect(timelineLabel('application', 'offer_made')).toBe('Offer made');
    expect(timelineLabel('application', 'offer_accepted')).toBe('Offer accepted');
    // Days in this computer's locale ("4 Jan 2027" or "Jan 4, 2027"), never the stored YYYY-MM-DD.
    expect(timelineDetail({ role: 'Barista', pay: '€3,200 a month', startOn: '2027-01-04', expiresOn: '2026-12-18', offerId: 'x' })).toMatch(
      /^role: Barista · pay: €3,200 a month · starts: (4 Jan|Jan 4,) 2027 · open until: (18 Dec|Dec 18,) 2026$/,
    );
    expect(timelineDetail({ role: 'Barista', offerId: 'x', from: 'sent', to: 'accepted' })).toBe('role: Barista · from: sent · to: accepted');
  });
});
