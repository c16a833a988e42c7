// Property tests (Vitest + fast-check, Node): odd input never makes the job-description parser throw or break the contract shapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParsedJobDescription } from '../../electron/contract/jd-schemas';
import { RolePatch } from '../../electron/contract/roles-schemas';
import { parseJobDescriptionFile } from '../../electron/core/job-descriptions/jd-import-formats';
import { mapFieldsToRole } from '../../electron/core/job-descriptions/jd-parse-fields';
import { parseJobDescriptionText } from '../../electron/core/job-descriptions/jd-parse-rules';

// Pieces real postings are made of, so random documents reach the interesting rules, not only plain words.
const PIECES = [
  'Responsibilities', 'REQUIREMENTS:', 'What does a Cook do?', 'Job Title: Cook', 'Salary Range:', '$45,000 – $55,000 per year',
  '• ', '- ', '* ', '▪', '◦', '\uF0B7', '1. ', '2) ', 'a) ', '\u00A0', '\t', '\r\n', '\n', '\n\n', '  ', 'Top', 'Apply now',
  'Explore the Latest Cook Job Openings - Apply Online', 'September 27, 2025', 'Location: Remote', ':', '?', '__proto__: x',
  'Comprehensive Cook Job Description, Duties, Responsibilities, Requirements', 'and continues here', '<h2>', '</li>', '#', '**',
];
const messyText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('parser fuzzing', () => {
  it('never throws on random text and always returns a schema-valid parse', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), messyText), (text) => {
        const parsed = parseJobDescriptionText(text);
        expect(ParsedJobDescription.safeParse(parsed).success).toBe(true);
        for (const section of parsed.sections) expect(section.paragraphs.length + section.bullets.length).toBeGreaterThan(0);
        expect(RolePatch.safeParse(mapFieldsToRole(parsed.fields)).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on random HTML or Markdown files', async () => {
    await fc.assert(
      fc.asyncProperty(messyText, fc.constantFrom('a.html', 'a.md', 'a.txt'), async (text, name) => {
        const parsed = await parseJobDescriptionFile(Buffer.from(text, 'utf8'), name);
        expect(ParsedJobDescription.safeParse(parsed).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('maps any fields to a valid role patch', () => {
    const label = fc.constantFrom('Job Title', 'Salary', 'Pay Range', 'Location', 'Job Type', 'Department', 'Reports To', 'Closing Date', 'Workplace');
    fc.assert(
      fc.property(fc.dictionary(label, fc.oneof(fc.string(), messyText)), (fields) => {
        expect(RolePatch.safeParse(mapFieldsToRole(fields)).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
