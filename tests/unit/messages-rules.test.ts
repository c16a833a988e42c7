// Unit: filling a message template's placeholders, with hostile text: a line break in a name never reaches a
// header, markup stays text, a value that looks like a placeholder is not filled again, unknown and empty
// placeholders stay visible and are reported; the one-address check and the mailto: link the app will open.
// Runs in Vitest.
import { describe, expect, it } from 'vitest';
import {
  bodyText,
  fillMessage,
  firstNameOf,
  headerText,
  interviewTimeWords,
  mailtoLink,
  type PlaceholderValues,
} from '../../electron/core/messages/messages-rules';
import { singleAddress } from '../../electron/contract/mail-address';
import { isSafeExternalUrl } from '../../electron/main/url-rules';

const VALUES: PlaceholderValues = {
  'first name': 'Ana',
  'full name': 'Ana Lima',
  role: 'Barista',
  company: 'Bean There',
  'owner name': 'Bean There',
  'interview time': 'Thursday 3 December 2026, 14:00 (Europe/Berlin)',
  'interview place': 'https://meet.example/abc',
  pay: '$52,000 a year',
  'start date': '4 January 2027',
  'expiry date': '18 December 2026',
};

describe('message placeholders', () => {
  it('fills every known placeholder, case and spacing eased', () => {
    const filled = fillMessage('Interview for {role} at {Company}', 'Hello {first name},\n{ Interview  Time } at {interview place}.\n{owner name}', VALUES);
    expect(filled.subject).toBe('Interview for Barista at Bean There');
    expect(filled.body).toBe('Hello Ana,\nThursday 3 December 2026, 14:00 (Europe/Berlin) at https://meet.example/abc.\nBean There');
    expect(filled.unknown).toEqual([]);
    expect(filled.empty).toEqual([]);
  });

  it('leaves unknown and empty placeholders visible, reported once each', () => {
    const filled = fillMessage('{salary} for {role}', 'Pay: {salary}. When: {interview time}. {}', { ...VALUES, 'interview time': '  ' });
    expect(filled.subject).toBe('{salary} for Barista');
    expect(filled.body).toBe('Pay: {salary}. When: {interview time}. {}');
    expect(filled.unknown).toEqual(['{salary}']);
    expect(filled.empty).toEqual(['{interview time}']);
  });

  it('never lets a line break in a value start a header line', () => {
    const hostile = { ...VALUES, 'first name': 'Ana\r\nBcc: all@example.test', 'full name': 'Ana\nLima', role: 'Cook\r\n\r\nInjected body\u2028X-Evil: 1' };
    const filled = fillMessage('Your application for {role}\r\nCc: x@example.test', 'Hello {first name} ({full name})', hostile);
    expect(filled.subject).toBe('Your application for Cook Injected body X-Evil: 1 Cc: x@example.test');
    expect(filled.subject).not.toMatch(/[\r\n\u2028]/);
    // In the body too a name stays on its line.
    expect(filled.body).toBe('Hello Ana Bcc: all@example.test (Ana Lima)');
    expect(headerText('a\u0000b\u007fc\td')).toBe('a b c d');
  });

  it('keeps markup as text and fills in one pass', () => {
    const filled = fillMessage('{role}', 'Hi {first name}', { ...VALUES, 'first name': '<script>alert(1)</script> {role}', role: '<b>Cook</b>' });
    expect(filled.subject).toBe('<b>Cook</b>');
    expect(filled.body).toBe('Hi <script>alert(1)</script> {role}');
  });

  it('keeps the body’s line breaks as \\n and nothing else of the kind', () => {
    expect(bodyText('a\r\nb\rc\u2029d\te\u0007')).toBe('a\nb\nc\nd e ');
  });

  it('takes the first word of a name', () => {
    expect(firstNameOf('  Ana   María Lima ')).toBe('Ana');
    expect(firstNameOf('Prince')).toBe('Prince');
  });

  it('writes an interview time in the zone it was booked in', () => {
    // (ICU versions differ on the comma after the weekday.)
    expect(interviewTimeWords('2026-12-03T13:00:00.000Z', 'Europe/Berlin')).toMatch(/^Thursday,? 3 December 2026, 14:00 \(Europe\/Berlin\)$/);
  });
});

describe('one recipient', () => {
  it('accepts exactly one plain address', () => {
    expect(singleAddress(' ana@example.test ')).toBe('ana@example.test');
    for (const bad of ['ana@example.test, bo@example.test', 'ana@example.test;bo@example.test', 'ana@example.test\r\nBcc: x@example.test', 'Ana <ana@example.test>', 'not an address', '']) {
      expect(singleAddress(bad), bad).toBeNull();
    }
  });

  it('builds a mailto: link the desktop app opens, with subject and body only', () => {
    const link = mailtoLink('ana+jobs@example.test', 'Interview & next steps?', 'Hello Ana,\nSee you at 10:00 = soon.\n<script>x</script>') ?? '';
    expect(link).toBe(
      'mailto:ana%2Bjobs@example.test?subject=Interview%20%26%20next%20steps%3F&body=Hello%20Ana%2C%0D%0ASee%20you%20at%2010%3A00%20%3D%20soon.%0D%0A%3Cscript%3Ex%3C%2Fscript%3E',
    );
    expect(isSafeExternalUrl(link)).toBe(true);
    const url = new URL(link);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('body')).toBe('Hello Ana,\r\nSee you at 10:00 = soon.\r\n<script>x</script>');
  });

  it('gives no link when it would be too long for the app to open', () => {
    expect(mailtoLink('ana@example.test', 'Hi', 'x'.repeat(3000))).toBeNull();
  });
});
