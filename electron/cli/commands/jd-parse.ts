// `hirebook jd parse FILE`: what the importer finds in a job description, saving nothing; --json prints
// the ParsedJobDescription exactly ({title, fields, sections}). Runs in plain Node.
import type { ParsedJobDescription } from '../../contract';
import type { Core } from '../../core/create-core';
import { write, type CliIo } from '../io';
import { clip, parseFile } from './jd-shared';

/** The parse with exactly the documented keys, in the documented order. */
export function parsedJson(parsed: ParsedJobDescription): ParsedJobDescription {
  return {
    title: parsed.title,
    fields: { ...parsed.fields },
    sections: parsed.sections.map((s) => ({ kind: s.kind, heading: s.heading, paragraphs: [...s.paragraphs], bullets: [...s.bullets] })),
  };
}

function outline(parsed: ParsedJobDescription): string {
  const lines = [`Title: ${parsed.title ?? '(none found)'}`];
  const fields = Object.entries(parsed.fields);
  if (fields.length > 0) lines.push('', 'Fields:', ...fields.map(([label, value]) => `  ${label}: ${clip(value, 100)}`));
  lines.push('', parsed.sections.length === 0 ? 'No sections found.' : `Sections (${parsed.sections.length}):`);
  parsed.sections.forEach((s, i) => {
    lines.push(`  ${i + 1}. ${s.heading} [${s.kind}]`);
    for (const p of s.paragraphs) lines.push(`       ${clip(p, 100)}`);
    for (const b of s.bullets) lines.push(`     • ${clip(b, 100)}`);
  });
  return `${lines.join('\n')}\n`;
}

export async function jdParse(core: Core, file: string, json: boolean, io: CliIo): Promise<void> {
  const { parsed } = await parseFile(core, file);
  await write(io.stdout, json ? `${JSON.stringify(parsedJson(parsed), null, 2)}\n` : outline(parsed));
}
