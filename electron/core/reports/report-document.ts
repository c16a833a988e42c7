// The printed reports page: every report for one role or all over a range, as ONE self-contained HTML
// document (the postings' document shell: no scripts, a CSP pinning its one stylesheet), each report with
// what it is about, its chart as static SVG (report-svg.ts), its table and each column's definition beside
// the figures. Printed by the same PdfPrinter and system print path as postings. Pure.
import { figureText, REPORT_NAMES, type Report, type ReportsHtml } from '../../contract';
import { escapeHtml } from '../escaping/escape-html';
import { documentHtml } from '../postings/posting-html';
import { pageCss } from '../postings/posting-css';
import { SANS_STACK, fontFaceCss } from '../postings/posting-fonts';
import type { PaperSize } from '../../contract';
import { reportSvg } from './report-svg';

const CSS = `body{font-family:${SANS_STACK};color:#1d2128;font-size:10pt;line-height:1.4;margin:0}
h1{font-size:18pt;margin:0 0 2mm}h2{font-size:13pt;margin:0 0 1.5mm}
.range{color:#545a63;margin:0 0 6mm}
section{break-inside:avoid-page;margin:0 0 8mm}
.about,.notes{color:#545a63;font-size:9pt;margin:0 0 2mm}.notes{padding-left:4mm}
svg.chart{display:block;max-width:100%;height:auto;margin:2mm 0 3mm}
table{border-collapse:collapse;width:100%;font-size:9pt;margin:0 0 2mm}
th,td{text-align:left;padding:1mm 2mm;border-bottom:0.3pt solid #c7cbd1;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
thead th{border-bottom:0.8pt solid #1d2128}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0.5mm 3mm;font-size:8.5pt;color:#545a63;margin:0}
dt{font-weight:600;color:#1d2128}dd{margin:0}
.empty{color:#545a63;font-style:italic}`;

const NUMERIC = new Set(['count', 'days', 'share', 'rating']);

function tableHtml(report: Report): string {
  if (report.rows.length === 0) return '<p class="empty">Nothing in this range.</p>';
  const cls = (unit: string) => (NUMERIC.has(unit) ? ' class="num"' : '');
  const head = report.columns.map((c) => `<th scope="col"${cls(c.unit)}>${escapeHtml(c.label)}</th>`).join('');
  const body = report.rows
    .map((row) => `<tr>${report.columns.map((c) => `<td${cls(c.unit)} dir="auto">${escapeHtml(figureText(row[c.key], c.unit))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function sectionHtml(report: Report): string {
  const notes = report.notes.length > 0 ? `<ul class="notes">${report.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '';
  const definitions = report.columns.map((c) => `<dt>${escapeHtml(c.label)}</dt><dd>${escapeHtml(c.definition)}</dd>`).join('');
  return [
    `<section id="${escapeHtml(report.name)}">`,
    `<h2>${escapeHtml(report.title)}</h2>`,
    `<p class="about">${escapeHtml(report.about)}</p>`,
    reportSvg(report),
    tableHtml(report),
    notes,
    `<dl>${definitions}</dl>`,
    '</section>',
  ].join('\n');
}

/** The whole page; `reports` in REPORT_NAMES order, all for the same role and range. */
export function reportsDocument(reports: readonly Report[], scope: { roleTitle: string | null; rangeText: string; paperSize: PaperSize }): ReportsHtml {
  const title = `Hiring reports — ${scope.roleTitle ?? 'All roles'}`;
  const ordered = REPORT_NAMES.flatMap((name) => reports.filter((r) => r.name === name));
  const body = [`<h1 dir="auto">${escapeHtml(title)}</h1>`, `<p class="range">${escapeHtml(scope.rangeText)}</p>`, ...ordered.map(sectionHtml)].join('\n');
  const css = `${fontFaceCss()}\n${pageCss(scope.paperSize)}\n${CSS}`;
  return { title, html: documentHtml(title, css, body) };
}
