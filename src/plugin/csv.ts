/**
 * CSV as spreadsheets open it correctly (RFC 4180): UTF-8 with a byte order mark (so
 * Excel does not read `Zelenskyy’s` as Windows-1252), CRLF line ends, and a cell in
 * double quotes when it holds a comma, a double quote (doubled) or a line break.
 */

/** What a CSV file starts with, before its header: the byte order mark. */
export const CSV_START = "\ufeff";

/**
 * A cell a spreadsheet would run as a formula starts with one of these (`=HYPERLINK(…)`,
 * `+1`, `-2+3`, `@SUM(…)`, or a tab or carriage return before one).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as text a spreadsheet will not run: one starting like a formula gets a leading
 * apostrophe, which spreadsheets read as "this is text" (`=1+1` -> `'=1+1`).
 */
export function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** What makes a cell need quotation marks. */
const NEEDS_QUOTING = /[",\r\n]/;

/** One cell, quoted when it must be: `say "no", he said` -> `"say ""no"", he said"`. */
function csvCell(value: string | null): string {
  if (value === null) return "";
  const text = inertCell(value);
  return NEEDS_QUOTING.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of a CSV file, its line end included: `a,"b, c"\r\n`. */
export function csvLine(cells: readonly (string | null)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
