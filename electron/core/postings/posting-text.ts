// A posting as plain text for pasting into job-board forms: the title underlined, section headings in
// capitals, "• " bullets, blank lines between blocks, no markup. Paragraphs are not hard-wrapped: forms
// reflow text to their own width, and hard line breaks would leave ragged lines there. Pure.
import { isBreak, withLinkAddresses, type Block, type Inline } from './posting-blocks';
import { applySectionIndex, type PostingModel } from './posting-model';

function inline(runs: readonly Inline[]): string {
  return withLinkAddresses(runs)
    .map((run) => (isBreak(run) ? '\n' : run.text))
    .join('')
    .replace(/[ \t]+\n/g, '\n');
}

function underline(text: string, char: string): string {
  const width = Math.min([...text].length, 72);
  return `${text}\n${char.repeat(Math.max(width, 3))}`;
}

export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'p') return inline(block.runs);
      return block.items
        .map((item, i) => {
          const indent = '    '.repeat(item.depth);
          const marker = block.ordered && item.depth === 0 ? `${i + 1}. ` : item.depth > 0 ? '◦ ' : '• ';
          // Continuation lines (after a line break inside an item) line up under the item's text.
          return indent + marker + inline(item.runs).replace(/\n/g, `\n${indent}${' '.repeat(marker.length)}`);
        })
        .join('\n');
    })
    .join('\n\n');
}

function applyText(model: PostingModel): string {
  const lines: string[] = [];
  if (model.apply.instructions) lines.push(model.apply.instructions);
  const ways = [model.apply.url ? `Apply online: ${model.apply.url}` : '', model.apply.email ? `Email: ${model.apply.email}` : ''].filter((w) => w !== '');
  if (ways.length > 0) lines.push(ways.join('\n'));
  return lines.join('\n\n');
}

export function postingText(model: PostingModel): string {
  const out: string[] = [underline(model.title, '=')];
  const by = [model.company.name, model.department].filter((p) => p !== '').join(' · ');
  if (by) out.push(by);
  if (model.facts.length > 0) out.push(model.facts.map((f) => `${f.label}: ${f.value}`).join('\n'));
  const applyAt = applySectionIndex(model);
  model.sections.forEach((section, i) => {
    const body = blocksText(section.blocks);
    const apply = i === applyAt && !model.apply.empty ? applyText(model) : '';
    out.push([section.heading.toUpperCase(), body, apply].filter((p) => p !== '').join('\n\n'));
  });
  if (applyAt < 0 && !model.apply.empty) out.push(`HOW TO APPLY\n\n${applyText(model)}`);
  if (model.company.website) out.push(`${model.company.name || 'Website'}: ${model.company.website}`);
  return `${out.join('\n\n\n').replace(/\n{4,}/g, '\n\n\n')}\n`;
}
