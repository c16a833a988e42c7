// A report as CSV (papaparse unparse, the one CSV writer): the table with the columns' labels, raw figures
// (days to one decimal as computed, shares as fractions), then a blank row, each column's definition and
// the notes, so the file says what it counts. Cells a spreadsheet would run as formulas are made inert.
// Pure; runs in plain Node.
import Papa from 'papaparse';
import type { Report, ReportCsvFile } from '../../contract';
import { inertCell } from '../escaping/csv-cell';
import { slugify } from '../postings/posting-format';

const cell = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : inertCell(value));

export function reportCsv(report: Report, roleTitle: string | null): ReportCsvFile {
  const header = report.columns.map((c) => inertCell(c.label));
  const rows = report.rows.map((row) => report.columns.map((c) => cell(row[c.key])));
  const width = Math.max(2, header.length);
  const pad = (cells: string[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  const after = [
    pad([]),
    pad(['Column', 'Definition']),
    ...report.columns.map((c) => pad([inertCell(c.label), inertCell(c.definition)])),
    pad(['About', inertCell(report.about)]),
    ...report.notes.map((note) => pad(['Note', inertCell(note)])),
  ];
  const csv = Papa.unparse({ fields: pad(header), data: [...rows.map(pad), ...after] }, { newline: '\r\n' });
  const parts = [report.name, roleTitle ? slugify(roleTitle) : 'all-roles', report.from ?? '', report.to ?? ''].filter((p) => p !== '');
  return { fileName: `${parts.join('-')}.csv`, content: `\uFEFF${csv}\r\n`, rows: rows.length };
}
