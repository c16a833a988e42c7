// The pure rules of candidate intake: names from file names, when a résumé's details are trusted and when
// the candidate needs a look (and why), an e-mail's sender, and the note an e-mail leaves. Runs in Vitest.
import { describe, expect, it } from 'vitest';
import { cleanName, mailDraft, mailNote, nameFromFileName, readerFor, resumeDraft } from '../../electron/core/intake/intake-rules';

const none = { emails: [], phones: [], links: [] };

describe('intake rules', () => {
  it('reads a name from a file name, leaving out CV words, numbers and separators', () => {
    expect(nameFromFileName('jane_doe-CV (2).pdf')).toBe('Jane Doe');
    expect(nameFromFileName('Resume_final_v3.docx')).toBe('');
    expect(nameFromFileName('María José Núñez.pdf')).toBe('María José Núñez');
  });

  it('trusts a name on the first line, or one the e-mail or file name confirms; else it needs a look', () => {
    expect(resumeDraft({ ...none, fullName: 'Ana Lima', emails: ['a@x.example'] }, 'Ana Lima\na@x.example', 'cv.pdf', null)).toMatchObject({ fullName: 'Ana Lima', needsLook: false });
    expect(resumeDraft({ ...none, fullName: 'Ana Lima', emails: ['ana.lima@x.example'] }, 'CURRICULUM\nAna Lima', 'cv.pdf', null).needsLook).toBe(false);
    const doubtful = resumeDraft({ ...none, fullName: 'Latte art', emails: ['kim@x.example'] }, 'Barista, 3 years\nLatte art', 'kim_lee_cv.txt', null);
    expect(doubtful).toMatchObject({ fullName: 'Kim Lee', needsLook: true });
    const several = resumeDraft({ ...none, fullName: 'Ana Lima', emails: ['a@x.example', 'b@x.example'], phones: ['1', '2'] }, 'Ana Lima', 'a.pdf', 'Only the first 50 pages were read.');
    expect(several.reasons).toEqual([
      'Only the first 50 pages were read.',
      'The résumé has 2 e-mail addresses; the first (a@x.example) was kept.',
      'The résumé has 2 phone numbers; the first (1) was kept.',
    ]);
  });

  it('names an e-mail candidate after the sender, else the attached résumé, else the address', () => {
    expect(mailDraft({ fromName: 'Dana W', fromEmail: 'd@x.example' }, 'm.eml', null)).toMatchObject({ fullName: 'Dana W', needsLook: false });
    expect(mailDraft({ fromName: 'd@x.example', fromEmail: 'd@x.example' }, 'm.eml', { ...none, fullName: 'Dana Whitfield', phones: ['555 0199 12'] })).toMatchObject({
      fullName: 'Dana Whitfield',
      phones: ['555 0199 12'],
      needsLook: true,
    });
    expect(mailDraft({ fromName: '', fromEmail: '' }, 'm.eml', null).reasons).toContain("The e-mail's sender address could not be read.");
  });

  it('stores names without control characters, bidi overrides or lone surrogates, within the limit', () => {
    expect(cleanName('Ana\u001b[31m Lima\u202e')).toBe('Ana [31m Lima');
    expect(cleanName('\ud800 \t')).toBe('Unnamed candidate');
    expect([...cleanName('é'.repeat(300))]).toHaveLength(200);
  });

  it('keeps the message as a note cut to fit, and picks the reader by name or Outlook signature', () => {
    const note = mailNote({ fromName: 'Dana', fromEmail: 'd@x.example', subject: '', date: '', text: 'x'.repeat(100) }, 60);
    expect(note).toHaveLength(60);
    expect(note.startsWith('E-mail from Dana <d@x.example>\nSubject: (none)\n\n')).toBe(true);
    expect(readerFor('a.EML', new Uint8Array())).toBe('eml');
    expect(readerFor('a.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('msg');
    expect(readerFor('a.pdf', new Uint8Array([0x25]))).toBe('resume');
  });
});
