// The printed posting: ONE self-contained HTML document per layout (classic or flyer) — no scripts, no
// remote URLs (fonts and logo are data: URLs), a strict CSP that allows exactly its own <style> by hash.
// The renderer previews this very document; the PdfPrinter prints it. Pure (fonts are read once).
import { createHash } from 'node:crypto';
import type { PostingLayout } from '../../contract';
import { escapeHtml } from '../escaping/escape-html';
import { fontFaceCss } from './posting-fonts';
import { BASE_CSS, CLASSIC_CSS, flyerCss, pageCss } from './posting-css';
import { flyerLayout } from './posting-flyer';
import { applyBlockHtml, applyLinesHtml, blocksHtml, factsHtml, userText } from './posting-html-parts';
import { applySectionIndex, type PostingModel, type PostingSection } from './posting-model';

/** The CSP of a posting: nothing may load but inline data: images and fonts, and this one stylesheet. */
export function postingCsp(styleHash: string): string {
  return [
    "default-src 'none'",
    `style-src '${styleHash}'`,
    'img-src data:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function sha256Source(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Wraps a body in the document shell with its stylesheet and the CSP that pins it. */
export function documentHtml(title: string, css: string, body: string, lang = 'en'): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(postingCsp(sha256Source(css)))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

function mastheadHtml(model: PostingModel): string {
  const { company } = model;
  const logo = company.logoSrc ? `<img src="${escapeHtml(company.logoSrc)}" alt="">` : '';
  const name = company.name ? `<div class="company" dir="auto">${userText(company.name)}</div>` : '';
  const contact = [company.websiteLabel ? `<div><a href="${escapeHtml(company.website ?? '')}">${userText(company.websiteLabel)}</a></div>` : '', ...company.addressLines.slice(1, 2).map((l) => `<div dir="auto">${userText(l)}</div>`)].join('');
  if (!logo && !name && !contact) return '';
  return `<header class="masthead"><div class="brand">${logo}${name}</div><div class="contact">${contact}</div></header>`;
}

function sectionHtml(section: PostingSection, model: PostingModel, withApply: boolean): string {
  const apply = withApply && !model.apply.empty ? `\n${applyLinesHtml(model.apply)}` : '';
  const cls = withApply ? ' class="apply"' : '';
  return `<section${cls}><h2 dir="auto">${userText(section.heading)}</h2>\n${blocksHtml(section.blocks)}${apply}</section>`;
}

function closingHtml(model: PostingModel): string {
  const { company } = model;
  const parts = [company.name, company.addressLines.join(', '), company.websiteLabel ?? ''].filter((p) => p !== '');
  if (parts.length === 0) return '';
  return `<footer class="closing" dir="auto">${parts.map(userText).join(' · ')}</footer>`;
}

/**
 * The body of the classic layout; the careers site uses it for its role pages too. The closing line goes in
 * one unbreakable block with the last section (usually How to apply), so a printed page never holds the
 * closing line alone: Chromium does not honour break-before:avoid after a block that avoids breaks itself.
 */
export function classicBodyHtml(model: PostingModel): string {
  const applyAt = applySectionIndex(model);
  const blocks = [...model.sections.map((s, i) => sectionHtml(s, model, i === applyAt)), applyAt < 0 ? applyBlockHtml(model) : ''].filter((b) => b !== '');
  const closing = closingHtml(model);
  const last = blocks.pop();
  const ending = last === undefined ? closing : closing === '' ? last : `<div class="ending">\n${last}\n${closing}\n</div>`;
  return [
    mastheadHtml(model),
    '<main>',
    model.department ? `<p class="eyebrow" dir="auto">${userText(model.department)}</p>` : '',
    `<h1 class="title" dir="auto">${userText(model.title)}</h1>`,
    factsHtml(model.facts),
    ...blocks,
    ending,
    '</main>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** The whole printable document for a layout, and (flyer) what it left out to fit one page. */
export function postingDocument(model: PostingModel, layout: PostingLayout): { html: string; notice: string | null } {
  const layoutCss = layout === 'flyer' ? flyerCss(model.paperSize) : CLASSIC_CSS;
  const css = `${fontFaceCss()}\n${pageCss(model.paperSize)}\n${BASE_CSS}\n${layoutCss}`;
  const flyer = layout === 'flyer' ? flyerLayout(model) : null;
  const body = flyer ? flyer.body : classicBodyHtml(model);
  const name = model.company.name ? ` — ${model.company.name}` : '';
  // The title and language become the PDF's Title and /Lang (Chromium prints a tagged PDF).
  return { html: documentHtml(`${model.title}${name}`, css, body, model.locale), notice: flyer?.notice ?? null };
}

/** The whole printable document for a layout. */
export function postingHtml(model: PostingModel, layout: PostingLayout): string {
  return postingDocument(model, layout).html;
}
