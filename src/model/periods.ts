import { MONTH_NAMES } from "./dates.ts";

/**
 * Periods of the article list: a year (`2023`) or a month (`2023-10`), as the period
 * filter puts them in the URL (`?period=2023-10`). A list is newest first with undated
 * articles last, so each period's articles stand together: a period is a range of the
 * list's positions, found from the list's months and their counts.
 */

/** A month of a list and how many of its articles it holds: `["2023-10", 4]`. */
export type MonthCount = [month: string, count: number];

/** `2023` or `2023-10`. */
export function isPeriod(value: string): boolean {
  return /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(value);
}

/**
 * The months of a list's dates, newest first, with their counts; undated ones are in
 * none. `["2023-10-12", "2023-10-01", "2023-09-30", null]` -> `[["2023-10", 2], ["2023-09", 1]]`.
 */
export function monthCounts(dates: Iterable<string | null>): MonthCount[] {
  const months: MonthCount[] = [];
  for (const date of dates) {
    if (date === null) continue;
    const month = date.slice(0, 7);
    const last = months[months.length - 1];
    if (last && last[0] === month) last[1] += 1;
    else months.push([month, 1]);
  }
  return months;
}

/** Years from months, newest first: `[["2023-10", 2], ["2023-09", 1]]` -> `[["2023", 3]]`. */
export function yearCounts(months: readonly MonthCount[]): MonthCount[] {
  const years: MonthCount[] = [];
  for (const [month, count] of months) {
    const year = month.slice(0, 4);
    const last = years[years.length - 1];
    if (last && last[0] === year) last[1] += count;
    else years.push([year, count]);
  }
  return years;
}

/**
 * Where a period's articles are in the list: `[start, end)` positions, or null for a
 * period with none. `("2023-09", [["2023-10", 2], ["2023-09", 1]])` -> `[2, 3]`.
 */
export function periodRange(
  months: readonly MonthCount[],
  period: string,
): [number, number] | null {
  let position = 0;
  let start = -1;
  let end = -1;
  for (const [month, count] of months) {
    if (month === period || month.slice(0, 4) === period) {
      if (start < 0) start = position;
      end = position + count;
    }
    position += count;
  }
  return start < 0 ? null : [start, end];
}

/** `"2023-10"` -> `"October 2023"`; `"2023"` -> `"2023"`. */
export function formatPeriod(period: string): string {
  const [year, month] = period.split("-");
  const name = month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
  return name ? `${name} ${year}` : (year ?? period);
}
