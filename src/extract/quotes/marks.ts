import type { Span } from "../../model/article.ts";

/* Which quotation marks open and which close: straight marks read by their neighbours. */

const OPENING_GLYPHS = new Set([0x201c, 0x201e, 0x201f, 0x00ab]);

const CLOSING_GLYPHS = new Set([0x201d, 0x00bb]);

type Role = "open" | "close";

function isMark(code: number): boolean {
  return code === 0x22 || OPENING_GLYPHS.has(code) || CLOSING_GLYPHS.has(code);
}

export function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || Number.isNaN(code);
}

/** Characters after which a mark opens: `(“`, `—“`, `‘“`. */
const OPEN_AFTER = new Set([..."([{—–-/‘'"].map((c) => c.charCodeAt(0)));

/** Characters before which a mark closes: `”.`, `”,`, `”)`. */
const CLOSE_BEFORE = new Set(
  [...".,;:!?)]}—–-’'…"].map((c) => c.charCodeAt(0)),
);

/**
 * A mark's role as its neighbours and glyph tell it. `EITHER` is a straight `"` they
 * leave open (`a"b`): it opens outside a quote and closes inside one.
 */
export const OPENS = 0;

export const CLOSES = 1;

const EITHER = 2;

export type MarkRole = typeof OPENS | typeof CLOSES | typeof EITHER;

/** Whether the mark at `i` opens or closes, from its neighbours, then its glyph. */
export function markRole(text: string, i: number, para: Span): MarkRole {
  // A paragraph's first mark has nothing to close, whatever its glyph or the space after
  // it: `” … if the mayor can wait, then surely…,” the sign read.`
  if (i === para.start) return OPENS;
  const prev = i > para.start ? text.charCodeAt(i - 1) : NaN;
  const next = i + 1 < para.end ? text.charCodeAt(i + 1) : NaN;
  const canOpen =
    !isSpaceCode(next) &&
    (isSpaceCode(prev) || OPEN_AFTER.has(prev) || isMark(prev));
  const canClose =
    !isSpaceCode(prev) &&
    (isSpaceCode(next) || CLOSE_BEFORE.has(next) || isMark(next));
  if (canOpen && !canClose) return OPENS;
  if (canClose && !canOpen) return CLOSES;
  const code = text.charCodeAt(i);
  if (OPENING_GLYPHS.has(code)) return OPENS;
  if (CLOSING_GLYPHS.has(code)) return CLOSES;
  return EITHER;
}

/** The role of a mark met at quote depth `depth`: `EITHER` opens at 0, closes inside. */
export function roleAt(role: MarkRole, depth: number): Role {
  if (role === OPENS) return "open";
  if (role === CLOSES) return "close";
  return depth === 0 ? "open" : "close";
}
