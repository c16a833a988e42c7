// Résumé text rules, one plain case each: the normaliser that makes extracted text searchable, how PDF
// text items and Word HTML become lines, and the name and phone suggestions (the real files are in
// tests/db/resume-real-corpus.test.ts). Pure; runs in Vitest.
import { describe, expect, it } from 'vitest';
import { htmlToText, pageText } from '../../electron/core/attachments/attachments-extract';
import { suggestionsFromText } from '../../electron/core/attachments/attachments-rules';
import { normalizeExtractedText } from '../../electron/core/attachments/text-normalize';

const pdf = (text: string) => normalizeExtractedText(text, { joinWrappedLines: true });
const word = (text: string) => normalizeExtractedText(text);

describe('normalizeExtractedText', () => {
  it('folds ligatures and full-width forms (NFKC)', () => {
    expect(word('Co\uFB00ee, e\uFB03cient, \uFB02uent')).toBe('Coffee, efficient, fluent');
    expect(word('ＳＱＬ and Ｅｘｃｅｌ, ＋８１ ９０－５５５５－０１３２')).toBe('SQL and Excel, +81 90-5555-0132');
  });

  it('drops soft hyphens, also where one split a word across lines', () => {
    expect(word('inven\u00ADtory')).toBe('inventory');
    expect(pdf('top 5% of submis\u00AD\nsions')).toBe('top 5% of submissions');
  });

  it('makes Unicode hyphens ordinary ones and mends a doubled hyphen inside a number', () => {
    expect(word('on\u2010campus, (909) 555-\u00AD\u20105555')).toBe('on-campus, (909) 555-5555');
  });

  it('joins a word hyphenated across a line end, keeping compounds and capitalised starts', () => {
    expect(pdf('the re-\nproducibility of')).toBe('the reproducibility of');
    expect(pdf('CERTIFI-\nCATES')).toBe('CERTIFICATES');
    expect(word('a self-\nmotivated baker')).toBe('a self-motivated baker');
    expect(word('Anna Smith-\nJones')).toBe('Anna Smith-\nJones');
    expect(word('vendor contracts, minute-\ntaking')).toBe('vendor contracts, minute-taking');
    expect(word('cut abandoned sign-\nups')).toBe('cut abandoned sign-ups');
    // The document's own spelling elsewhere decides
    expect(word('a data-\nbase admin; database tuning')).toBe('a database admin; database tuning');
    expect(word('on-\nboarding new staff; on-boarding again')).toBe('on-boarding new staff; on-boarding again');
    expect(word('Skills -\nJava')).toBe('Skills -\nJava');
  });

  it('closes up letter-spaced words, keeping the words apart', () => {
    expect(word('J O H N   D O E')).toBe('JOHN DOE');
    expect(word('N A O M I  W E B E R\nPlan A B testing')).toBe('NAOMI WEBER\nPlan A B testing');
    expect(word('N G O Z I  I L O R I - L U N D')).toBe('NGOZI ILORI-LUND');
  });

  it('collapses runs of spaces and tabs, and trims lines', () => {
    expect(word('Leo\t  Leopard\t  \n  Objective  ')).toBe('Leo Leopard\nObjective');
  });

  it('joins lines a paragraph merely wrapped (PDF), not bullets, headings or Word paragraphs', () => {
    const text = 'Built an efficient web application using Flask and React to analyze GitHub\ndata for the staff\n• Second bullet point\nExperience\nwork done';
    expect(pdf(text)).toBe('Built an efficient web application using Flask and React to analyze GitHub data for the staff\n• Second bullet point\nExperience\nwork done');
    expect(word('Built an efficient web application using Flask and React\ndata')).toBe('Built an efficient web application using Flask and React\ndata');
  });

  it('turns the U+0088 bullet of pdfTeX Computer Modern into a bullet, and drops other control characters', () => {
    expect(word('\u0088 Developed a REST API\u0000')).toBe('• Developed a REST API');
  });

  it('is idempotent', () => {
    const once = pdf('Co\uFB00ee  lover, re-\nsearcher\nJ O H N  D O E');
    expect(pdf(once)).toBe(once);
  });

  it('stays fast on a crafted long line', () => {
    const started = Date.now();
    normalizeExtractedText(`${'A '.repeat(200_000)}-\n${'a'.repeat(200_000)}-\nb ${'x/'.repeat(100_000)}`, { joinWrappedLines: true });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('pageText (pdfjs items to lines)', () => {
  const item = (str: string, x: number, width: number, hasEOL = false, y = 700, size = 10) => ({ str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL });

  it('joins items that touch without a space ("Co" "ff" "ee"), and spaces items apart on the line', () => {
    expect(pageText([item('Co', 0, 10), item('ff', 10, 6), item('ee', 16, 10), item('lover', 30, 20, true), item('Next', 0, 20, false, 686)])).toBe('Coffee lover\nNext');
  });

  it('keeps pdfjs spaces, and doubles one beside a letter-spaced word so the words stay apart', () => {
    const items = [item('C A T H E R I N E', 0, 200), item(' ', 200, 17), item('S T A R K', 217, 116)];
    expect(pageText(items)).toBe('C A T H E R I N E  S T A R K');
    expect(normalizeExtractedText(pageText(items))).toBe('CATHERINE STARK');
  });
});

describe('htmlToText (Word text from mammoth HTML)', () => {
  it('puts paragraphs, list items, table cells and line breaks on lines', () => {
    const html = '<h1>Kaito Brennan</h1><p>Dayton, OH 45402<br />(555) 010-9012</p><ul><li>Forklift &amp; RF</li></ul><table><tr><td><p>Left</p></td><td><p>Right</p></td></tr></table>';
    expect(word(htmlToText(html))).toBe('Kaito Brennan\nDayton, OH 45402\n(555) 010-9012\n• Forklift & RF\n\nLeft\n\nRight');
  });
});

describe('name suggestions', () => {
  const name = (text: string) => suggestionsFromText(text).fullName;

  it('title-cases a name in capitals and collapses its spaces', () => {
    expect(name('CATHERINE   STARK\nLogistics')).toBe('Catherine Stark');
    expect(name('OLUWASEUN ADEYEMI-FRANKLIN')).toBe('Oluwaseun Adeyemi-Franklin');
    expect(name("SEAN O'NEILL")).toBe("Sean O'Neill");
  });

  it('reads a letter-spaced name', () => {
    expect(name('J O H N   D O E\nSoftware Engineer')).toBe('John Doe');
  });

  it('takes the name from a line that goes on with contact details (LaTeX headers)', () => {
    expect(name('Marisol Quintero | 555-010-4821 | marisol@example.com')).toBe('Marisol Quintero');
    expect(name('Henrik Aaltonen mobile: +358 40 555 0182')).toBe('Henrik Aaltonen');
    expect(name('Kenji Watanabe-Lindholm · Résumé')).toBe('Kenji Watanabe-Lindholm');
  });

  it('drops titles, degrees and a "Name" label, and keeps particles', () => {
    expect(name('Dr. Ingrid Sørvik-Halvorsen')).toBe('Ingrid Sørvik-Halvorsen');
    expect(name('Jane Roe, PhD')).toBe('Jane Roe');
    expect(name('Personal information\nName: Giulia Ferraresi')).toBe('Giulia Ferraresi');
    expect(name('Ludwig van der Berg')).toBe('Ludwig van der Berg');
    expect(name('Maria José de Souza')).toBe('Maria José de Souza');
    expect(name('Ying Ma')).toBe('Ying Ma');
    expect(name('John Smith Jr.')).toBe('John Smith');
    expect(name('山田 花子')).toBe('山田 花子');
  });

  it('joins a first and a last name set on lines of their own (sidebars)', () => {
    expect(name('ÉLODIE\nMARCHETTI\nData Analyst')).toBe('Élodie Marchetti');
    expect(name('Languages\nFrench\nTools\nExcel')).toBeUndefined();
  });

  it('skips headings, job titles, schools and dates', () => {
    expect(name('Last updated in Mar 2026\nJohn Doe')).toBe('John Doe');
    expect(name('Graphic Designer\nCarnegie Hillside University\nLena Moritz')).toBe('Lena Moritz');
    expect(name('EUROPASS CURRICULUM VITAE\nWork Experience')).toBeUndefined();
  });
});

describe('phone suggestions', () => {
  const phones = (text: string) => suggestionsFromText(text).phones;

  it('accepts real formats', () => {
    for (const phone of ['+1 (555) 123-4567', '555.123.4567', '+44 20 7946 0958', '555-010-4821', '(555) 010-6620', '+358 40 555 0182', '+49 30 5550 1234', '555 010 2299', '+1.555.010.7788', '0044 20 7946 0958', '+81 90-5555-0132', '030/5550123', '(+44) 7700 900123']) {
      expect(phones(`Call ${phone} today`), phone).toEqual([phone]);
    }
  });

  it('rejects year ranges and a product year', () => {
    expect(phones('Microsoft 365 - 2015')).toEqual([]);
    expect(phones('2015 - 2019, 2018 — 2024, 2019–2023, 1990-2020')).toEqual([]);
    expect(phones('Université Lyon 2 2014/2016; season 2019/2020')).toEqual([]);
  });

  it('rejects dates and month/year spans', () => {
    expect(phones('Born 1990-04-12; certified 2019-05-01; 12.05.2019; 05/2019 – 08/2021; 09/2019 - 07/2022')).toEqual([]);
    expect(phones('Food Hygiene Level 3 (2021-03-15)')).toEqual([]);
  });

  it('rejects version numbers, page ranges and identifiers', () => {
    expect(phones('Python 3.11.4, Adobe InDesign 2024 (19.0), Niagara 4.10.2.18')).toEqual([]);
    expect(phones('Journal 41(3): 211–229, pages 1044–1058')).toEqual([]);
    expect(phones('ORCID: 0000-0002-1825-0097, doi 10.1234/neurips.2023.1234, RN-555-0199, ISO 9001:2015, ISBN 978-3-16-148410-0')).toEqual([]);
    expect(phones('Licence no. 555-0199; salary $1,250,000; 2500000 users')).toEqual([]);
  });

  it('rejects zip codes, also beside a phone number on the same line', () => {
    expect(phones('Portland, OR 97205 · 555 010 2299')).toEqual(['555 010 2299']);
    expect(phones('Tacoma, WA 98402 253-555-0147')).toEqual(['253-555-0147']);
    expect(phones('Beaverton, OR 97005 2012 – 2016')).toEqual([]);
    expect(phones('〒180-0004 Tokyo')).toEqual([]);
    expect(phones('Chicago, IL 60614-2231')).toEqual([]);
  });

  it('does not run a number on the next line into a phone number', () => {
    expect(phones('Dayton, OH 45402\n(555) 010-9012\nkaito@example.net')).toEqual(['(555) 010-9012']);
  });

  it('trusts a phone label over the date-like shape', () => {
    expect(phones('Phone no.: 555-2019')).toEqual(['555-2019']);
    expect(phones('Tel: 5550123')).toEqual(['5550123']);
  });
});
