// Property test: hostile strings (markup, script breakers, formulas, calendar lines, Markdown, emoji, RTL)
// and random Unicode in every field a user types, through the real channels, into EVERY output that embeds
// them: the JSON-LD file and careers pages (bytes on disk), the posting HTML (classic, flyer), Markdown and
// plain text, the candidate and application CSVs, the interview .ics, the interview kit and the print
// footer. Each output is read back by an independent parser and must hold the text as text, nothing more.
// Runs in Vitest with fast-check on real SQLite.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CandidateExportFile, CandidateProfile, Company, Interview, InterviewIcs, PostingExport, PostingHtml, Role, RoleDescription } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { footerTemplate } from '../../electron/core/postings/pdf-printer';
import { DESCRIPTION_TAGS } from '../../electron/core/postings/posting-jsonld';
import { call } from '../helpers/applicants';
import { HOSTILE_PAYLOADS, fitField, hostileText } from '../helpers/hostile-text';
import { scheduleInput } from '../helpers/interviews-seed';
import { blockTexts, markdownSyntax, readHtml, squash, unescapeMarkdown } from '../helpers/output-checks';
import { tempCore, tempDir } from '../helpers/temp-core';

/** What a user typed, one string per field. */
interface Typed {
  title: string;
  department: string;
  company: string;
  street: string;
  city: string;
  region: string;
  country: string;
  ownAddress: boolean;
  heading: string;
  paragraph: string;
  item: string;
  instructions: string;
  name: string;
  tag: string;
  place: string;
  summary: string;
  interviewer: string;
  interviewPlace: string;
  label: string;
  question: string;
}

const FIELDS: Record<Exclude<keyof Typed, 'ownAddress'>, { max: number; required?: boolean }> = {
  title: { max: 200, required: true },
  department: { max: 100 },
  company: { max: 200 },
  street: { max: 200 },
  city: { max: 100 },
  region: { max: 100 },
  country: { max: 100 },
  heading: { max: 200, required: true },
  paragraph: { max: 2000 },
  item: { max: 2000 },
  instructions: { max: 2000 },
  name: { max: 200, required: true },
  tag: { max: 40, required: true },
  place: { max: 200 },
  summary: { max: 2000 },
  interviewer: { max: 100, required: true },
  interviewPlace: { max: 500 },
  label: { max: 300, required: true },
  question: { max: 290 },
};

function typed(pick: (field: keyof typeof FIELDS) => string, ownAddress: boolean): Typed {
  const entries = Object.entries(FIELDS).map(([field, spec]) => [field, fitField(pick(field as keyof typeof FIELDS), spec.max, spec.required)]);
  return { ...(Object.fromEntries(entries) as Omit<Typed, 'ownAddress'>), ownAddress };
}

const typedArb: fc.Arbitrary<Typed> = fc
  .tuple(fc.dictionary(fc.constantFrom(...Object.keys(FIELDS)), hostileText), fc.boolean(), hostileText)
  .map(([values, own, fallback]) => typed((field) => values[field] ?? fallback, own));

/** Emails are checked by the contract, so the hostile ones start like a formula. */
const EMAILS = ['-2+3@example.test', '+cmd@example.test', 'plain@example.test'];

/** Text as an HTML body, encoded here (not by the code under test). */
const encode = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sections a posting shows (those with text), with the text of each paragraph and list item. */
const shownSections = (s: Stored): { heading: string; texts: string[] }[] =>
  s.description.sections.map((x) => ({ heading: x.heading, texts: blockTexts(x.html) })).filter((x) => x.texts.length > 0);

/** What a spreadsheet should show: the text, with a quote in front when it would start a formula. */
const inert = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** RFC 5545 TEXT as Hirebook writes it: line ends as \n, control characters but tab left out. */
const icsClean = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/(?![\t\n])\p{Cc}/gu, '');

interface World {
  core: Core;
  roleId: string;
  candidateId: string;
  applicationId: string;
  interviewId: string;
  /** Property names of a plain interview's VEVENT, and of its calendar. */
  eventProperties: string[];
  calendarProperties: string[];
}

function calendar(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

const names = (component: ICAL.Component): string[] => component.getAllProperties().map((p) => p.name).sort();

async function world(): Promise<World> {
  const core = tempCore();
  const role = await call<Role>(core, 'roles:create', { title: 'Baker', status: 'open', applyEmail: 'jobs@crumb.example' });
  const person = await call<{ candidate: CandidateProfile }>(core, 'candidates:create', { fullName: 'Ana Lima', source: 'referral' });
  const [application] = await call<{ applications: { id: string }[] }>(core, 'applications:create', { candidateId: person.candidate.id, roleIds: [role.id] }).then((r) => r.applications);
  const interview = await call<Interview>(core, 'interviews:schedule', scheduleInput(application?.id ?? '', { kind: 'onsite', location: 'Back room' }));
  const plain = calendar((await call<InterviewIcs>(core, 'interviews:ics', { id: interview.id })).content);
  const event = plain.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return {
    core,
    roleId: role.id,
    candidateId: person.candidate.id,
    applicationId: application?.id ?? '',
    interviewId: interview.id,
    eventProperties: names(event),
    calendarProperties: names(plain),
  };
}

interface Stored {
  role: Role;
  company: Company;
  description: RoleDescription;
  candidate: CandidateProfile;
  interview: Interview;
}

/** Types everything through the channels; returns what was stored (the echo), which every output must show. */
async function typeIn(w: World, t: Typed): Promise<Stored> {
  const { core } = w;
  const address = { street: t.street, city: t.city, region: t.region, country: t.country };
  const company = await call<Company>(core, 'company:update', { name: t.company, website: 'https://crumb.example', address });
  const role = await call<Role>(core, 'roles:update', {
    id: w.roleId,
    patch: { title: t.title, department: t.department, applyInstructions: t.instructions, location: t.ownAddress ? address : { street: '', city: '', region: '', country: '' } },
  });
  const description = await call<RoleDescription>(core, 'descriptions:save', {
    roleId: w.roleId,
    sections: [
      { kind: 'summary', heading: t.heading, html: `<p>${encode(t.paragraph)}</p>` },
      { kind: 'requirements', heading: 'What you bring', html: `<ul><li>${encode(t.item)}</li><li>${encode(t.paragraph)}</li></ul>` },
    ],
  });
  const candidate = await call<CandidateProfile>(core, 'candidates:update', {
    id: w.candidateId,
    patch: { fullName: t.name, tags: [t.tag], location: t.place, summary: t.summary, sourceDetail: t.department, emails: [EMAILS[t.name.length % EMAILS.length]] },
  });
  const interview = await call<Interview>(core, 'interviews:update', { id: w.interviewId, location: t.interviewPlace, interviewers: [t.interviewer] });
  await call(core, 'kits:save', { roleId: w.roleId, items: [{ kind: 'criterion', label: t.label, question: t.question }, { kind: 'question', label: `Ask: ${t.question}` }] });
  return { role, company, description, candidate, interview };
}

function checkJsonLd(json: string, s: Stored): void {
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  const ld = JSON.parse(json) as { title: string; description: string; hiringOrganization: { name: string }; jobLocation?: { address: Record<string, string> } };
  expect(ld.title).toBe(s.role.title);
  expect(ld.hiringOrganization.name).toBe(s.company.name);
  const where = s.role.location.city || s.role.location.street || s.role.location.region || s.role.location.country ? s.role.location : s.company.address;
  const address = ld.jobLocation?.address ?? {};
  expect([address.streetAddress ?? '', address.addressLocality ?? '', address.addressRegion ?? '', address.addressCountry ?? '']).toEqual([where.street, where.city, where.region, where.country]);
  const description = readHtml(ld.description);
  expect(description.problems).toEqual([]);
  for (const tag of description.tags) expect(DESCRIPTION_TAGS as readonly string[]).toContain(tag);
  for (const text of shownSections(s).flatMap((x) => [x.heading, ...x.texts])) expect(squash(description.text)).toContain(squash(text));
}

/** A posting HTML document: only template elements, its own title, and the user's text as text. */
function checkPage(html: string, texts: readonly string[], scripts: number): ReturnType<typeof readHtml> {
  const page = readHtml(html);
  expect(page.problems).toEqual([]);
  expect(page.jsonLd).toHaveLength(scripts);
  for (const text of texts) expect(squash(page.text)).toContain(squash(text));
  return page;
}

function userTexts(s: Stored): string[] {
  return [s.role.title, s.company.name, s.role.department, s.role.applyInstructions, ...shownSections(s).flatMap((x) => [x.heading, ...x.texts])];
}

/** The part of a Markdown line that is user text: the line without the template's own syntax. */
function userPart(line: string): string {
  if (line === '---' || /^- (?:Apply online|Email): <[^<>\s]+>$/.test(line)) return '';
  // The s flag: U+2028/2029 are line ends to a JavaScript pattern, not to Markdown.
  const patterns = [/^#{1,2} (.*)$/s, /^- \*\*[A-Za-z ]+:\*\* (.*)$/s, /^(.*): <https:\/\/[^<>\s]+>$/s, /^\*(.*)\*$/s, /^- (.*)$/s];
  for (const pattern of patterns) {
    const match = pattern.exec(line);
    if (match) return match[1] ?? '';
  }
  return line;
}

function checkMarkdown(md: string, s: Stored): void {
  const lines = md.split('\n');
  const headings = lines.filter((line) => /^ {0,3}#/.test(line));
  expect(headings).toHaveLength(1 + shownSections(s).length + 1);
  for (const line of lines) expect(markdownSyntax(userPart(line)), line).toEqual([]);
  const oneLine = (text: string): string => text.split(/\r\n?|\n/).join(' ');
  expect(lines[0]?.startsWith('# ')).toBe(true);
  expect(unescapeMarkdown(lines[0]?.slice(2) ?? '')).toBe(oneLine(s.role.title));
  const plain = unescapeMarkdown(md);
  for (const text of [s.role.applyInstructions.replace(/\r\n?/g, '\n'), oneLine(s.company.name), ...shownSections(s).map((x) => oneLine(x.heading))]) expect(plain).toContain(text);
}

function checkCsv(file: CandidateExportFile, expected: Record<string, string>): void {
  const parsed = Papa.parse<Record<string, string>>(file.content.replace(/^\uFEFF/, ''), { header: true, delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(1);
  const row = parsed.data[0] ?? {};
  for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  for (const [column, text] of Object.entries(expected)) expect(row[column], column).toBe(inert(text));
}

function checkIcs(ics: string, w: World, s: Stored): void {
  // Lines end only in CRLF; no other control character but the tab that folds long lines.
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/(?!\t)\p{Cc}/u);
  const cal = calendar(ics);
  expect(names(cal)).toEqual(w.calendarProperties);
  const events = cal.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const event = events[0] as ICAL.Component;
  const location = icsClean(s.interview.location);
  expect(names(event)).toEqual(location ? w.eventProperties : w.eventProperties.filter((p) => p !== 'location'));
  expect(event.getFirstPropertyValue('summary')).toBe(icsClean(`Interview: ${s.candidate.fullName} (${s.role.title})`));
  if (location) expect(event.getFirstPropertyValue('location')).toBe(location);
  const description = String(event.getFirstPropertyValue('description'));
  expect(description).toContain(icsClean(`On-site interview with ${s.candidate.fullName} for ${s.role.title}.`));
  expect(description).toContain(icsClean(`Interviewers: ${s.interview.interviewers.map((p) => p.name).join(', ')}.`));
}

async function checkEverything(w: World, t: Typed): Promise<void> {
  const s = await typeIn(w, t);
  const { core } = w;
  const exported = async (format: string): Promise<string> => (await call<PostingExport>(core, 'postings:export', { roleId: w.roleId, format })).content;

  checkJsonLd(await exported('jsonld'), s);
  checkPage(await exported('html'), [...userTexts(s), s.role.location.city || s.company.address.city], 0);
  checkPage((await call<PostingHtml>(core, 'postings:html', { roleId: w.roleId, layout: 'flyer' })).html, [s.company.name], 0);

  const out = tempDir();
  await call(core, 'careers:export', { outDir: out });
  const index = checkPage(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), [s.role.title, s.company.name], 0);
  expect(index.title).toBe(s.company.name ? `Jobs at ${s.company.name}` : 'Open roles');
  const [pageFile] = fs.readdirSync(path.join(out, 'roles'));
  const rolePage = checkPage(fs.readFileSync(path.join(out, 'roles', pageFile ?? ''), 'utf8'), userTexts(s), 1);
  checkJsonLd(rolePage.jsonLd[0] ?? '', s);

  checkMarkdown(await exported('md'), s);
  const txt = await exported('txt');
  for (const text of [s.role.title, s.company.name, s.role.applyInstructions]) expect(txt).toContain(text);

  const candidate = s.candidate;
  const people = { Name: candidate.fullName, Email: candidate.emails[0] ?? '', Location: candidate.location, Source: candidate.sourceDetail || 'Referral', Tags: candidate.tags.join('; '), Summary: candidate.summary };
  checkCsv(await call<CandidateExportFile>(core, 'candidates:export', {}), { ...people, Roles: s.role.title });
  checkCsv(await call<CandidateExportFile>(core, 'applications:export', { applicationIds: [w.applicationId] }), { ...people, Role: s.role.title, Stage: 'Applied' });

  checkIcs((await call<InterviewIcs>(core, 'interviews:ics', { id: w.interviewId })).content, w, s);

  const kit = (await call<{ html: string }>(core, 'kits:html', { roleId: w.roleId })).html;
  checkPage(kit, [s.role.title, s.company.name, t.label.trim(), t.question.trim()], 0);

  const footer = `${s.company.name} · ${s.role.title}`;
  checkPage(footerTemplate({ text: footer, fontCss: '', fontFamily: 'sans-serif' }), [footer], 0);
}

describe('every output that embeds user text', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('keeps each hostile payload, typed into every field, as text in every output', async () => {
    for (const [i, payload] of HOSTILE_PAYLOADS.entries()) await checkEverything(w, typed(() => payload, i % 2 === 0));
  }, 120_000);

  it('keeps random and mixed hostile text as text in every output', async () => {
    await fc.assert(
      fc.asyncProperty(typedArb, (t) => checkEverything(w, t)),
      { numRuns: 40 },
    );
  }, 120_000);
});
