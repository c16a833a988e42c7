// Report charts, one home for both drawings: which reports get a chart and from which columns, how a
// figure is written, and the geometry of a horizontal bar chart. The Reports page draws it as React SVG,
// the printed page as a static SVG string built in the core (core/reports/report-svg.ts): the same numbers
// in both. Pure; runs anywhere.
import type { Report, ReportCell, ReportColumn, ReportName } from './reports-schemas';

export interface ReportChartSpec {
  /** The column naming each bar, and the column its length shows. */
  labelKey: string;
  valueKey: string;
  /** Columns drawn as a thin line across the bar (the middle half: 25th to 75th percentile). */
  lowKey?: string;
  highKey?: string;
}

/** The reports a chart helps; the others are tables only. */
export const REPORT_CHARTS: Partial<Record<ReportName, ReportChartSpec>> = {
  funnel: { labelKey: 'stage', valueKey: 'reached' },
  'time-in-stage': { labelKey: 'stage', valueKey: 'median', lowKey: 'p25', highKey: 'p75' },
  sources: { labelKey: 'source', valueKey: 'applications' },
};

/** A figure in words for the screen and the printed page: counts whole, days to one decimal, shares in per cent. */
export function figureText(value: ReportCell | undefined, unit: ReportColumn['unit']): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  switch (unit) {
    case 'count':
      return String(Math.round(value));
    case 'days':
      return value.toFixed(1);
    case 'share':
      return `${Math.round(value * 100)}%`;
    case 'rating':
      return value.toFixed(2);
    default:
      return String(value);
  }
}

export const CHART = {
  width: 640,
  labelWidth: 170,
  valueWidth: 64,
  rowHeight: 30,
  barHeight: 18,
  /** Characters of a label shown before it is cut with an ellipsis (the full name is in the table). */
  labelChars: 24,
} as const;

export interface ChartBar {
  label: string;
  valueText: string;
  /** Top of the row; the bar and its texts sit inside it. */
  y: number;
  barX: number;
  barWidth: number;
  barY: number;
  barHeight: number;
  /** Baseline for the label and value texts. */
  textY: number;
  valueX: number;
  /** The middle-half line, when the chart has one and the row has both ends. */
  spread: { x1: number; x2: number; y: number } | null;
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: ChartBar[];
  /** Where the bars start (the axis line). */
  axisX: number;
}

const num = (cell: ReportCell | undefined): number | null => (typeof cell === 'number' && Number.isFinite(cell) ? cell : null);

export function shortLabel(label: string): string {
  const chars = [...label];
  return chars.length <= CHART.labelChars ? label : `${chars.slice(0, CHART.labelChars - 1).join('')}…`;
}

/** The bars of a report's chart (null when the report has no chart or no rows to draw). */
export function chartLayout(report: Pick<Report, 'name' | 'columns' | 'rows'>): ChartLayout | null {
  const spec = REPORT_CHARTS[report.name];
  if (!spec || report.rows.length === 0) return null;
  const unit = report.columns.find((c) => c.key === spec.valueKey)?.unit ?? 'count';
  const rows = report.rows.map((row) => ({
    label: String(row[spec.labelKey] ?? ''),
    value: num(row[spec.valueKey]),
    low: spec.lowKey ? num(row[spec.lowKey]) : null,
    high: spec.highKey ? num(row[spec.highKey]) : null,
  }));
  const max = Math.max(0, ...rows.flatMap((r) => [r.value ?? 0, r.high ?? 0]));
  const axisX = CHART.labelWidth;
  const span = CHART.width - CHART.labelWidth - CHART.valueWidth;
  const scale = (v: number) => (max > 0 ? (v / max) * span : 0);
  const bars = rows.map((row, index): ChartBar => {
    const y = index * CHART.rowHeight;
    const barY = y + (CHART.rowHeight - CHART.barHeight) / 2;
    const barWidth = row.value === null ? 0 : Math.max(row.value > 0 ? 2 : 0, scale(row.value));
    const spread = row.low !== null && row.high !== null ? { x1: axisX + scale(row.low), x2: axisX + scale(row.high), y: y + CHART.rowHeight / 2 } : null;
    const end = Math.max(barWidth, spread ? spread.x2 - axisX : 0);
    return {
      label: shortLabel(row.label),
      valueText: figureText(row.value, unit),
      y,
      barX: axisX,
      barWidth: round(barWidth),
      barY,
      barHeight: CHART.barHeight,
      textY: y + CHART.rowHeight / 2 + 5,
      valueX: round(axisX + end + 6),
      spread: spread ? { x1: round(spread.x1), x2: round(spread.x2), y: spread.y } : null,
    };
  });
  return { width: CHART.width, height: rows.length * CHART.rowHeight, bars, axisX };
}

const round = (n: number) => Math.round(n * 10) / 10;
