// The posting stylesheet: a restrained two-typeface design (Source Serif 4 headings, Inter text, one deep
// teal accent) with print rules for Chromium: page size, margins, breaks, orphans and widows. Pure.
import type { PaperSize } from '../../contract';
import { PAGE_MARGINS_MM, PAPER_MM } from './pdf-printer';
import { FLYER_SIZES_PT, flyerBoxMm } from './posting-flyer-fit';
import { SANS_STACK, SERIF_STACK } from './posting-fonts';

const ACCENT = '#1d5953';
const INK = '#1c2024';
const MUTED = '#5d646c';
const RULE = '#d5d9d6';
const TINT = '#eff4f2';

/** Type, colour and rhythm shared by every layout (screen preview and print). */
export const BASE_CSS = `
:root{--accent:${ACCENT};--ink:${INK};--muted:${MUTED};--rule:${RULE};--tint:${TINT}}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact;-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);font-family:${SANS_STACK};font-size:10pt;line-height:1.55;font-kerning:normal;
  font-feature-settings:'kern','liga','calt';overflow-wrap:anywhere;word-break:normal;text-rendering:optimizeLegibility}
h1,h2,h3{font-family:${SERIF_STACK};color:var(--ink);font-weight:600;line-height:1.2;margin:0;break-after:avoid;page-break-after:avoid;text-wrap:balance}
p{margin:0 0 2.6mm;orphans:3;widows:3}
strong{font-weight:600}
a{color:var(--accent);text-decoration:none}
.addr{color:var(--muted);font-size:0.92em}
ul,ol{margin:0 0 3mm;padding:0 0 0 5.5mm}
ul{list-style:none}
li{margin:0 0 1.3mm;break-inside:avoid;page-break-inside:avoid;orphans:2;widows:2;position:relative}
ul>li::before{content:'';position:absolute;left:-4.4mm;top:0.62em;width:1.5mm;height:1.5mm;border-radius:50%;background:var(--accent)}
ol>li::marker{color:var(--accent);font-weight:600}
li.depth-1{margin-left:5mm}li.depth-2{margin-left:10mm}li.depth-3{margin-left:15mm}
ul>li.depth-1::before,ul>li.depth-2::before,ul>li.depth-3::before{background:none;border:0.8pt solid var(--accent)}
img{max-width:100%}
`;

/** The classic layout: letterhead, title, key facts, every section, how to apply, closing line. */
export const CLASSIC_CSS = `
.masthead{display:flex;align-items:center;justify-content:space-between;gap:8mm;padding-bottom:4mm;border-bottom:0.6pt solid var(--rule);margin-bottom:9mm}
.brand{display:flex;align-items:center;gap:4mm;min-width:0}
.brand img{max-height:13mm;max-width:42mm;object-fit:contain}
.company{font-weight:600;font-size:9pt;letter-spacing:0.09em;text-transform:uppercase;color:var(--accent)}
.contact{font-size:8pt;color:var(--muted);text-align:right;line-height:1.45;min-width:0}
.eyebrow{font-size:8pt;letter-spacing:0.12em;text-transform:uppercase;color:var(--muted);margin:0 0 2mm;font-weight:600}
h1.title{font-size:27pt;font-weight:700;line-height:1.1;letter-spacing:-0.012em;margin:0 0 6mm}
.facts{display:flex;flex-wrap:wrap;gap:3mm 11mm;margin:0 0 8mm;padding:3.6mm 0 3.8mm;
  border-top:1.6pt solid var(--accent);border-bottom:0.6pt solid var(--rule);break-inside:avoid}
.fact{flex:0 1 auto;min-width:0;max-width:100%}
.facts dt{font-size:7pt;letter-spacing:0.12em;text-transform:uppercase;color:var(--muted);font-weight:600;margin:0 0 0.6mm}
.facts dd{margin:0;font-size:10pt;font-weight:600;line-height:1.35}
section{margin:0 0 5.5mm}
section>h2{font-size:13.5pt;margin:0 0 2.4mm;padding-top:1mm}
.apply{background:var(--tint);border-left:2pt solid var(--accent);padding:4.5mm 5.5mm 2.2mm;margin-top:7mm;break-inside:avoid}
.apply h2{font-size:13.5pt;margin:0 0 2.4mm}
.ways{margin:0 0 2.6mm}
.way{margin:0 0 1.2mm;font-weight:600}
.way-label{display:inline-block;min-width:24mm;font-size:7pt;letter-spacing:0.12em;text-transform:uppercase;color:var(--muted)}
.ending{break-inside:avoid;page-break-inside:avoid}
.ending>section{margin-bottom:0}
.closing{margin-top:10mm;padding-top:3mm;border-top:0.6pt solid var(--rule);font-size:8pt;color:var(--muted);break-inside:avoid}
`;

/**
 * One body type size of the flyer (class s-12, s-11-5, …): text, headings and spacing scale together.
 * posting-flyer-fit.ts estimates heights from these very numbers.
 */
function bodySizeCss(pt: number): string {
  const k = pt / 12;
  const mm = (value: number): string => `${(value * k).toFixed(2)}mm`;
  const b = `.flyer .body.s-${String(pt).replace('.', '-')}`;
  return `${b}{font-size:${pt}pt}${b} h2{font-size:${(15 * k).toFixed(2)}pt;margin:0 0 ${mm(2.5)}}${b} p{margin:0 0 ${mm(5)}}${b} ul{margin:0 0 ${mm(6)}}${b} li{margin:0 0 ${mm(1.8)}}`;
}

/** The flyer: one page for a notice board, large title, essentials and a prominent apply panel. */
export function flyerCss(paper: PaperSize): string {
  return `
.flyer{height:${flyerBoxMm(paper).height}mm;display:flex;flex-direction:column;overflow:hidden}
.flyer .top{display:flex;align-items:center;gap:4mm;margin-bottom:6mm}
.flyer .top img{max-height:16mm;max-width:50mm;object-fit:contain}
.flyer .company{font-weight:600;font-size:11pt;letter-spacing:0.1em;text-transform:uppercase;color:var(--accent)}
.flyer .hiring{font-size:10pt;letter-spacing:0.16em;text-transform:uppercase;color:var(--muted);font-weight:600;margin:0 0 3mm}
.flyer h1{font-weight:700;line-height:1.04;letter-spacing:-0.018em;margin:0 0 5mm}
.flyer h1.t-xl{font-size:50pt}.flyer h1.t-l{font-size:40pt}.flyer h1.t-m{font-size:31pt}.flyer h1.t-s{font-size:24pt}
.flyer .facts{display:grid;grid-template-columns:1fr 1fr;gap:3.5mm 8mm;margin:0 0 5mm;padding:4mm 0;border-top:2pt solid var(--accent);border-bottom:0.6pt solid var(--rule)}
.flyer .facts dt{font-size:8pt;letter-spacing:0.12em;text-transform:uppercase;color:var(--muted);font-weight:600;margin:0 0 1mm}
.flyer .facts dd{margin:0;font-size:14pt;font-weight:600;line-height:1.3}
.flyer .facts.cols-3{grid-template-columns:1fr 1fr 1fr;column-gap:6mm}.flyer .facts.cols-3 dd{font-size:13pt}
.flyer .body{flex:1 1 auto;min-height:0;overflow:hidden;line-height:1.5}
${FLYER_SIZES_PT.map(bodySizeCss).join('\n')}
.flyer .more{font-size:10pt;color:var(--muted);margin:2mm 0 0}
.flyer .apply-panel{flex:none;margin-top:5mm;background:var(--accent);color:#fff;padding:6mm 8mm 4.5mm;border-radius:1.5mm}
.flyer .apply-panel h2{color:#fff;font-size:18pt;margin:0 0 2.5mm}
.flyer .apply-panel p{margin:0 0 2.5mm;font-size:11.5pt}
.flyer .apply-panel a,.flyer .apply-panel .way{color:#fff;font-size:15pt;font-weight:600}
.flyer .apply-panel .way{margin:0 0 2.5mm}
.flyer .apply-panel .way-label{display:block;color:#cfe3df;font-size:7.5pt;margin:0 0 0.4mm}
`;
}

/** The @page rule: paper size and the margins the footer is drawn into. */
export function pageCss(paper: PaperSize): string {
  const m = PAGE_MARGINS_MM;
  const size = paper === 'a4' ? 'A4' : 'letter';
  return `@page{size:${size};margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}
@media screen{html{background:#e9ebea}body{background:#fff;width:${PAPER_MM[paper].width}mm;min-height:${PAPER_MM[paper].height}mm;margin:0 auto;
  padding:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;box-shadow:0 1px 4px rgba(0,0,0,.18)}}`;
}
