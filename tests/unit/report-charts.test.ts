// Unit: the report charts' one geometry (contract/report-charts.ts), the printed SVG built from it
// (core/reports/report-svg.ts, escaped), the figures in words, the reports CSV and the printed page.
import { describe, expect, it } from 'vitest';
import { CHART, chartLayout, figureText, type Report } from '../../electron/contract';
import { reportCsv } from '../../electron/core/reports/report-csv';
import { reportsDocument } from '../../electron/core/reports/report-document';
import { REPORT_DEFINITIONS } from '../../electron/core/reports/report-definitions-rules';
import { reportSvg } from '../../electron/core/reports/report-svg';

function report(name: Report['name'], rows: Report['rows']): Report {
  const def = REPORT_DEFINITIONS[name];
  return { name, title: def.title, about: def.about, roleId: null, from: '2026-01-01', to: '2026-03-31', timeZone: 'Europe/London', notes: ['A note'], columns: def.columns, rows };
}

const funnel = report('funnel', [
  { stage: 'Applied', reached: 40, conversion: null, roles: 2 },
  { stage: 'Screening', reached: 10, conversion: 0.25, roles: 2 },
  { stage: 'Hired', reached: 0, conversion: 0, roles: 2 },
]);

describe('chart geometry', () => {
  it('scales bars to the largest value, one row each, the value after the bar', () => {
    const layout = chartLayout(funnel);
    expect(layout).not.toBeNull();
    const span = CHART.width - CHART.labelWidth - CHART.valueWidth;
    expect(layout?.height).toBe(3 * CHART.rowHeight);
    expect(layout?.bars.map((b) => b.barWidth)).toEqual([span, span / 4, 0]);
    expect(layout?.bars.map((b) => b.valueText)).toEqual(['40', '10', '0']);
    expect(layout?.bars[1]?.valueX).toBe(CHART.labelWidth + span / 4 + 6);
    expect(layout?.bars[2]?.y).toBe(2 * CHART.rowHeight);
  });

  it('draws the middle half of time in stage as a line, and puts the value after the longer of bar and line', () => {
    const layout = chartLayout(report('time-in-stage', [{ stage: 'Applied', count: 4, median: 2, p25: 1, p75: 8, min: 0.5, max: 9 }]));
    const span = CHART.width - CHART.labelWidth - CHART.valueWidth;
    const bar = layout?.bars[0];
    expect(bar?.barWidth).toBe(span / 4);
    expect(bar?.spread).toEqual({ x1: Math.round((CHART.labelWidth + span / 8) * 10) / 10, x2: CHART.labelWidth + span, y: CHART.rowHeight / 2 });
    expect(bar?.valueText).toBe('2.0');
    expect(bar?.valueX).toBe(CHART.labelWidth + span + 6);
  });

  it('has no chart for a table-only report or an empty one; cuts long labels', () => {
    expect(chartLayout(report('open-roles', [{ role: 'A', opened: '2026-01-01', age: 3, applications: 1, basis: 'recorded' }]))).toBeNull();
    expect(chartLayout(report('funnel', []))).toBeNull();
    const long = chartLayout(report('sources', [{ source: 'A very long source name that goes on and on', applications: 3 }]));
    expect(long?.bars[0]?.label).toBe(`${'A very long source name that goes on and on'.slice(0, CHART.labelChars - 1)}…`);
  });

  it('writes figures by unit', () => {
    expect(figureText(3, 'count')).toBe('3');
    expect(figureText(2.25, 'days')).toBe('2.3');
    expect(figureText(0.333, 'share')).toBe('33%');
    expect(figureText(3.5, 'rating')).toBe('3.50');
    expect(figureText(null, 'days')).toBe('—');
    expect(figureText('Referral', 'text')).toBe('Referral');
  });
});

describe('the printed SVG', () => {
  it('escapes every label and the title', () => {
    const hostile = report('sources', [{ source: '<script>x</script> & "F"', applications: 2 }]);
    hostile.title = 'Sources <b>';
    const svg = reportSvg(hostile);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('>&lt;script&gt;x&lt;/script&gt; &amp; &quot;F&quot;</text>');
    expect(svg).toContain('aria-label="Sources &lt;b&gt;"');
  });

  it('draws the layout’s bars', () => {
    const svg = reportSvg(funnel);
    const layout = chartLayout(funnel);
    expect((svg.match(/<rect /g) ?? []).length).toBe(3);
    expect(svg).toContain(`width="${layout?.bars[1]?.barWidth}"`);
    expect(reportSvg(report('reasons', []))).toBe('');
  });
});

describe('the printed page and the CSV', () => {
  it('holds every report with its chart, definitions and escaped role name, and no script', () => {
    const { title, html } = reportsDocument([funnel, report('reasons', [])], { roleTitle: 'Baker <Night>', rangeText: 'From 2026-01-01', paperSize: 'a4' });
    expect(title).toBe('Hiring reports — Baker <Night>');
    expect(html).toContain('Hiring reports — Baker &lt;Night&gt;');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(REPORT_DEFINITIONS.funnel.columns[1]?.definition);
    expect(html).toContain('Nothing in this range.');
    expect(html.indexOf('Pipeline funnel')).toBeLessThan(html.indexOf('Rejection and withdrawal reasons'));
  });

  it('writes the table, then the definitions and notes, with formulas made inert', () => {
    const csv = reportCsv(report('sources', [{ source: '=HYPERLINK("x")', applications: 2, candidates: 2, interviews: 1, hires: 1, hireRate: 0.5 }]), 'Head Baker');
    expect(csv.fileName).toBe('sources-head-baker-2026-01-01-2026-03-31.csv');
    expect(csv.rows).toBe(1);
    const lines = csv.content.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Source,Applications,People,Interviews,Hires,Hire rate');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",2,2,1,1,0.5`);
    expect(lines[2]).toBe(',,,,,');
    expect(lines[3]).toBe('Column,Definition,,,,');
    expect(lines[4]).toBe(`Source,The candidate's source.,,,,`);
    expect(lines.at(-2)).toBe('Note,A note,,,,');
  });
});
