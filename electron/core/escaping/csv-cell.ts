// The one escaping of user text for a CSV cell a spreadsheet will open. Quoting (commas, quotes, line
// breaks) is papaparse's job; this makes formulas inert (CSV injection). Pure; runs anywhere.

/** A cell starting with = + - @ (or a tab or carriage return) gets a leading quote, so it stays text. */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
