// The flyer layout: exactly one page for a notice board. Picks the essentials (summary, a few duties and
// requirements), shortens them to fit, and says where the rest is. Pure; runs anywhere.
import { escapeHtml } from '../escaping/escape-html';
import { runsText, withLinkAddresses, type Block, type Inline } from './posting-blocks';
import { applyLinesHtml, factsHtml, userText } from './posting-html-parts';
import type { PostingModel, PostingSection } from './posting-model';
import type { SectionKind } from '../../contract';

/** Budgets in characters: chosen so the longest allowed content still fits one A4 or Letter page. */
export const FLYER_LIMITS = { title: 110, summary: 200, duties: 5, duty: 110, needs: 3, need: 100, instructions: 220 } as const;

interface Clip {
  text: string;
  cut: boolean;
}

/** Shortens to `max` characters (whole code points), at a word boundary when one is near, with an ellipsis. */
export function clipText(text: string, max: number): Clip {
  const chars = [...text.trim()];
  if (chars.length <= max) return { text: chars.join(''), cut: false };
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space > head.length * 0.6 ? head.slice(0, space) : head;
  return { text: `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`, cut: true };
}

function plain(runs: readonly Inline[]): string {
  return runsText(withLinkAddresses(runs)).replace(/\s+/g, ' ').trim();
}

function firstSection(model: PostingModel, kinds: readonly SectionKind[]): PostingSection | undefined {
  for (const kind of kinds) {
    const found = model.sections.find((s) => s.kind === kind && s.blocks.length > 0);
    if (found) return found;
  }
  return undefined;
}

function listItems(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'list' ? b.items.filter((i) => i.depth === 0).map((i) => plain(i.runs)) : []));
}

function firstParagraph(blocks: readonly Block[]): string | null {
  const p = blocks.find((b) => b.type === 'p');
  return p && p.type === 'p' ? plain(p.runs) : null;
}

interface Picked {
  html: string;
  cut: boolean;
}

/**
 * How many body lines (12 pt text) the flyer has room for, estimated from what sits around the body: the
 * CSS clips anything beyond, but a line cut in half looks broken, so content is chosen to fit first.
 */
export interface LineBudget {
  left: number;
}

const TITLE_LINE: Record<string, { chars: number; cost: number }> = {
  't-xl': { chars: 20, cost: 2.9 },
  't-l': { chars: 26, cost: 2.3 },
  't-m': { chars: 34, cost: 1.8 },
  't-s': { chars: 46, cost: 1.4 },
};

function lines(text: string, perLine = 76): number {
  return Math.max(1, Math.ceil([...text].length / perLine));
}

function startBudget(model: PostingModel, title: string, instructions: string): LineBudget {
  const style = TITLE_LINE[titleClass(title)] ?? { chars: 46, cost: 1.4 };
  // Measured on the rendered flyer: a one-line title, two rows of facts and one way to apply leave room for
  // about 15.5 lines on A4 and 13.5 on Letter; each extra title line, fact row or way takes its share.
  let left = model.paperSize === 'a4' ? 15.5 : 13.5;
  left -= (lines(title, style.chars) - 1) * style.cost;
  if (model.facts.length > 4) left -= 2;
  if (model.apply.url && model.apply.email) left -= 2;
  left -= Math.max(0, lines(instructions, 86) - 2) * 0.8;
  return { left };
}

function take(budget: LineBudget, cost: number): boolean {
  if (cost > budget.left) return false;
  budget.left -= cost;
  return true;
}

function listPart(section: PostingSection | undefined, heading: string, count: number, each: number, budget: LineBudget): Picked {
  if (!section) return { html: '', cut: false };
  const items = listItems(section.blocks);
  // The heading (and the list's bottom margin) only go in with at least one item under them.
  const frame = 2.8;
  if (items.length === 0 || !take(budget, frame)) return { html: '', cut: items.length > 0 };
  const clips: Clip[] = [];
  for (const item of items.slice(0, count)) {
    const clip = clipText(item, each);
    if (!take(budget, lines(clip.text, 72) + 0.3)) break;
    clips.push(clip);
  }
  if (clips.length === 0) {
    budget.left += frame;
    return { html: '', cut: true };
  }
  const cut = items.length > clips.length || clips.some((c) => c.cut) || section.blocks.some((b) => b.type === 'p');
  const lis = clips.map((c) => `<li dir="auto">${userText(c.text)}</li>`).join('');
  return { html: `<h2>${escapeHtml(heading)}</h2><ul>${lis}</ul>`, cut };
}

function summaryPart(model: PostingModel, budget: LineBudget): Picked {
  const section = firstSection(model, ['summary', 'description', 'about']);
  const para = section ? firstParagraph(section.blocks) : null;
  if (para === null) return { html: '', cut: false };
  const clip = clipText(para, FLYER_LIMITS.summary);
  if (!take(budget, lines(clip.text) + 0.8)) return { html: '', cut: true };
  return { html: `<p dir="auto">${userText(clip.text)}</p>`, cut: clip.cut || (section?.blocks.length ?? 0) > 1 };
}

function titleClass(title: string): string {
  const length = [...title].length;
  return length <= 26 ? 't-xl' : length <= 46 ? 't-l' : length <= 80 ? 't-m' : 't-s';
}

function applyPanel(model: PostingModel): Picked {
  const instructions = clipText(model.apply.instructions, FLYER_LIMITS.instructions);
  const apply = { ...model.apply, instructions: instructions.text };
  const body = model.apply.empty ? `<p>Ask us about this job${model.company.addressLines[0] ? ` at ${userText(model.company.addressLines[0])}` : ''}.</p>` : applyLinesHtml(apply);
  return { html: `<section class="apply-panel"><h2>How to apply</h2>${body}</section>`, cut: instructions.cut };
}

function moreLine(model: PostingModel): string {
  const { website, websiteLabel } = model.company;
  if (website && websiteLabel) return `<p class="more">More about this job at <a href="${escapeHtml(website)}">${userText(websiteLabel)}</a></p>`;
  return '<p class="more">Ask us for the full job description.</p>';
}

/** The flyer's body; everything left out or shortened is announced by one "More at …" line. */
export function flyerBodyHtml(model: PostingModel): string {
  const title = clipText(model.title, FLYER_LIMITS.title);
  const budget = startBudget(model, title.text, clipText(model.apply.instructions, FLYER_LIMITS.instructions).text);
  const summary = summaryPart(model, budget);
  const duties = listPart(firstSection(model, ['responsibilities', 'description']), 'What you will do', FLYER_LIMITS.duties, FLYER_LIMITS.duty, budget);
  const needs = listPart(firstSection(model, ['requirements']), 'What you bring', FLYER_LIMITS.needs, FLYER_LIMITS.need, budget);
  const apply = applyPanel(model);
  const shownKinds = new Set<SectionKind>(['summary', 'description', 'about', 'responsibilities', 'requirements', 'how_to_apply']);
  const leftOut = model.sections.some((s) => !shownKinds.has(s.kind));
  const cut = title.cut || summary.cut || duties.cut || needs.cut || apply.cut || leftOut;
  const logo = model.company.logoSrc ? `<img src="${escapeHtml(model.company.logoSrc)}" alt="">` : '';
  const name = model.company.name ? `<div class="company" dir="auto">${userText(model.company.name)}</div>` : '';
  return [
    '<div class="flyer">',
    logo || name ? `<header class="top">${logo}${name}</header>` : '',
    `<p class="hiring">We are hiring${model.department ? ` · ${userText(model.department)}` : ''}</p>`,
    `<h1 class="${titleClass(title.text)}" dir="auto">${userText(title.text)}</h1>`,
    factsHtml(model.facts),
    `<div class="body">${summary.html}${duties.html}${needs.html}</div>`,
    // Outside the clipped body, so it shows even when the body had to be cut short by the page.
    cut ? moreLine(model) : '',
    apply.html,
    '</div>',
  ]
    .filter((p) => p !== '')
    .join('\n');
}
