// Renderer: one report on the Reports page: what it is about, its chart (when one helps), its table, each
// figure's definition beside the figures (the core's words, report-definitions-rules.ts), the notes, and
// "Export CSV".
import { FileSpreadsheet } from 'lucide-react';
import { figureText, type Report } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { BarChart } from './BarChart';

const NUMERIC = new Set(['count', 'days', 'share', 'rating']);

export function ReportSection({ report, onExport }: { report: Report; onExport: () => void }) {
  const id = `report-${report.name}`;
  const tableId = `${id}-table`;
  const num = (unit: string) => (NUMERIC.has(unit) ? 'num' : undefined);
  return (
    <section className="card report" aria-labelledby={id} data-report={report.name}>
      <div className="report-head">
        <div className="report-head-text">
          <h2 id={id} className="card-title">
            {report.title}
          </h2>
          <p className="report-about">{report.about}</p>
        </div>
        <Button size="sm" icon={<FileSpreadsheet size={14} aria-hidden="true" />} onClick={onExport} aria-label={`Export CSV: ${report.title}`}>
          Export CSV
        </Button>
      </div>
      <div className="report-body">
        <div className="report-figures">
          <BarChart report={report} tableId={tableId} />
          {report.rows.length === 0 ? (
            <p className="report-empty">Nothing in this range.</p>
          ) : (
            <div className="report-table-wrap">
              <table className="report-table" id={tableId}>
                <caption className="sr-only">{report.title}</caption>
                <thead>
                  <tr>
                    {report.columns.map((c) => (
                      <th key={c.key} scope="col" className={num(c.unit)}>
                        {c.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((row, index) => (
                    <tr key={index}>
                      {report.columns.map((c) => (
                        <td key={c.key} className={num(c.unit)} dir="auto">
                          {figureText(row[c.key], c.unit)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {report.notes.length > 0 ? (
            <ul className="report-notes">
              {report.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <dl className="report-definitions" aria-label={`What the figures of ${report.title} mean`}>
          {report.columns.map((c) => (
            <div key={c.key} className="report-definition">
              <dt>{c.label}</dt>
              <dd>{c.definition}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
