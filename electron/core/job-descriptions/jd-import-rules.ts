// Pure rules for saving a parsed job description: role fields that are safe to store, and sections as
// stored HTML. Runs anywhere (no I/O); used by jd-handlers in core and tested in tests/unit.
import {
  DEFAULT_SECTION_HEADINGS,
  RoleDraft,
  RolePatch,
  type JdCheckRole,
  type ParsedJobDescription,
  type Role,
} from '../../contract';
import { MAX_HEADING, foldExtraSections, type SectionContent } from '../descriptions/descriptions-rules';
import { sectionToHtml } from './jd-parse-sections';

/** Title of a role imported without one anywhere (no title line, no "Job Title:" field). */
export const UNTITLED_IMPORT = 'Imported role';

const MAX_FIELD_DROPS = 20;

/**
 * The parser reads fields from messy text, so one can fail the contract (a salary over the limit, a
 * minimum above the maximum): such fields are dropped, never guessed, and the rest are kept.
 */
export function safeRoleFields(fields: Readonly<Record<string, unknown>>): RolePatch {
  let candidate: Record<string, unknown> = { ...fields };
  for (let attempt = 0; attempt < MAX_FIELD_DROPS; attempt += 1) {
    const patch = RolePatch.safeParse(candidate);
    const full = patch.success ? RoleDraft.safeParse({ title: UNTITLED_IMPORT, ...patch.data }) : null;
    if (patch.success && full?.success) return patch.data;
    const issues = patch.success ? (full?.error?.issues ?? []) : patch.error.issues;
    const bad = new Set(issues.map((issue) => String(issue.path[0] ?? '')));
    const next = Object.fromEntries(Object.entries(candidate).filter(([key]) => !bad.has(key)));
    if (Object.keys(next).length === Object.keys(candidate).length) return {};
    candidate = next;
  }
  return {};
}

/** The parsed sections as stored sections: HTML built from paragraphs and bullets, a heading always present. */
export function parsedToSections(parsed: ParsedJobDescription): SectionContent[] {
  const sections = parsed.sections.map((s) => {
    const heading = s.heading.replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING).trim();
    return { kind: s.kind, heading: heading || DEFAULT_SECTION_HEADINGS[s.kind], html: sectionToHtml(s) };
  });
  return foldExtraSections(sections);
}

/** The title for a role created by an import: the reviewed field, else the detected title. */
export function importTitle(fields: RolePatch, parsed: ParsedJobDescription): string {
  const title = (fields.title ?? parsed.title ?? '').replace(/\s+/g, ' ').trim().slice(0, 200).trim();
  return title === '' ? UNTITLED_IMPORT : title;
}

/** The role fields the coach reads, from a stored role. */
export function checkRoleOf(role: Role): JdCheckRole {
  return {
    title: role.title,
    salaryMin: role.salaryMin,
    salaryMax: role.salaryMax,
    location: { ...role.location },
    workplace: role.workplace,
    closesOn: role.closesOn,
    applyEmail: role.applyEmail,
    applyUrl: role.applyUrl,
    applyInstructions: role.applyInstructions,
  };
}
