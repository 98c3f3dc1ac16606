/**
 * Articles' dates (`Article.date`: ISO 8601 as the header gives it, `2023-10-12`,
 * `2023-10-12T14:30`, `2023-10-12T14:30+01:00`) as the pages, lists and feeds use them.
 */

export const MONTH_NAMES = [
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
 * Newest first, undated last: by the day as each article prints it (`2023-10-12`), then
 * by the moment, so that a month's articles stand together in the list whatever their
 * zones. For `sort`, on dates or null: `[null, "2023-10-12"].sort(newestFirst)`.
 */
export function newestFirst(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const dayA = a.slice(0, 10);
  const dayB = b.slice(0, 10);
  if (dayA !== dayB) return dayA < dayB ? 1 : -1;
  return dateValue(b) - dateValue(a);
}
