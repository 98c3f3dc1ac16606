/**
 * CSV as spreadsheets open it correctly (RFC 4180): UTF-8 with a byte order mark (so
 * Excel does not read `Zelenskyy’s` as Windows-1252), CRLF line ends, and a cell in
 * double quotes when it holds a comma, a double quote (doubled) or a line break.
 */

const BOM = "\ufeff";

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

/** One cell, quoted when it must be: `say "no", he said` -> `"say ""no"", he said"`. */
function csvCell(value: string | null): string {
  if (value === null) return "";
  const text = inertCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file: the header, then one line per row, each row's cells in the header's order. */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly (string | null)[]>,
): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(row.map(csvCell).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
