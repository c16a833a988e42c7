// Unit tests (Vitest, Node): job-description files (.md, .html, .docx via mammoth, .txt encodings) and refused input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedSection } from '../../electron/contract/jd-schemas';
import { parseJobDescriptionFile } from '../../electron/core/job-descriptions/jd-import-formats';
import { JdImportError } from '../../electron/core/job-descriptions/jd-parse-lines';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';
import { DENTAL_ASSISTANT_DOCX, makeDocx } from '../fixtures/jd/make-docx';

const fixtureDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/jd');
const open = (name: string) => parseJobDescriptionFile(readFileSync(path.join(fixtureDir, name)), name);
const outline = (sections: ParsedSection[]) => sections.map((s) => [s.kind, s.heading, s.paragraphs.length, s.bullets.length]);

describe('Markdown (web-developer.md)', () => {
  it('reads # title, ## and bold headings, a setext heading, -, * and + items, and inline marks', async () => {
    const parsed = await open('web-developer.md');
    expect(parsed.title).toBe('Web Developer');
    expect(parsed.fields).toEqual({ Location: 'Remote (United States)', Salary: '$95k–$120k per year', 'Employment type': 'Contract' });
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Summary', 1, 0],
      ['description', 'The role', 1, 0],
      ['responsibilities', 'Key tasks', 0, 3],
      ['requirements', 'Must have', 0, 2],
      ['nice_to_have', 'Preferred qualifications', 0, 2],
      ['benefits', 'Benefits', 0, 2],
      ['about', 'About Us', 1, 0],
      ['how_to_apply', 'How to Apply', 1, 0],
    ]);
    const byHeading = new Map(parsed.sections.map((s) => [s.heading, s]));
    expect(byHeading.get('Summary')?.paragraphs[0]).toContain("to look after our clients' sites.");
    expect(byHeading.get('Key tasks')?.bullets[0]).toBe('Build and maintain responsive sites with semantic HTML, CSS and TypeScript.');
    expect(byHeading.get('Preferred qualifications')?.bullets).toEqual(['Experience with Astro or Eleventy.', 'Some design skills in Figma.']);
    expect(byHeading.get('Benefits')?.bullets[1]).toBe('Home-office budget of $1,000.');
    expect(JSON.stringify(parsed)).not.toMatch(/Share on LinkedIn|javascript:|\*\*/);
  });

  it('parses .markdown like .md', async () => {
    const bytes = readFileSync(path.join(fixtureDir, 'web-developer.md'));
    expect(await parseJobDescriptionFile(bytes, 'Posting.MARKDOWN')).toEqual(await open('web-developer.md'));
  });
});

describe('HTML (office-manager.html)', () => {
  it('reads <h1> as the title, bold paragraphs and <h2>/<h3> as headings, <li> as items, two-cell rows as fields', async () => {
    const parsed = await open('office-manager.html');
    expect(parsed.title).toBe('Office Manager');
    expect(parsed.fields).toEqual({
      Salary: '£28,000 – £32,000 a year',
      Location: 'Leeds, West Yorkshire, UK',
      'Job type': 'Full-time, permanent',
    });
    expect(outline(parsed.sections)).toEqual([
      ['summary', 'Summary', 1, 0],
      ['responsibilities', 'Duties & Responsibilities', 0, 4],
      ['requirements', 'REQUIREMENTS', 0, 2],
      ['about', 'Who we are', 1, 0],
    ]);
    expect(parsed.sections[1]?.bullets).toEqual([
      'Manage the appointment book and the recall list.',
      'Order supplies & check deliveries.',
      'Look after payroll, rotas and holiday requests.',
      'Handle patient queries by phone and email.',
    ]);
    expect(parsed.sections[3]?.paragraphs[0]).toBe('We have cared for families in Leeds since 1998. <We> value kindness & punctuality.');
  });

  it('drops scripts, styles, the <title>, navigation, footer, share links, the date and the Apply now link', async () => {
    const json = JSON.stringify(await open('office-manager.html'));
    for (const furniture of ['dataLayer', 'font-family', 'Careers at', 'Home', 'Back to top', 'Apply now', 'Share', '©', 'September']) {
      expect(json).not.toContain(furniture);
    }
  });

  it('.htm is HTML too, and broken markup does not throw', async () => {
    const parsed = await parseJobDescriptionFile(Buffer.from('<h2>Duties<ul><li>Drive<li>Load</ul><p>unclosed <b>bold'), 'x.htm');
    expect(parsed.sections[0]).toEqual({ kind: 'responsibilities', heading: 'Duties', paragraphs: ['unclosed bold'], bullets: ['Drive', 'Load'] });
  });
});

describe('.docx through mammoth', () => {
  it('reads Word headings, bold-paragraph headings, real lists, Symbol-font bullets and table fields', async () => {
    const parsed = await parseJobDescriptionFile(makeDocx(DENTAL_ASSISTANT_DOCX), 'Dental assistant.docx');
    expect(parsed).toEqual({
      title: 'Dental Assistant',
      fields: { 'Employment Type': 'Full-time', Location: 'Remote' },
      sections: [
        {
          kind: 'summary',
          heading: 'Summary',
          paragraphs: ['Smile Bright is a busy family practice. We are looking for a calm, careful dental assistant to support our two dentists.'],
          bullets: [],
        },
        {
          kind: 'responsibilities',
          heading: 'Your responsibilities',
          paragraphs: [],
          bullets: ['Prepare treatment rooms and sterilise instruments.', 'Take and develop X-rays.', 'Keep patient records up to date.'],
        },
        { kind: 'requirements', heading: 'Qualifications', paragraphs: [], bullets: ['A dental assisting certificate.', 'Radiography certification.'] },
        { kind: 'benefits', heading: 'Benefits', paragraphs: [], bullets: ['Four weeks of paid holiday.', 'Free dental care for you & your family.'] },
      ],
    });
  });

  it('refuses a file that is not a .docx with a clear error', async () => {
    const error = await parseJobDescriptionFile(Buffer.from('not a zip'), 'broken.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JdImportError);
    expect(error).toMatchObject({ code: 'invalid_input', reason: 'unreadable' });
    expect((error as Error).message).toMatch(/could not be read/);
  });
});

describe('text encodings', () => {
  const text = 'Driver\n\nDuties\n\u2022 Deliver parcels.\n';

  it('reads UTF-8 with a BOM, UTF-16 LE from Notepad and Windows-1252 alike', async () => {
    const expected = parseJobDescriptionText(text);
    const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const cp1252 = Buffer.from(text.replace('\u2022', '\x95'), 'latin1');
    for (const bytes of [utf8Bom, utf16, cp1252]) expect(await parseJobDescriptionFile(bytes, 'a.txt')).toEqual(expected);
    expect(expected.sections[0]?.bullets).toEqual(['Deliver parcels.']);
  });
});

describe('refused input', () => {
  it('refuses an unknown extension with a typed, clear error', async () => {
    const error = await parseJobDescriptionFile(Buffer.from('x'), 'posting.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JdImportError);
    expect(error).toMatchObject({ code: 'invalid_input', reason: 'unsupported_format' });
    expect((error as Error).message).toBe('Hirebook cannot import .pdf files. Open a .txt, .md, .html or .docx file, or paste the text instead.');
    await expect(parseJobDescriptionFile(Buffer.from('x'), 'README')).rejects.toThrow(/a file without an extension/);
  });

  it('refuses text over 5 MB, pasted or opened', async () => {
    const big = 'a'.repeat(5 * 1024 * 1024 + 1);
    expect(() => parseJobDescriptionText(big)).toThrow(JdImportError);
    expect(() => parseJobDescriptionText(big)).toThrow(/over 5 MB/);
    // Multi-byte characters count by their UTF-8 size: 2 million "é" is 4 MB of text.
    expect(() => parseJobDescriptionText('é'.repeat(2_000_000))).not.toThrow();
    expect(() => parseJobDescriptionText('€'.repeat(1_800_000))).toThrow(/over 5 MB/);
    await expect(parseJobDescriptionFile(Buffer.from(big), 'big.txt')).rejects.toMatchObject({ code: 'invalid_input', reason: 'too_large' });
  });
});

describe('Markdown as a reader sees it (fourth round)', () => {
  it('takes front matter\'s title and human labels, drops machine keys, comments and raw list tags', async () => {
    const markdown = [
      '---',
      'title: Junior Developer',
      'img: ./developer.png',
      'published: false',
      'Place of Work: Remote',
      '---',
      '',
      '### Requirements:',
      '',
      '- Knowledge of Python.',
      '<!-- - Hidden item',
      '  - Another hidden one -->',
      '<ul>',
      '<li class="px-5">Experience with REST APIs.</li>',
      '</ul>',
    ].join('\n');
    const parsed = await parseJobDescriptionFile(Buffer.from(markdown), 'junior.md');
    expect(parsed.title).toBe('Junior Developer');
    expect(parsed.fields).toEqual({ 'Place of Work': 'Remote' });
    expect(parsed.sections.map((s) => [s.heading, s.bullets])).toEqual([['Requirements', ['Knowledge of Python.', 'Experience with REST APIs.']]]);
  });

  it('prefers the page\'s first heading when it says the front matter\'s title more fully', async () => {
    const markdown = '---\ntitle: Full Stack Engineer\n---\n\n## Full Stack Engineer (Software Engineer II)\n\nYou will build our products with the team every day.\n';
    expect((await parseJobDescriptionFile(Buffer.from(markdown), 'x.md')).title).toBe('Full Stack Engineer (Software Engineer II)');
  });
});
