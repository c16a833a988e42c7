// The jd channels: parse pasted text or a file for review (no writes; a file is read and parsed in the
// untrusted-file worker), import a reviewed parse as a new role or an existing role's description, and run
// the quality coach. Runs in plain Node via dispatch.
import {
  RoleDraft,
  SectionHtml,
  toFieldIssues,
  type JdCheckRequest,
  type JdCheckResult,
  type JdImportResult,
  type JdChannel,
  type JdParseInput,
  type JdParseResult,
  type ParsedJobDescription,
  type RolePatch,
} from '../../contract';
import type { CoreContext } from '../core-context';
import { sanitizeSectionHtml, type SectionContent } from '../descriptions/descriptions-rules';
import { cleanSections, createRoleWithDescription, loadDescription, replaceWithRevision } from '../descriptions/descriptions-service';
import { DomainError, invalidInput, notFound } from '../errors';
import type { HandlerGroup } from '../handlers';
import { getRole } from '../roles/roles-repo';
import { parseJobDescriptionAt } from '../untrusted-files/untrusted-file-client';
import { checkJobDescription } from './jd-check-rules';
import { checkRoleOf, importTitle, parsedToSections, safeRoleFields } from './jd-import-rules';
import { mapFieldsToRole } from './jd-parse-fields';
import { parseJobDescriptionText } from './jd-parse-rules';

/**
 * Refused input comes back as a DomainError (code invalid_input), which dispatch reports as-is. A file is
 * checked against the grants here and read by the worker (pasted text is bounded by the contract).
 */
async function parseInput(ctx: CoreContext, input: JdParseInput): Promise<JdParseResult> {
  let parsed: ParsedJobDescription;
  if ('text' in input) parsed = parseJobDescriptionText(input.text);
  else {
    ctx.grants.checkFile(input.path, ['path']);
    parsed = await parseJobDescriptionAt(ctx, input.path);
  }
  return { parsed, roleFields: safeRoleFields(mapFieldsToRole(parsed.fields)) };
}

/** Sections as they will be stored; one that would not fit the contract is refused before anything is written. */
function importSections(parsed: ParsedJobDescription): SectionContent[] {
  const sections = parsedToSections(parsed).map((s) => ({ ...s, html: sanitizeSectionHtml(s.html) }));
  const tooLong = sections.find((s) => !SectionHtml.safeParse(s.html).success);
  if (tooLong) {
    throw new DomainError('invalid_input', `The section “${tooLong.heading}” is too long to keep as one section. Split it under more headings and import again.`);
  }
  return sections;
}

function importDescription(ctx: CoreContext, parsed: ParsedJobDescription, roleFields: RolePatch, roleId: string | undefined): JdImportResult {
  const sections = importSections(parsed);
  return ctx.db
    .transaction(() => {
      if (roleId !== undefined) {
        replaceWithRevision(ctx, roleId, sections, 'before_import');
        return { roleId, created: false };
      }
      const fields = RoleDraft.safeParse({ ...roleFields, title: importTitle(roleFields, parsed) });
      if (!fields.success) {
        throw invalidInput(toFieldIssues(fields.error.issues).map((issue) => ({ ...issue, path: ['roleFields', ...issue.path] })));
      }
      const role = createRoleWithDescription(ctx, fields.data, sections);
      return { roleId: role.id, created: true };
    })
    .immediate();
}

/** A stored role: its fields, with the editor's unsaved sections when given, else the stored ones. */
function check(ctx: CoreContext, input: JdCheckRequest): JdCheckResult {
  if (!('roleId' in input)) return checkJobDescription({ role: input.role, sections: input.sections });
  const role = getRole(ctx.db, input.roleId);
  if (!role) throw notFound('That role');
  const sections = input.sections ?? cleanSections(loadDescription(ctx, role.id).sections);
  return checkJobDescription({ role: checkRoleOf(role), sections });
}

export const jdHandlers: HandlerGroup<JdChannel> = {
  'jd:parse': (input, ctx) => parseInput(ctx, input),
  'jd:import': ({ parsed, roleFields, roleId }, ctx) => importDescription(ctx, parsed, roleFields, roleId),
  'jd:check': (input, ctx) => check(ctx, input),
};
