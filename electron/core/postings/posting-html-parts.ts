// Pieces of posting HTML shared by the printed document and the careers site: user text (escaped, with
// bidi isolation), rich-text blocks, the key facts and the how-to-apply block. Pure; runs anywhere.
import { escapeHtml } from '../escaping/escape-html';
import { isBreak, withLinkAddresses, type Block, type Inline, type ListItem } from './posting-blocks';
import type { PostingApply, PostingFact, PostingModel } from './posting-model';
import { displayUrl } from './posting-format';

// Right-to-left letters and the explicit direction controls (LRE/RLE/PDF/LRO/RLO, the isolates, the marks).
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * User text, escaped. Text that can change direction is wrapped in <bdi>, so an override character
 * (U+202E) or a right-to-left word reorders only itself, never the label or punctuation beside it.
 */
export function userText(text: string): string {
  const escaped = escapeHtml(text);
  return BIDI.test(text) ? `<bdi>${escaped}</bdi>` : escaped;
}

function runHtml(run: Inline): string {
  if (isBreak(run)) return '<br>';
  if (run.address) return `<span class="addr">${userText(run.text)}</span>`;
  let html = userText(run.text);
  if (run.em) html = `<em>${html}</em>`;
  if (run.strong) html = `<strong>${html}</strong>`;
  // The sanitizer let only http(s) and mailto through; escaping keeps the attribute closed.
  if (run.href !== null) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
  return html;
}

export function runsHtml(runs: readonly Inline[]): string {
  return withLinkAddresses(runs).map(runHtml).join('');
}

function itemsHtml(items: readonly ListItem[]): string {
  return items.map((item) => `<li dir="auto"${item.depth > 0 ? ` class="depth-${Math.min(item.depth, 3)}"` : ''}>${runsHtml(item.runs)}</li>`).join('');
}

export function blocksHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'p') return `<p dir="auto">${runsHtml(block.runs)}</p>`;
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${itemsHtml(block.items)}</${tag}>`;
    })
    .join('\n');
}

export function factsHtml(facts: readonly PostingFact[], className = 'facts'): string {
  if (facts.length === 0) return '';
  const items = facts.map((f) => `<div class="fact fact-${f.key}"><dt>${escapeHtml(f.label)}</dt><dd dir="auto">${userText(f.value)}</dd></div>`);
  return `<dl class="${className}">${items.join('')}</dl>`;
}

/** The apply lines: instructions, then the web address and the email, each a real link. */
export function applyLinesHtml(apply: PostingApply): string {
  const lines: string[] = [];
  if (apply.instructions !== '') {
    lines.push(...apply.instructions.split(/\n{2,}/).map((para) => `<p dir="auto">${userText(para).replace(/\n/g, '<br>')}</p>`));
  }
  const ways: string[] = [];
  if (apply.url) ways.push(`<div class="way"><span class="way-label">Apply online</span> <a href="${escapeHtml(apply.url)}">${userText(displayUrl(apply.url))}</a></div>`);
  if (apply.email) ways.push(`<div class="way"><span class="way-label">Email</span> <a href="mailto:${escapeHtml(apply.email)}">${userText(apply.email)}</a></div>`);
  if (ways.length > 0) lines.push(`<div class="ways">${ways.join('')}</div>`);
  return lines.join('\n');
}

/** A "How to apply" block for roles whose description has no such section. */
export function applyBlockHtml(model: PostingModel): string {
  if (model.apply.empty) return '';
  return `<section class="apply"><h2>How to apply</h2>\n${applyLinesHtml(model.apply)}</section>`;
}
