// Formats rows as a plain-text table with aligned columns for the terminal. Runs in plain Node.

export interface Column<Row> {
  header: string;
  /** Longest cell; longer text is cut with an ellipsis. */
  max?: number;
  align?: 'left' | 'right';
  cell(row: Row): string;
}

function fit(text: string, max: number | undefined): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return max !== undefined && chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

export function formatTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((column) => fit(column.cell(row), column.max)));
  const widths = columns.map((column, i) =>
    Math.max([...column.header].length, ...cells.map((line) => [...(line[i] ?? '')].length)),
  );
  const render = (line: readonly string[]): string =>
    line
      .map((text, i) => {
        const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...text].length));
        return columns[i]?.align === 'right' ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd();
  return [render(columns.map((c) => c.header)), ...cells.map(render)].join('\n') + '\n';
}
