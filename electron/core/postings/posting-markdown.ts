// A posting as Markdown (CommonMark): title, key facts, every section with its lists, how to apply.
// User text goes through escapeMarkdown so it reads as text, never as Markdown or HTML; one-line places
// (title, headings, facts) join its lines with a space, as the HTML shows them. Pure; runs anywhere.
import { escapeMarkdown } from '../escaping/escape-markdown';
import { isBreak, withLinkAddresses, type Block, type Inline } from './posting-blocks';
import { applySectionIndex, type PostingModel } from './posting-model';

/** User text for a one-line place: escaped, its line breaks shown as spaces. */
function oneLine(text: string): string {
  return escapeMarkdown(text, 'space');
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
  if (model.apply.instructions) lines.push(escapeMarkdown(model.apply.instructions));
  if (model.apply.url) lines.push(`- Apply online: <${mdUrl(model.apply.url)}>`);
  if (model.apply.email) lines.push(`- Email: <${mdUrl(model.apply.email)}>`);
  return lines.join('\n\n');
}

export function postingMarkdown(model: PostingModel): string {
  const out: string[] = [`# ${oneLine(model.title)}`];
  const by = [model.company.name, model.department].filter((p) => p !== '').map(oneLine).join(' · ');
  if (by) out.push(`*${by}*`);
  if (model.facts.length > 0) out.push(model.facts.map((f) => `- **${f.label}:** ${oneLine(f.value)}`).join('\n'));
  const applyAt = applySectionIndex(model);
  model.sections.forEach((section, i) => {
    out.push(`## ${oneLine(section.heading)}`);
    const body = blocksMarkdown(section.blocks);
    if (body) out.push(body);
    if (i === applyAt && !model.apply.empty) out.push(applyMarkdown(model));
  });
  if (applyAt < 0 && !model.apply.empty) out.push('## How to apply', applyMarkdown(model));
  if (model.company.website) out.push(`---\n\n${oneLine(model.company.name || 'Website')}: <${mdUrl(model.company.website)}>`);
  return `${out.join('\n\n')}\n`;
}
