// A report's chart as a static SVG string for the printed page (which runs with JavaScript off): the bars
// from contract/report-charts.ts, the same geometry the Reports page draws. Every text is escaped; colours
// are fixed print colours (paper is always light). Pure; runs in plain Node.
import { chartLayout, type Report } from '../../contract';
import { escapeHtml } from '../escaping/escape-html';

/** Print colours: dark enough on white paper and in greyscale (contrast over 4.5:1 for text). */
const INK = { bar: '#3f6fb5', spread: '#1d2a3a', text: '#1d2128', muted: '#545a63', axis: '#8a9099' } as const;

/** The chart of `report` as an <svg> element, or '' when it has none. */
export function reportSvg(report: Pick<Report, 'name' | 'title' | 'columns' | 'rows'>): string {
  const layout = chartLayout(report);
  if (!layout) return '';
  const bars = layout.bars
    .map((bar) => {
      const spread = bar.spread
        ? `<line x1="${bar.spread.x1}" x2="${bar.spread.x2}" y1="${bar.spread.y}" y2="${bar.spread.y}" stroke="${INK.spread}" stroke-width="2"/>`
        : '';
      return (
        `<g><text x="${layout.axisX - 8}" y="${bar.textY}" text-anchor="end" fill="${INK.text}">${escapeHtml(bar.label)}</text>` +
        `<rect x="${bar.barX}" y="${bar.barY}" width="${bar.barWidth}" height="${bar.barHeight}" fill="${INK.bar}"/>` +
        `${spread}<text x="${bar.valueX}" y="${bar.textY}" fill="${INK.muted}">${escapeHtml(bar.valueText)}</text></g>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${escapeHtml(report.title)}" viewBox="0 0 ${layout.width} ${layout.height}" ` +
    `width="${layout.width}" height="${layout.height}" font-size="12">` +
    `<line x1="${layout.axisX}" x2="${layout.axisX}" y1="0" y2="${layout.height}" stroke="${INK.axis}"/>${bars}</svg>`
  );
}
