// The careers site: a static folder (index.html listing the open roles, roles/<slug>.html per role with
// its JSON-LD, one style.css with a print stylesheet, the logo) to upload to any web host. No scripts but
// the JSON-LD data block, no remote URLs, relative links only. Pure: returns the files; the service writes.
import type { PaperSize } from '../../contract';
import { escapeHtml } from '../escaping/escape-html';
import { jsonForScript } from '../escaping/script-json';
import { BASE_CSS, CLASSIC_CSS } from './posting-css';
import { fontFaceCss } from './posting-fonts';
import { displayUrl, slugify } from './posting-format';
import { classicBodyHtml } from './posting-html';
import { userText } from './posting-html-parts';
import { postingJsonLd } from './posting-jsonld';
import type { PostingModel } from './posting-model';

export interface SiteFile {
  /** Relative path with "/" separators, e.g. "roles/head-baker.html". */
  path: string;
  content: string | Uint8Array;
}

export interface SiteInput {
  company: { name: string; website: string; logo: { mimeType: string; bytes: Uint8Array } | null; paperSize: PaperSize };
  /** Open roles, in the order the index lists them. */
  postings: readonly PostingModel[];
}

const SITE_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src data:; base-uri 'none'; form-action 'none'";

const SITE_CSS = `
body{max-width:190mm;margin:0 auto;padding:12mm 8mm 16mm;background:#fff}
.back{display:inline-block;margin:0 0 6mm;font-size:9pt;font-weight:600}
.jobs{list-style:none;padding:0;margin:0 0 10mm;border-top:1.6pt solid var(--accent)}
.jobs>li{margin:0;padding:4.5mm 0;border-bottom:0.6pt solid var(--rule)}
.jobs>li::before{display:none}
.jobs a{font-family:'Hirebook Serif',Georgia,serif;font-size:15pt;font-weight:600;color:var(--ink)}
.jobs .meta{color:var(--muted);font-size:9.5pt;margin:1mm 0 0}
.empty{color:var(--muted)}
`;

// Windows cannot create files with these names in any extension.
const RESERVED = new Set(['con', 'prn', 'aux', 'nul', 'com1', 'com2', 'com3', 'com4', 'lpt1', 'lpt2', 'lpt3', 'index', 'style']);

/** One slug per role: from the title, ascii only, unique (case-insensitively) by a numeric suffix. */
export function uniqueSlugs(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title) => {
    const base = slugify(title);
    let slug = RESERVED.has(base) ? `${base}-job` : base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

export function siteCss(paper: PaperSize): string {
  const size = paper === 'a4' ? 'A4' : 'letter';
  const print = `@media print{@page{size:${size};margin:16mm 18mm 20mm}body{max-width:none;padding:0}.back{display:none}a{color:inherit}}`;
  return `${fontFaceCss()}\n${BASE_CSS}\n${CLASSIC_CSS}\n${SITE_CSS}\n${print}\n`;
}

function page(title: string, depth: 0 | 1, body: string, jsonLd?: unknown): string {
  const up = depth === 1 ? '../' : '';
  const data = jsonLd === undefined ? '' : `\n<script type="application/ld+json">\n${jsonForScript(jsonLd)}\n</script>`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${SITE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="stylesheet" href="${up}style.css">${data}`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

function logoFile(input: SiteInput): string | null {
  const logo = input.company.logo;
  if (!logo) return null;
  return `logo.${logo.mimeType === 'image/png' ? 'png' : logo.mimeType === 'image/jpeg' ? 'jpg' : 'webp'}`;
}

function indexBody(input: SiteInput, slugs: readonly string[], logo: string | null): string {
  const name = input.company.name;
  const items = input.postings.map((p, i) => {
    const meta = p.facts.filter((f) => f.key === 'where' || f.key === 'type' || f.key === 'pay').map((f) => userText(f.value));
    const dept = p.department ? [userText(p.department)] : [];
    return `<li><a href="roles/${slugs[i]}.html" dir="auto">${userText(p.title)}</a><p class="meta" dir="auto">${[...dept, ...meta].join(' · ')}</p></li>`;
  });
  const list = items.length > 0 ? `<ul class="jobs">\n${items.join('\n')}\n</ul>` : '<p class="empty">There are no open roles right now. Please check back soon.</p>';
  const brand = `${logo ? `<img src="${logo}" alt="">` : ''}${name ? `<div class="company" dir="auto">${userText(name)}</div>` : ''}`;
  const site = input.company.website ? `<div><a href="${escapeHtml(input.company.website)}">${userText(displayUrl(input.company.website))}</a></div>` : '';
  return [
    brand || site ? `<header class="masthead"><div class="brand">${brand}</div><div class="contact">${site}</div></header>` : '',
    '<main>',
    `<h1 class="title" dir="auto">${name ? `Jobs at ${userText(name)}` : 'Open roles'}</h1>`,
    list,
    '</main>',
  ].join('\n');
}

/** Every file of the site. The logo becomes one shared file instead of a data: URL on every page. */
export function buildCareersSite(input: SiteInput): SiteFile[] {
  const slugs = uniqueSlugs(input.postings.map((p) => p.title));
  const logo = logoFile(input);
  const files: SiteFile[] = [{ path: 'style.css', content: siteCss(input.company.paperSize) }];
  if (logo && input.company.logo) files.push({ path: logo, content: input.company.logo.bytes });
  const indexTitle = input.company.name ? `Jobs at ${input.company.name}` : 'Open roles';
  files.push({ path: 'index.html', content: page(indexTitle, 0, indexBody(input, slugs, logo)) });
  input.postings.forEach((posting, i) => {
    const model = { ...posting, company: { ...posting.company, logoSrc: logo ? `../${logo}` : null } };
    const body = `<a class="back" href="../index.html">← All jobs</a>\n${classicBodyHtml(model)}`;
    const title = input.company.name ? `${posting.title} — ${input.company.name}` : posting.title;
    files.push({ path: `roles/${slugs[i]}.html`, content: page(title, 1, body, postingJsonLd(posting)) });
  });
  return files;
}
