// The pure candidate rules: normalizing emails, phones, names and tags, name similarity, the search
// query; and the file rules: type sniffing from bytes and contact suggestions. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import {
  buildCandidateFtsQuery,
  jaroWinkler,
  nameKey,
  namesSimilar,
  normalizeEmail,
  normalizeName,
  normalizeTag,
  phonesMatch,
  phoneSearchTokens,
  uniqueBy,
} from '../../electron/core/candidates/candidates-rules';
import { DOCX_MIME, sniffMimeType, suggestionsFromText, tooLargeMessage } from '../../electron/core/attachments/attachments-rules';
import { makeDocx } from '../fixtures/jd/make-docx';
import { makePdf } from '../fixtures/candidates/make-pdf';
import { PNG_1X1 } from '../helpers/images';

describe('contact normalizing', () => {
  it('compares emails case-insensitively', () => {
    expect(normalizeEmail('  Ana.Lima@Example.COM ')).toBe('ana.lima@example.com');
  });

  it('matches phones on their last nine digits, or exactly when short', () => {
    expect(phonesMatch('+1 (503) 555-0142', '503.555.0142')).toBe(true);
    expect(phonesMatch('+44 7700 900123', '07700 900123')).toBe(true);
    expect(phonesMatch('503 555 0142', '503 555 0143')).toBe(false);
    expect(phonesMatch('555-0142', '5550142')).toBe(true);
    expect(phonesMatch('555-0142', '1 555 0142')).toBe(false);
    expect(phonesMatch('12', '12')).toBe(false);
  });

  it('indexes a phone by all its digits and its local tails', () => {
    expect(phoneSearchTokens('+1 (503) 555-0142')).toEqual(['15035550142', '5035550142', '035550142', '5550142']);
  });

  it('normalizes names: case, accents, punctuation, word order', () => {
    expect(normalizeName("Zoë O'Brien-Smith")).toBe('zoe obrien smith');
    expect(nameKey('Okafor, Amara')).toBe(nameKey('amara OKAFOR'));
    expect(nameKey('José  Núñez')).toBe('jose nunez');
    expect(nameKey('王 小明')).toBe('小明 王');
  });

  it('scores name similarity with Jaro–Winkler', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('', 'a')).toBe(0);
    expect(namesSimilar('Jonathan Smith', 'Jonathon Smith')).toBe(true);
    expect(namesSimilar('Smith, Jonathan', 'jonathan smith')).toBe(true);
    expect(namesSimilar('Ana Lima', 'Bo Chen')).toBe(false);
    expect(namesSimilar('Maria Garcia', 'Mario Garcia-Lopez')).toBe(false);
  });

  it('dedupes tags by their normalized form, keeping the first spelling', () => {
    expect(uniqueBy(['Barista', 'barista ', 'Café', 'cafe', ''], normalizeTag)).toEqual(['Barista', 'Café']);
  });
});

describe('the candidate search query', () => {
  it('makes every word a required prefix', () => {
    expect(buildCandidateFtsQuery('amara oka')).toBe('"amara"* "oka"*');
    expect(buildCandidateFtsQuery('ana@example')).toBe('"ana"* "example"*');
    expect(buildCandidateFtsQuery('  "*) OR ( ')).toBe('"OR"*');
    expect(buildCandidateFtsQuery('  ')).toBeNull();
  });

  it('reads a phone-like query as one run of digits', () => {
    expect(buildCandidateFtsQuery('(503) 555-01')).toBe('"50355501"*');
    expect(buildCandidateFtsQuery('12')).toBe('"12"*');
  });
});

describe('file type sniffing', () => {
  it('recognises PDF, DOCX, PNG, JPEG and UTF-8 text from their bytes', async () => {
    expect(sniffMimeType(makePdf(['Hi']))).toBe('application/pdf');
    expect(sniffMimeType(await makeDocx([{ kind: 'paragraph', text: 'Hi' }]))).toBe(DOCX_MIME);
    expect(sniffMimeType(PNG_1X1)).toBe('image/png');
    expect(sniffMimeType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffMimeType(Buffer.from('Ana Lima — barista ☕\n'))).toBe('text/plain');
  });

  it('refuses everything else, whatever the file is called', () => {
    expect(sniffMimeType(Buffer.from([0x4d, 0x5a, 0x90, 0x00]))).toBeNull();
    expect(sniffMimeType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x0a, 0, 0, 0]))).toBeNull();
    expect(sniffMimeType(Buffer.from([0xc3, 0x28]))).toBeNull();
    expect(sniffMimeType(Buffer.alloc(0))).toBeNull();
  });

  it('says how large the file is and what the limit is', () => {
    expect(tooLargeMessage(23 * 1024 * 1024 + 1, 20 * 1024 * 1024)).toMatch(/^This file is 23\.0 MB; files can be at most 20 MB\./);
    expect(tooLargeMessage(20 * 1024 * 1024 + 1, 20 * 1024 * 1024)).toMatch(/^This file is just over 20 MB;/);
  });
});

describe('suggestions from resume text', () => {
  it('finds the name, emails, phones and links', () => {
    const text = [
      'Amara Okafor',
      'Pastry cook · Portland, OR',
      'amara.okafor@example.com | +1 (503) 555-0142 | linkedin.com/in/amara-okafor',
      'Portfolio: https://amara.example/bakes.',
      'Experience 2019-2023 at Hearth, 2 years',
    ].join('\n');
    expect(suggestionsFromText(text)).toEqual({
      fullName: 'Amara Okafor',
      emails: ['amara.okafor@example.com'],
      phones: ['+1 (503) 555-0142'],
      links: ['https://linkedin.com/in/amara-okafor', 'https://amara.example/bakes'],
    });
  });

  it('skips headings that are not names', () => {
    const suggestions = suggestionsFromText('Curriculum Vitae\nJosé Núñez García\njose@example.es');
    expect(suggestions.fullName).toBe('José Núñez García');
    expect(suggestionsFromText('RESUME\n\n12 Main St').fullName).toBeUndefined();
  });
});
