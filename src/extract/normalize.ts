/**
 * Stage 1: raw text -> clean text. Every later offset points into this result.
 *
 * - a leading byte-order mark is dropped (`\uFEFF`);
 * - `\r\n` and lone `\r` become `\n`;
 * - the Unicode line and paragraph separators (U+2028, U+2029), which text pasted from
 *   a word processor or a web page carries inside a line, become a space: the line
 *   stays one paragraph, and a quote across one stays one quote;
 * - odd spaces (no-break, thin, ideographic, tabs) become a plain space, one for one,
 *   so offsets stay those of the file;
 * - invisible characters that split words (zero-width space, word joiner, soft hyphen,
 *   a stray BOM) are removed: `Ru\u200Biz` -> `Ruiz`.
 *
 * One native pass over the string; text that needs none of this is returned as is.
 */
export function normalizeText(raw: string): string {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  ODD.lastIndex = 0;
  if (!ODD.test(text)) return text;
  ODD.lastIndex = 0;
  return text.replace(ODD, replacementFor);
}

/** Everything `replacementFor` changes: CR, controls, odd spaces, invisible characters. */
const ODD =
  // Matching control characters is this regex's job: the rule against them is off here.
  // eslint-disable-next-line no-control-regex
  /\r\n?|[\u0000-\u0009\u000b\u000c\u000e-\u001f\u00a0\u00ad\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;

const ZERO_WIDTH = new Set([0x200b, 0x2060, 0xfeff, 0x00ad, 0x180e]);

/** What to put instead of one match of `ODD`. */
function replacementFor(match: string): string {
  if (match.charCodeAt(0) === 0x0d) return "\n";
  const code = match.charCodeAt(0);
  if (ZERO_WIDTH.has(code)) return "";
  // Tabs, other controls and odd spaces: one space keeps the offsets.
  return " ";
}
