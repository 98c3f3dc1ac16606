import {
  MONTHS,
  PUBLISHED_PREFIX,
  REGIONAL_ZONES,
  UPDATED_PREFIX,
  WEEKDAY,
  ZONES,
} from "./lexicon/dates.ts";

/** A date a header line gives, and which date it says it is. */
export interface DateLine {
  /**
   * ISO 8601 as the line gives it: `2023-10-12`, `2023-10-12T14:30` (a time without a
   * zone, or with one like `ET` that does not say its offset), `2023-10-12T14:30-04:00`.
   */
  iso: string;
  /** `Published: …` / `Updated …` / a date with no word before it. */
  kind: "published" | "updated" | "plain";
}

/** Longer than this, a line is a sentence, not a date line. */
const MAX_DATE_LINE = 120;

/** `2023-10-12`, `2023-10-12T14:30:00Z`, `2023-10-12 14:30+01:00`. */
const ISO_DATE =
  /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/i;
/** `October 12, 2023`, `Oct. 12th 2023`, `Sept 1, 2023`. */
const MONTH_FIRST =
  /(?<![\p{L}\d])(\p{L}{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/iu;
/** `12 October 2023`, `12th Oct, 2023`, `1st of May 2023`. */
const DAY_FIRST =
  /(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th)? (?:of )?(\p{L}{3,9})\.?,? (\d{4})(?!\d)/iu;
/** `3:45 PM`, `14:30`, `14.30`, `9 a.m.`, `10:15:30`. */
const TIME =
  /(?<![\d:.])(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)? ?(a\.?m\.?|p\.?m\.?)?(?![\d:])/i;
/** `UTC+3`, `GMT-04:00`, `+01:00`, `-0400`. */
const OFFSET = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;
/** What may stand around the date and time: separators and `at`/`on`. */
const FILLER = /^(?:at|on|,|\||-|–|—|·|•|@|\(|\)|)$/i;

/**
 * The dates a header line gives, or null when the line is anything but dates: its
 * words must all be the date, a weekday, a time, a zone or a `Published`/`Updated`
 * prefix. A line may give two (`Published Oct 12, 2023 | Updated Oct 13, 2023`).
 *
 * `"Published: Thursday, October 12, 2023 3:45 PM EDT"` ->
 * `[{ iso: "2023-10-12T15:45-04:00", kind: "published" }]`;
 * `"The talks of October 12, 2023 failed."` -> null.
 */
export function parseDateLine(line: string): DateLine[] | null {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_DATE_LINE) return null;
  const whole = parseDate(text);
  if (whole) return [whole];
  const parts = text.split(/\s+[|·•]\s+|\s*;\s+/);
  if (parts.length < 2) return null;
  const dates = parts.map(parseDate);
  return dates.every((date) => date !== null) ? (dates as DateLine[]) : null;
}

/** One date with its prefix, time and zone, or null. */
function parseDate(part: string): DateLine | null {
  let kind: DateLine["kind"] = "plain";
  let rest = part;
  const updated = UPDATED_PREFIX.exec(rest);
  const published = updated ? null : PUBLISHED_PREFIX.exec(rest);
  if (updated || published) {
    kind = updated ? "updated" : "published";
    rest = rest.slice((updated ?? published)?.[0].length);
  }
  const found = findDay(rest);
  if (!found) return null;
  const around = `${rest.slice(0, found.at)} ${rest.slice(found.end)}`;
  const clock = found.time ?? readClock(around);
  if (clock === null) return null;
  return { iso: `${found.day}${clock}`, kind };
}

/** The day in a date line: its ISO form, where it stands, and an ISO line's own time. */
function findDay(
  text: string,
): { day: string; at: number; end: number; time?: string } | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const day = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    const [, , , , hours, minutes, seconds, zone] = iso;
    let time: string | undefined;
    if (hours !== undefined && minutes !== undefined) {
      const clock = isoTime(Number(hours), Number(minutes), seconds);
      const offset = zone === undefined ? "" : isoOffset(zone);
      if (clock === null || offset === null) return null;
      time = `T${clock}${offset}`;
    }
    return {
      day,
      at: iso.index,
      end: iso.index + iso[0].length,
      ...(time === undefined ? {} : { time }),
    };
  }
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(text);
  const match = monthFirst ?? dayFirst;
  if (!match) return null;
  const [, first, second, year] = match;
  const month = MONTHS.get(
    (monthFirst ? (first as string) : (second as string)).toLowerCase(),
  );
  const date = Number(monthFirst ? second : first);
  const day = month && isoDay(Number(year), month, date);
  if (!day) return null;
  return { day, at: match.index, end: match.index + match[0].length };
}

/**
 * The time in what stands around the date (`"Thursday,  3:45 PM EDT"` -> `T15:45-04:00`),
 * `""` when there is none, or null when anything else is there.
 */
function readClock(around: string): string | null {
  let rest = around.replace(/\blocal time\b/i, " ");
  let clock = "";
  const time = TIME.exec(rest);
  if (time && (time[2] !== undefined || time[4] !== undefined)) {
    const [, h, m, s, half] = time;
    let hours = Number(h);
    if (half) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (/^p/i.test(half) ? 12 : 0);
    }
    const value = isoTime(hours, Number(m ?? 0), s);
    if (value === null) return null;
    clock = `T${value}`;
    rest = `${rest.slice(0, time.index)} ${rest.slice(time.index + time[0].length)}`;
  }
  let zone = "";
  for (const word of rest.split(/\s+|(?=[(),|])|(?<=[(),|])/)) {
    if (FILLER.test(word) || WEEKDAY.test(word)) continue;
    const lower = word.toLowerCase();
    const offset = ZONES.has(lower)
      ? minutesOffset(ZONES.get(lower) as number)
      : REGIONAL_ZONES.has(lower)
        ? ""
        : OFFSET.test(word)
          ? isoOffset(word)
          : null;
    if (offset === null || zone !== "" || !clock) return null;
    zone = offset;
  }
  return `${clock}${zone}`;
}

/** `2023-10-12`, or null for a day the calendar does not have (`February 30`). */
function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1)
    return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `14:30` or `14:30:05`; null past 23:59:59. */
function isoTime(
  hours: number,
  minutes: number,
  seconds: string | undefined,
): string | null {
  if (hours > 23 || minutes > 59 || Number(seconds ?? 0) > 59) return null;
  return `${pad(hours)}:${pad(minutes)}${seconds === undefined ? "" : `:${seconds}`}`;
}

/** `Z` -> `Z`, `+0100` / `UTC+1` -> `+01:00`; null for an offset past 14 hours. */
function isoOffset(zone: string): string | null {
  if (/^z$/i.test(zone)) return "Z";
  const match = OFFSET.exec(zone);
  if (!match) return null;
  const [, sign, hours, minutes] = match;
  const total = Number(hours) * 60 + Number(minutes ?? 0);
  if (total > 14 * 60 || Number(minutes ?? 0) > 59) return null;
  return minutesOffset(sign === "-" ? -total : total);
}

function minutesOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const whole = Math.abs(minutes);
  return `${sign}${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/**
 * The article's date and later revision from its date lines, in text order: the
 * `Published` one, else the first; `updated` is an `Updated` line other than that.
 * `[Updated 13 Oct, Published 12 Oct]` -> `{ date: 12 Oct, updated: 13 Oct }`.
 */
export function articleDates(lines: readonly DateLine[]): {
  date: string | null;
  updated: string | null;
} {
  const date =
    lines.find((line) => line.kind === "published") ??
    lines.find((line) => line.kind === "plain") ??
    lines[0];
  const updated = lines.find(
    (line) => line.kind === "updated" && line !== date,
  );
  return { date: date?.iso ?? null, updated: updated?.iso ?? null };
}
