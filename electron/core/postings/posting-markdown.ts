// A posting as Markdown (CommonMark): title, key facts, every section with its lists, how to apply.
// User text is escaped so it reads as text, never as Markdown or HTML. Pure; runs anywhere.
import { isBreak, withLinkAddresses, type Block, type Inline } from './posting-blocks';
import { applySectionIndex, type PostingModel } from './posting-model';

/** Escapes characters Markdown would read as syntax (including < and &, so no HTML passes through). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3')
    .replace(/^(\s*)([-=])/gm, '$1\\$2');
}

function inline(runs: readonly Inline[]): string {
  return withLinkAddresses(runs)
    .map((run) => {
      if (isBreak(run)) return '\\\n';
      const text = escapeMarkdown(run.text);
      if (text.trim() === '') return text;
      let md = run.em ? `*${text}*` : text;
      if (run.strong) md = `**${md}**`;
      // Targets are http(s)/mailto from the sanitizer; < > around them allow spaces and parentheses safely.
      return run.href !== null ? `[${md}](<${mdUrl(run.href)}>)` : md;
    })
    .join('');
}

export function blocksMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'p') return inline(block.runs);
      return block.items
        .map((item, i) => `${'   '.repeat(item.depth)}${block.ordered && item.depth === 0 ? `${i + 1}.` : '-'} ${inline(item.runs)}`)
        .join('\n');
    })
    .join('\n\n');
}

/** An autolink target: characters that would end or break `<…>` are percent-encoded. */
function mdUrl(url: string): string {
  return url.replace(/[<>\s\\]/g, encodeURIComponent);
}

function applyMarkdown(model: PostingModel): string {
  const lines: string[] = [];
  if (model.apply.instructions) lines.push(escapeMarkdown(model.apply.instructions).replace(/\n/g, '\\\n'));
  if (model.apply.url) lines.push(`- Apply online: <${mdUrl(model.apply.url)}>`);
  if (model.apply.email) lines.push(`- Email: <${mdUrl(model.apply.email)}>`);
  return lines.join('\n\n');
}

export function postingMarkdown(model: PostingModel): string {
  const out: string[] = [`# ${escapeMarkdown(model.title)}`];
  const by = [model.company.name, model.department].filter((p) => p !== '').map(escapeMarkdown).join(' · ');
  if (by) out.push(`*${by}*`);
  if (model.facts.length > 0) out.push(model.facts.map((f) => `- **${f.label}:** ${escapeMarkdown(f.value)}`).join('\n'));
  const applyAt = applySectionIndex(model);
  model.sections.forEach((section, i) => {
    out.push(`## ${escapeMarkdown(section.heading)}`);
    const body = blocksMarkdown(section.blocks);
    if (body) out.push(body);
    if (i === applyAt && !model.apply.empty) out.push(applyMarkdown(model));
  });
  if (applyAt < 0 && !model.apply.empty) out.push('## How to apply', applyMarkdown(model));
  if (model.company.website) out.push(`---\n\n${escapeMarkdown(model.company.name || 'Website')}: <${mdUrl(model.company.website)}>`);
  return `${out.join('\n\n')}\n`;
}
