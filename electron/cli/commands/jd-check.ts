// `hirebook jd check (FILE | --role ID)`: the quality coach's score and findings for a file (parsed,
// not saved) or a stored role; --json prints the JdCheckResult. Runs in plain Node.
import type { Finding, JdCheckResult, ParsedJobDescription } from '../../contract';
import type { Core } from '../../core/create-core';
import { sectionToHtml } from '../../core/job-descriptions/jd-parse-sections';
import { write, type CliIo } from '../io';
import { valueOrFail } from '../open-core';
import { parseFile, requireRole } from './jd-shared';

export interface JdCheckOptions {
  file: string | undefined;
  roleId: string | undefined;
  json: boolean;
}

function sectionsOf(parsed: ParsedJobDescription) {
  return parsed.sections.map((s) => ({ kind: s.kind, heading: s.heading, html: sectionToHtml(s) }));
}

async function checkInput(core: Core, options: JdCheckOptions): Promise<unknown> {
  if (options.roleId !== undefined) return { roleId: (await requireRole(core, options.roleId)).id };
  const { parsed, roleFields } = await parseFile(core, options.file ?? '');
  return { role: { ...roleFields, title: roleFields.title ?? parsed.title ?? '' }, sections: sectionsOf(parsed) };
}

function findingLines(finding: Finding, indent: string): string[] {
  return [`${indent}[${finding.severity}] ${finding.title}`, `${indent}    ${finding.explanation}`, `${indent}    Fix: ${finding.fix}`];
}

export function report(result: JdCheckResult): string {
  const r = result.readability;
  const g = result.gender;
  const lines = [
    `Score: ${result.score}/100`,
    `Words: ${result.wordCount} · Reading ease ${r.fleschReadingEase} (grade ${r.gradeLevel}) · ` +
      `Gender-coded wording: ${g.lean.replace(/-/g, ' ')} (${g.masculineCount} masculine, ${g.feminineCount} feminine)`,
    '',
    result.topFixes.length === 0 ? 'Nothing to fix.' : 'Top fixes:',
    ...result.topFixes.flatMap((f, i) => [`  ${i + 1}. ${f.title}`, `     ${f.fix}`]),
  ];
  if (result.findings.length > 0) {
    lines.push('', `All findings (${result.findings.length}):`, ...result.findings.flatMap((f) => findingLines(f, '  ')));
  }
  return `${lines.join('\n')}\n`;
}

export async function jdCheck(core: Core, options: JdCheckOptions, io: CliIo): Promise<void> {
  const result = valueOrFail(await core.dispatch('jd:check', await checkInput(core, options))) as JdCheckResult;
  await write(io.stdout, options.json ? `${JSON.stringify(result, null, 2)}\n` : report(result));
}
