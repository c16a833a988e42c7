// The printable interview kit: ONE self-contained HTML document in the postings' type and page styles
// (same fonts, CSP shell and printer) — company and role, blank candidate/interviewer/date lines, each
// criterion with its question and rating boxes, the plain questions, lines for notes and the overall
// recommendation. Pure (fonts are read once).
import { RATING_LABELS, RATING_POINTS, type KitItem, type PaperSize } from '../../contract';
import { PAGE_MARGINS_MM, PAPER_MM } from '../postings/pdf-printer';
import { fontFaceCss } from '../postings/posting-fonts';
import { BASE_CSS, pageCss } from '../postings/posting-css';
import { userText } from '../postings/posting-html-parts';
import { documentHtml } from '../postings/posting-html';

export interface KitPrintModel {
  companyName: string;
  roleTitle: string;
  paperSize: PaperSize;
  items: readonly KitItem[];
}

const KIT_CSS = `
body{font-size:9.5pt;line-height:1.45}
.head{display:flex;justify-content:space-between;align-items:baseline;gap:6mm;border-bottom:1.6pt solid var(--accent);padding-bottom:2.5mm;margin-bottom:5mm}
.company{font-weight:600;font-size:8.5pt;letter-spacing:0.09em;text-transform:uppercase;color:var(--accent)}
.eyebrow{font-size:8pt;letter-spacing:0.12em;text-transform:uppercase;color:var(--muted);font-weight:600}
h1{font-size:20pt;font-weight:700;margin:0 0 4mm}
h2{font-size:12.5pt;margin:6mm 0 2.5mm}
.fields{display:grid;grid-template-columns:1.4fr 1.2fr 0.8fr;gap:0 6mm;margin:0 0 4mm}
.field{display:flex;align-items:flex-end;gap:2mm;height:9mm}
.field span{font-size:7.5pt;letter-spacing:0.1em;text-transform:uppercase;color:var(--muted);font-weight:600;white-space:nowrap}
.field i{flex:1;border-bottom:0.7pt solid var(--ink);height:1px}
.key{font-size:8pt;color:var(--muted);margin:0 0 1mm}
ol.items{list-style:none;padding:0;margin:0}
ol.items>li{display:grid;grid-template-columns:7mm 1fr;gap:0 1mm;padding:2.6mm 0 2.8mm;border-top:0.6pt solid var(--rule);margin:0}
ol.items>li::before{content:none}
ol.questions>li{border-top:0;padding-top:1.5mm}
.num{font-family:inherit;font-weight:600;color:var(--accent)}
.label{font-weight:600;margin:0 0 0.6mm}
.ask{color:var(--muted);font-style:italic;margin:0 0 1.6mm}
.boxes{display:flex;flex-wrap:wrap;gap:1.5mm 5mm;align-items:center;font-size:8.5pt;margin:0.8mm 0 0}
.box{display:inline-flex;align-items:center;gap:1.4mm;white-space:nowrap}
.box b{display:inline-block;width:3.8mm;height:3.8mm;border:0.8pt solid var(--ink);border-radius:0.5mm;font-weight:400}
.box.na{margin-left:3mm;color:var(--muted)}
.lines{margin:1.2mm 0 0}
.lines i{display:block;height:7.5mm;border-bottom:0.6pt solid var(--rule)}
.empty{color:var(--muted)}
.overall{break-inside:avoid;page-break-inside:avoid}
.overall .boxes{font-size:9.5pt;gap:2mm 7mm;margin:1mm 0 3mm}
`;

const RATINGS = RATING_POINTS.map((point) => `${point} ${RATING_LABELS[point]}`);
const RECOMMENDATIONS = ['Strong no', 'No', 'Yes', 'Strong yes', 'No decision'];

function boxes(labels: readonly string[], notAssessed: boolean): string {
  const boxHtml = labels.map((label) => `<span class="box"><b></b>${label}</span>`).join('');
  const na = notAssessed ? '<span class="box na"><b></b>Not assessed</span>' : '';
  return `<div class="boxes">${boxHtml}${na}</div>`;
}

function lines(count: number): string {
  return `<div class="lines">${'<i></i>'.repeat(count)}</div>`;
}

function criterionHtml(item: KitItem, index: number): string {
  const ask = item.question ? `<p class="ask" dir="auto">${userText(item.question)}</p>` : '';
  return `<li><span class="num">${index + 1}</span><div><p class="label" dir="auto">${userText(item.label)}</p>${ask}${boxes(RATINGS, true)}</div></li>`;
}

function questionHtml(item: KitItem, index: number): string {
  return `<li><span class="num">${index + 1}</span><div><p class="label" dir="auto">${userText(item.label)}</p>${lines(2)}</div></li>`;
}

function fieldsHtml(): string {
  return ['Candidate', 'Interviewer', 'Date'].map((name) => `<div class="field"><span>${name}</span><i></i></div>`).join('');
}

// Printed heights in millimetres (measured on Chromium's output), to size the notes area.
const MM = { header: 55, heading: 12, criterion: 15.5, asked: 3.5, question: 20.5, overall: 46, line: 7.5, slack: 8 } as const;
const MIN_NOTE_LINES = 4;
const MAX_NOTE_LINES = 24;
// What a page break costs: items never split, so the first page ends a little early.
const BREAK_MM = 20;

/**
 * Lines for notes: enough to fill the first page when the kit fits on one, else enough to fill the
 * second (the notes flow over and the recommendation ends that page), never more than one page of lines.
 */
export function noteLines(model: KitPrintModel): number {
  const { height } = PAPER_MM[model.paperSize];
  const page = height - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom - MM.slack;
  const items = model.items.reduce((sum, item) => {
    if (item.kind === 'question') return sum + MM.question;
    return sum + MM.criterion + (item.question ? MM.asked : 0);
  }, 0);
  const hasQuestions = model.items.some((item) => item.kind === 'question');
  const used = MM.header + items + (hasQuestions ? MM.heading : 0) + MM.heading + MM.overall;
  const fit = Math.floor((page - used) / MM.line);
  if (fit >= MIN_NOTE_LINES) return Math.min(fit, MAX_NOTE_LINES);
  const second = Math.floor((2 * page - BREAK_MM - used) / MM.line);
  return Math.max(MIN_NOTE_LINES, Math.min(second, MAX_NOTE_LINES));
}

export function kitBodyHtml(model: KitPrintModel): string {
  const criteria = model.items.filter((item) => item.kind === 'criterion');
  const questions = model.items.filter((item) => item.kind === 'question');
  const company = model.companyName ? `<span class="company" dir="auto">${userText(model.companyName)}</span>` : '<span></span>';
  return [
    `<header class="head">${company}<span class="eyebrow">Interview kit</span></header>`,
    `<h1 dir="auto">${userText(model.roleTitle)}</h1>`,
    `<div class="fields">${fieldsHtml()}</div>`,
    '<h2>Criteria</h2>',
    criteria.length > 0
      ? `<p class="key">Rate each criterion from 1 (strong no) to 4 (strong yes), or tick “Not assessed”.</p><ol class="items">${criteria.map(criterionHtml).join('')}</ol>`
      : '<p class="empty">No criteria in this kit yet.</p>',
    questions.length > 0 ? `<h2>Questions</h2><ol class="items questions">${questions.map(questionHtml).join('')}</ol>` : '',
    `<h2>Notes</h2>${lines(noteLines(model))}`,
    `<section class="overall"><h2>Overall recommendation</h2>${boxes(RECOMMENDATIONS, false)}<p class="label">Key take-aways</p>${lines(3)}</section>`,
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** The whole printable kit document. */
export function kitHtml(model: KitPrintModel): string {
  const css = `${fontFaceCss()}\n${pageCss(model.paperSize)}\n${BASE_CSS}\n${KIT_CSS}`;
  const name = model.companyName ? ` — ${model.companyName}` : '';
  return documentHtml(`Interview kit: ${model.roleTitle}${name}`, css, kitBodyHtml(model));
}
