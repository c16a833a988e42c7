// Renderer: a report's bar chart as SVG, from the one geometry the printed page uses too
// (contract/report-charts.ts; the print's static SVG is core/reports/report-svg.ts). Colours are tokens
// (styles/tokens.css via reports.css), so it reads in light and dark. The figures are in the table beside
// it, which the chart names as its description for screen readers.
import { chartLayout, type Report } from '../../../../electron/contract';

export function BarChart({ report, tableId }: { report: Report; tableId: string }) {
  const layout = chartLayout(report);
  if (!layout) return null;
  return (
    <svg
      className="report-chart"
      role="img"
      aria-label={`Chart: ${report.title}. The same figures are in the table.`}
      aria-describedby={tableId}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
    >
      <line className="report-chart-axis" x1={layout.axisX} x2={layout.axisX} y1={0} y2={layout.height} />
      {layout.bars.map((bar, index) => (
        <g key={index}>
          <text className="report-chart-label" x={layout.axisX - 8} y={bar.textY} textAnchor="end">
            {bar.label}
          </text>
          <rect className="report-chart-bar" x={bar.barX} y={bar.barY} width={bar.barWidth} height={bar.barHeight} rx={2} />
          {bar.spread ? <line className="report-chart-spread" x1={bar.spread.x1} x2={bar.spread.x2} y1={bar.spread.y} y2={bar.spread.y} /> : null}
          <text className="report-chart-value" x={bar.valueX} y={bar.textY}>
            {bar.valueText}
          </text>
        </g>
      ))}
    </svg>
  );
}
