import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_START, csvLine, inertCell } from "../../src/plugin/csv.ts";

/** A CSV file as the exports write one: the byte order mark, the header, the rows. */
function csvFile(
  header: readonly string[],
  rows: readonly (readonly (string | null)[])[],
): string {
  return CSV_START + csvLine(header) + rows.map(csvLine).join("");
}

describe("CSV lines", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", "a, b"],
    ['say "no"', 'say "no"'],
    ["two\nlines", "two\nlines"],
    ["crlf\r\nline", "crlf\r\nline"],
    ["“curly” and ü", "“curly” and ü"],
    ["=1+1", "'=1+1"],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["a = b", "a = b"],
  ])("reads %j back as %j", (cell, read) => {
    const csv = csvFile(["cell", "next"], [[cell, "x"]]);
    const rows = parse(csv, { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toEqual([{ cell: read, next: "x" }]);
  });

  it("starts with a byte order mark, ends lines with CRLF, and leaves null cells empty", () => {
    expect(csvFile(["a", "b"], [[null, "1"]])).toBe("\ufeffa,b\r\n,1\r\n");
  });

  it("makes only cells that start like a formula inert", () => {
    expect(inertCell("=HYPERLINK()")).toBe("'=HYPERLINK()");
    expect(inertCell("costs = 3")).toBe("costs = 3");
  });
});
