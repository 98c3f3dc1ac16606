/**
 * Articles' dates (`Article.date`: ISO 8601 as the header gives it, `2023-10-12`,
 * `2023-10-12T14:30`, `2023-10-12T14:30+01:00`) as the pages, lists and feeds use them.
 */

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** `"2023-10-12T14:30+01:00"` -> `"12 October 2023"`: the day as the article prints it. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1] ?? ""} ${year}`;
}

/** `"2023-10"` -> `"October 2023"`; `"2023"` -> `"2023"`. */
export function formatPeriod(period: string): string {
  const [year, month] = period.split("-");
  const name = month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
  return name ? `${name} ${year}` : (year ?? period);
}

/**
 * Milliseconds since 1970 for ordering, the same on every machine: a day alone is its
 * midnight UTC, and a time without an offset is read as UTC too.
 * `"2023-10-12T14:30"` -> `Date.UTC(2023, 9, 12, 14, 30)`.
 */
export function dateValue(iso: string): number {
  const zoned = iso.length === 10 || /(?:Z|[+-]\d{2}:\d{2})$/.test(iso);
  return Date.parse(zoned ? iso : `${iso}Z`);
}

/** RFC 3339 in UTC, as Atom and sitemaps want it: `"2023-10-12"` -> `"2023-10-12T00:00:00Z"`. */
export function instant(iso: string): string {
  return new Date(dateValue(iso)).toISOString().replace(/\.000Z$/, "Z");
}

/**
 * Newest first, undated last; equal dates keep their order (`Array.prototype.sort` is
 * stable). For `sort`: `dates.sort(newestFirst)`.
 */
export function newestFirst(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return dateValue(b) - dateValue(a);
}
