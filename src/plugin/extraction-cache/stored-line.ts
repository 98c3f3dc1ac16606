import { isAscii } from "node:buffer";
import type { BuiltArticle } from "../articles.ts";
import { parseStoredResult } from "../workers/extract-worker.ts";
import type { StoredLine } from "./article-file.ts";
import {
  articleSpan,
  countQuotes,
  partsIn,
  storedArticle,
} from "./stored-article.ts";

/** A stored line is `<key>\t<json>\n`: the key is a SHA-256 in hex. */
export const KEY_LENGTH = 64;
export const TAB = 9;
export const NEWLINE = 10;

/** `storedResult` begins so when the article's text is its first field, as it is. */
const TEXT_START = '{"article":{"text":"';
/** What the text is parsed as meanwhile: a string, for `parseStoredResult`'s check. */
const TEXT_PLACEHOLDER = '{"article":{"text":""';
const QUOTE = 34;
const BACKSLASH = 92;

/**
 * A stored line's result, its article kept where it is in the line's file (see
 * `storedArticle`), and the line's bytes; `undefined` if the line is damaged:
 * `<key>\t{"article":{"text":"Ferry fares rise\n…",…},"notes":[],"terms":"…"}\n`.
 */
export function readLine(
  stored: StoredLine,
): { built: BuiltArticle; bytes: Buffer } | undefined {
  let line: Buffer;
  try {
    line = stored.file.bytes(stored.offset, stored.length);
  } catch {
    return undefined;
  }
  // A line cut short (a full disk) has no newline, and its JSON does not parse either;
  // stored results are ASCII (see `storedResult`), so any other byte is damage.
  if (line[line.length - 1] !== NEWLINE || !isAscii(line)) return undefined;
  const start = KEY_LENGTH + 1;
  const end = line.length - 1;
  const text = textSpan(line, start);
  const span = articleSpan(line.subarray(0, end), start);
  if (!span) return undefined;
  // The quotes too, counted instead: the list needs only how many there are.
  const parts = partsIn(line, span.start, span.end);
  const quotes = parts.quotes;
  const count = quotes && countQuotes(line, quotes[0], quotes[1]);
  const cut = count === undefined ? end : (quotes?.[0] ?? end);
  // Everything but the text, which is read back when something asks for it: a rebuild
  // reads only the few articles it renders again.
  const built = parseStoredResult(
    (text
      ? `${TEXT_PLACEHOLDER}${line.toString("latin1", text.end, cut)}`
      : line.toString("latin1", start, cut)) +
      (cut === end ? "" : `[]${line.toString("latin1", quotes?.[1], end)}`),
  );
  if (!built) return undefined;
  built.article = storedArticle(
    built.article,
    stored.file,
    stored.offset + span.start,
    { bytes: line, ...span, parts },
    count,
  );
  return { built, bytes: line };
}

/** Where the text's JSON string (quotes included) is in a line, if it starts the result. */
function textSpan(
  line: Buffer,
  start: number,
): { start: number; end: number } | undefined {
  if (line.toString("latin1", start, start + TEXT_START.length) !== TEXT_START)
    return undefined;
  const open = start + TEXT_START.length - 1;
  // The first `"` not escaped: one after an even number of backslashes.
  for (let close = line.indexOf(QUOTE, open + 1); close > 0;) {
    let backslashes = 0;
    while (line[close - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return { start: open, end: close + 1 };
    close = line.indexOf(QUOTE, close + 1);
  }
  return undefined;
}
