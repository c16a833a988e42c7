// The flyer layout: exactly one page for a notice board. The introduction, the duties, the requirements and
// the benefits, each text whole: the type steps down to fit, and what still does not fit is left out whole
// and named in a notice for the preview (posting-flyer-fit.ts chooses). Pure; runs anywhere.
import { escapeHtml } from '../escaping/escape-html';
import { runsText, withLinkAddresses, type Block, type Inline } from './posting-blocks';
import { bodyRoomMm, factColumns, fitFlyer, flyerBoxMm, sentencesOf, titleClass, type FlyerChoice, type FlyerContent, type FlyerFrame } from './posting-flyer-fit';
import { applyLinesHtml, factsHtml, userText } from './posting-html-parts';
import { displayUrl } from './posting-format';
import type { PostingModel, PostingSection } from './posting-model';
import type { SectionKind } from '../../contract';

/** Apply instructions longer than this keep their leading whole sentences up to it (the panel stays a panel). */
const INSTRUCTIONS_MAX_CHARS = 320;

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

/** The sections the flyer draws from, each with the heading it prints and the noun its items are counted in. */
interface ListSource {
  section: PostingSection | undefined;
  heading: string;
  noun: [one: string, many: string];
}

function listSources(model: PostingModel): ListSource[] {
  return [
    { section: firstSection(model, ['responsibilities', 'description']), heading: 'What you will do', noun: ['duty', 'duties'] },
    { section: firstSection(model, ['requirements']), heading: 'What you bring', noun: ['requirement', 'requirements'] },
    { section: firstSection(model, ['benefits']), heading: 'What we offer', noun: ['benefit', 'benefits'] },
  ];
}

/** Whole leading sentences of the apply instructions, up to INSTRUCTIONS_MAX_CHARS; `cut` when some were left out. */
function instructionsOf(text: string): { text: string; cut: boolean } {
  const trimmed = text.trim();
  if ([...trimmed].length <= INSTRUCTIONS_MAX_CHARS) return { text: trimmed, cut: false };
  let kept = '';
  for (const sentence of sentencesOf(trimmed.replace(/\s+/g, ' '))) {
    const next = kept === '' ? sentence : `${kept} ${sentence}`;
    if ([...next].length > INSTRUCTIONS_MAX_CHARS) break;
    kept = next;
  }
  return { text: kept, cut: true };
}

function moreLine(model: PostingModel): { html: string; text: string } {
  const { website, websiteLabel } = model.company;
  if (website && websiteLabel) {
    return { html: `<p class="more">More about this job at <a href="${escapeHtml(website)}">${userText(websiteLabel)}</a></p>`, text: `More about this job at ${websiteLabel}` };
  }
  return { html: '<p class="more">Ask us for the full job description.</p>', text: 'Ask us for the full job description.' };
}

function askUsLine(model: PostingModel): string {
  const at = model.company.addressLines[0];
  return `Ask us about this job${at ? ` at ${at}` : ''}.`;
}

function applyPanel(model: PostingModel, instructions: string): string {
  const body = model.apply.empty ? `<p>${userText(askUsLine(model))}</p>` : applyLinesHtml({ ...model.apply, instructions });
  return `<section class="apply-panel"><h2>How to apply</h2>${body}</section>`;
}

function frameOf(model: PostingModel, instructions: string, more: string): FlyerFrame {
  const ways = [model.apply.url ? displayUrl(model.apply.url) : '', model.apply.email ?? ''].filter((w) => w !== '');
  const paragraphs = model.apply.empty ? [askUsLine(model)] : instructions === '' ? [] : instructions.split(/\n{2,}/);
  return {
    paper: model.paperSize,
    hasLogo: model.company.logoSrc !== null,
    companyName: model.company.name,
    hiringLine: `We are hiring${model.department ? ` · ${model.department}` : ''}`,
    title: model.title,
    facts: model.facts.map((f) => f.value),
    applyParagraphs: paragraphs,
    applyWays: model.apply.empty ? [] : ways,
    moreLine: more,
  };
}

function count(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

interface Plan {
  content: FlyerContent;
  sources: ListSource[];
  intro: PostingSection | undefined;
  /** Paragraphs of the sections the flyer uses that it never shows (only the introduction's first is shown). */
  otherParagraphs: number;
  /** Headings of sections the flyer never shows (nice to have, about us, …). */
  otherSections: string[];
}

/**
 * A list section's items: its top-level bullets; a section written as paragraphs only (no list) gives its
 * paragraphs as items, unless it is the introduction's own section.
 */
function itemsOf(section: PostingSection | undefined, intro: PostingSection | undefined): { items: string[]; paragraphsUsed: boolean } {
  if (!section) return { items: [], paragraphsUsed: false };
  const items = listItems(section.blocks);
  if (items.length > 0 || section === intro) return { items, paragraphsUsed: false };
  return { items: section.blocks.flatMap((b) => (b.type === 'p' ? [plain(b.runs)] : [])).filter((t) => t !== ''), paragraphsUsed: true };
}

function planOf(model: PostingModel): Plan {
  const intro = firstSection(model, ['summary', 'description', 'about']);
  const firstPara = intro?.blocks.find((b) => b.type === 'p');
  const sources = listSources(model);
  const lists = sources.map((s) => ({ source: s, ...itemsOf(s.section, intro) }));
  const used = new Set<PostingSection | undefined>([intro, ...sources.map((s) => s.section)]);
  const otherSections = model.sections.filter((s) => !used.has(s) && s.kind !== 'how_to_apply').map((s) => s.heading.trim() || 'More information');
  const asItems = new Set(lists.filter((l) => l.paragraphsUsed).map((l) => l.source.section));
  const paragraphs = [...used].filter((s) => !asItems.has(s)).flatMap((s) => s?.blocks.filter((b) => b.type === 'p') ?? []);
  return {
    content: {
      sentences: firstPara && firstPara.type === 'p' ? sentencesOf(plain(firstPara.runs)) : [],
      lists: lists.map((l) => ({ heading: l.source.heading, items: l.items })),
    },
    sources,
    intro,
    otherParagraphs: paragraphs.length - (firstPara ? 1 : 0),
    otherSections,
  };
}

function leftOutParts(plan: Plan, choice: FlyerChoice, instructionsCut: boolean, instructionsKept: boolean): string[] {
  const parts: string[] = [];
  const { sentences } = plan.content;
  if (choice.sentences < sentences.length) parts.push(choice.sentences === 0 ? 'the introduction' : 'the end of the introduction');
  plan.content.lists.forEach((list, i) => {
    const missing = list.items.length - (choice.items[i] ?? 0);
    if (missing > 0) parts.push(count(missing, (plan.sources[i] as ListSource).noun));
  });
  if (plan.otherParagraphs > 0) parts.push(count(plan.otherParagraphs, ['other paragraph', 'other paragraphs']));
  if (instructionsCut) parts.push(instructionsKept ? 'the end of the how-to-apply note' : 'the how-to-apply note');
  const named = plan.otherSections.map((h) => `“${h}”`);
  if (named.length > 0) parts.push(`the section${named.length === 1 ? '' : 's'} ${joinWords(named)}`);
  return parts;
}

export interface FlyerLayout {
  body: string;
  /** What was left out to fit one page, in plain words for the preview; null when nothing was. */
  notice: string | null;
}

function listHtml(heading: string, items: readonly string[]): string {
  if (items.length === 0) return '';
  return `<h2>${escapeHtml(heading)}</h2><ul>${items.map((item) => `<li dir="auto">${userText(item)}</li>`).join('')}</ul>`;
}

/** The flyer's body and what it left out; whatever is left out is also announced by one "More at …" line. */
export function flyerLayout(model: PostingModel): FlyerLayout {
  const plan = planOf(model);
  const instructions = instructionsOf(model.apply.instructions);
  const more = moreLine(model);
  const frame = frameOf(model, instructions.text, more.text);
  const { width } = flyerBoxMm(model.paperSize);
  const alwaysMore = plan.otherParagraphs > 0 || plan.otherSections.length > 0 || instructions.cut;
  const { choice, size } = fitFlyer(plan.content, width, (complete) => bodyRoomMm(frame, alwaysMore || !complete));
  const parts = leftOutParts(plan, choice, instructions.cut, instructions.text !== '');
  const intro = plan.content.sentences.slice(0, choice.sentences).join(' ');
  const lists = plan.content.lists.map((list, i) => listHtml(list.heading, list.items.slice(0, choice.items[i] ?? 0))).join('');
  const logo = model.company.logoSrc ? `<img src="${escapeHtml(model.company.logoSrc)}" alt="">` : '';
  const name = model.company.name ? `<div class="company" dir="auto">${userText(model.company.name)}</div>` : '';
  const body = [
    '<div class="flyer">',
    logo || name ? `<header class="top">${logo}${name}</header>` : '',
    `<p class="hiring">We are hiring${model.department ? ` · ${userText(model.department)}` : ''}</p>`,
    `<h1 class="${titleClass(model.title)}" dir="auto">${userText(model.title)}</h1>`,
    factsHtml(model.facts, factColumns(model.facts.length) === 3 ? 'facts cols-3' : 'facts'),
    `<div class="body s-${String(size).replace('.', '-')}">${intro ? `<p dir="auto">${userText(intro)}</p>` : ''}${lists}</div>`,
    parts.length > 0 ? more.html : '',
    applyPanel(model, instructions.text),
    '</div>',
  ]
    .filter((p) => p !== '')
    .join('\n');
  const notice = parts.length > 0 ? `To fit one page, the flyer leaves out ${joinWords(parts)}. The classic layout has everything.` : null;
  return { body, notice };
}
