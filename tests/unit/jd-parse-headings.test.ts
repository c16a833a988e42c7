// Unit tests (Vitest, Node): which words make which section kind, and page-title lines versus section headings.
import { describe, expect, it } from 'vitest';
import { classifyHeading, isKnownHeading, isPageTitleLine, titleFromPageTitle, titleFromQuestion } from '../../electron/core/job-descriptions/jd-parse-headings';

describe('classifyHeading', () => {
  it.each([
    ['Summary', 'summary'], ['Overview', 'summary'], ['Position summary', 'summary'], ['What does a Back End Developer do?', 'summary'],
    ['Job description', 'description'], ['About the job', 'description'], ['About the Role', 'description'], ['About this position', 'description'], ['The role', 'description'],
    ['Duties', 'responsibilities'], ['Job Duties and Responsibilities', 'responsibilities'], ['What you’ll do', 'responsibilities'], ['What you will do', 'responsibilities'], ['Key tasks', 'responsibilities'], ['Day-to-day', 'responsibilities'],
    ['Requirements', 'requirements'], ['Requirements and Qualifications', 'requirements'], ['Qualifications', 'requirements'], ['Skills', 'requirements'], ["What you'll need", 'requirements'], ['Who you are', 'requirements'], ['Must have', 'requirements'], ['Must-haves', 'requirements'], ['About you', 'requirements'], ['Skills and responsibilities', 'requirements'],
    ['Nice to have', 'nice_to_have'], ['Preferred qualifications', 'nice_to_have'], ['Bonus points', 'nice_to_have'], ['Desirable', 'nice_to_have'],
    ['Benefits', 'benefits'], ['Perks', 'benefits'], ['What we offer', 'benefits'], ['Compensation & benefits', 'benefits'], ['Why join us?', 'benefits'],
    ['About us', 'about'], ['About the company', 'about'], ['Who we are', 'about'], ['About Bean & Leaf', 'about'], ['Company overview', 'about'],
    ['How to apply', 'how_to_apply'], ['To apply', 'how_to_apply'], ['Application process', 'how_to_apply'],
    ['Our Equipment', 'other'], ['Schedule', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  // Headings common across trades, care, retail, government class specifications and tech postings.
  it.each([
    ['Definition', 'summary'], ['Nature of Work', 'summary'], ['General Statement of Duties', 'summary'],
    ['Examples of Work Performed', 'responsibilities'], ['Illustrative Examples of Duties', 'responsibilities'], ['A day in the life', 'responsibilities'], ['Key Result Areas', 'responsibilities'],
    ["Who we're looking for", 'requirements'], ['What it takes', 'requirements'], ['Your profile', 'requirements'], ['Candidate Profile', 'requirements'],
    ["What you'll get", 'benefits'], ['What you get', 'benefits'], ['Our offer', 'benefits'], ['Total Rewards', 'benefits'],
    ['Meet the team', 'about'], ['The Team', 'about'], ['You will', 'responsibilities'], ['You have', 'requirements'], ['You are', 'requirements'],
    ['Interested?', 'how_to_apply'], ['Application Instructions', 'how_to_apply'], ['Selection Process', 'how_to_apply'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it('knows headings of no kind that postings use everywhere', () => {
    for (const heading of ['Job Type', 'Start Date', 'Contact Information', 'Supplemental Information', 'Tools and Equipment Used', 'Dress Code']) {
      expect(isKnownHeading(heading), heading).toBe(true);
    }
    expect(isKnownHeading('Uniform')).toBe(false);
  });
});

describe('page title lines', () => {
  it('recognises a title line listing several section kinds, but not a section heading', () => {
    expect(isPageTitleLine('Comprehensive Back End Developer Job Description, Duties, Responsibilities, Requirements, and Qualifications')).toBe(true);
    expect(isPageTitleLine('Barista Job Description Template')).toBe(true);
    expect(isPageTitleLine('Job Description')).toBe(false);
    expect(isPageTitleLine('Duties and Responsibilities')).toBe(false);
    expect(isPageTitleLine('Requirements and Qualifications')).toBe(false);
  });

  it.each([
    ['Comprehensive Back End Developer Job Description, Duties, Responsibilities, Requirements, and Qualifications', 'Back End Developer'],
    ['Free Sample Dental Assistant Job Description Template', 'Dental Assistant'],
    ['Job Description - Delivery Driver', 'Delivery Driver'],
    ['Hair Stylist Job Posting', 'Hair Stylist'],
  ])('%s → %s', (line, title) => {
    expect(titleFromPageTitle(line)).toBe(title);
  });

  it('reads the job from a "What does a X do?" question', () => {
    expect(titleFromQuestion('What does an Auto Mechanic do?')).toBe('Auto Mechanic');
    expect(titleFromQuestion('What will you do?')).toBeNull();
  });
});
