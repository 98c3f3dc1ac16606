/**
 * Words of the date lines news sites print under a headline: month and weekday names,
 * the prefixes that say which date it is, and time zones by abbreviation.
 */

/** Month names and their abbreviations, lower case, to the month's number (1-12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may", "may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** `Thursday`, `Thu`, `Thurs`: a weekday before the date, read and set aside. */
export const WEEKDAY =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?$/i;

/** `Published:`, `Posted on`, `First published`: the line gives the publication date. */
export const PUBLISHED_PREFIX =
  /^(?:first published|originally published|published|posted|date|dated)(?: on| at)?\s*:?\s*/i;

/** `Updated`, `Last updated:`, `Last modified on`: the date of a later revision. */
export const UPDATED_PREFIX =
  /^(?:last updated|updated|last modified|modified)(?: on| at)?\s*:?\s*/i;

/**
 * Zones by abbreviation, as minutes east of UTC. Abbreviations that name a region's
 * time without saying whether summer time applies (`ET`, `PT`) are not here: such a
 * time is kept as the article prints it, without an offset.
 */
export const ZONES: ReadonlyMap<string, number> = new Map([
  ["utc", 0],
  ["gmt", 0],
  ["z", 0],
  ["bst", 60],
  ["cet", 60],
  ["cest", 120],
  ["eet", 120],
  ["eest", 180],
  ["msk", 180],
  ["est", -300],
  ["edt", -240],
  ["cst", -360],
  ["cdt", -300],
  ["mst", -420],
  ["mdt", -360],
  ["pst", -480],
  ["pdt", -420],
  ["jst", 540],
  ["hkt", 480],
  ["sgt", 480],
  ["aest", 600],
  ["aedt", 660],
]);

/** Zone names read but without an offset: `3:45 PM ET` keeps 15:45 as local time. */
export const REGIONAL_ZONES: ReadonlySet<string> = new Set([
  "et",
  "ct",
  "mt",
  "pt",
  "local time",
]);
