import { isAscii } from "node:buffer";
import type { Article } from "../../model/article.ts";
import type { BuiltArticle } from "../articles.ts";
import { parseStoredResult } from "../workers/extract-worker.ts";

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
 * A stored line's article, or `undefined` if the line is damaged:
 * `<key>\t{"article":{"text":"Ferry fares rise\n…",…},"notes":[],"terms":"…"}\n`.
 */
export function parseLine(line: Buffer): BuiltArticle | undefined {
  // A line cut short (a full disk) has no newline, and its JSON does not parse either;
  // stored results are ASCII (see `storedResult`), so any other byte is damage.
  if (line[line.length - 1] !== NEWLINE || !isAscii(line)) return undefined;
  const start = KEY_LENGTH + 1;
  const end = line.length - 1;
  const text = textSpan(line, start);
  if (!text) return parseStoredResult(line.toString("latin1", start, end));
  // Everything but the text, which stays in the line until something reads it: a
  // rebuild reads only the few articles it renders again, and the texts it does not
  // read are neither parsed nor copied by the collector.
  const built = parseStoredResult(
    `${TEXT_PLACEHOLDER}${line.toString("latin1", text.end, end)}`,
  );
  if (built) lazyText(built.article, line, text);
  return built;
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

/**
 * Makes `article.text` parse from the line when first read (then it is a plain field
 * again), in its place among the fields: a data module or a copy to a rendering thread
 * comes out as from a parsed article.
 */
function lazyText(
  article: Article,
  line: Buffer,
  span: { start: number; end: number },
): void {
  const settle = (text: string): void => {
    Object.defineProperty(article, "text", {
      value: text,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  };
  Object.defineProperty(article, "text", {
    get(): string {
      let text: string;
      try {
        text = JSON.parse(
          line.toString("latin1", span.start, span.end),
        ) as string;
      } catch {
        throw new Error(
          `A stored extraction result is damaged (${article.file}): delete the cache folder (node_modules/.cache/quote-reader, or the one QUOTE_READER_CACHE names) and build again`,
        );
      }
      settle(text);
      return text;
    },
    set: settle,
    enumerable: true,
    configurable: true,
  });
}
