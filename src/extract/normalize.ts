/**
 * Stage 1: raw text -> clean text. Every later offset points into this result.
 *
 * - a leading byte-order mark is dropped (`\uFEFF`);
 * - `\r\n` and lone `\r` become `\n`, as do the Unicode line and paragraph separators;
 * - odd spaces (no-break, thin, ideographic, tabs) become a plain space, one for one,
 *   so offsets stay those of the file;
 * - invisible characters that split words (zero-width space, word joiner, soft hyphen,
 *   a stray BOM) are removed: `Pes\u200Bkov` -> `Peskov`.
 *
 * Runs in one pass over the string.
 */
export function normalizeText(raw: string): string {
  let out = "";
  let runStart = 0;
  const start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  runStart = start;
  for (let i = start; i < raw.length; i++) {
    const replacement = replacementFor(raw, i);
    if (replacement === undefined) continue;
    out += raw.slice(runStart, i) + replacement;
    runStart = i + 1;
  }
  return out + raw.slice(runStart);
}

const ZERO_WIDTH = new Set([0x200b, 0x2060, 0xfeff, 0x00ad, 0x180e]);
const ODD_SPACES = new Set([
  0x09, 0x0b, 0x0c, 0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000,
]);

/** What to put instead of `raw[i]`, or undefined to keep it. */
function replacementFor(raw: string, i: number): string | undefined {
  const code = raw.charCodeAt(i);
  if (code === 0x0d) return raw.charCodeAt(i + 1) === 0x0a ? "" : "\n";
  if (code === 0x2028 || code === 0x2029) return "\n";
  if (ODD_SPACES.has(code)) return " ";
  if (ZERO_WIDTH.has(code)) return "";
  // Other C0 controls except \n: a space keeps the offsets.
  if (code < 0x20 && code !== 0x0a) return " ";
  return undefined;
}
