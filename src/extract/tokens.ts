import type { Span } from "../model/article.ts";
import { HONORIFICS } from "./lexicon/titles.ts";

/** A word of the text with its offsets; helper for the name and cue stages. */
export interface Token extends Span {
  text: string;
  /** Lower case, without a trailing dot: `mr` for `Mr.`. */
  lower: string;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Whether only spaces (no newline, no punctuation) separate it from the next token. */
  joinsNext: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*\.?/gu;
const DOTTED = new Set([
  ...HONORIFICS,
  "st",
  "jr",
  "sr",
  "mt",
  "ft",
  "no",
  "vs",
  "inc",
  "corp",
  "co",
  "ltd",
  "gov",
  "sen",
  "rep",
  "lt",
  "gen",
]);

/**
 * Words of `text[span]` in order. A trailing dot stays on abbreviations and initials
 * (`Mr.`, `J.`, `U.S.`) and otherwise ends the word and breaks the run of words.
 * `Hamas’ attack` -> `Hamas`, `attack` with no join (the apostrophe breaks it).
 * Hot path: plain character tests, no per-word regular expressions.
 */
export function tokenize(text: string, span: Span): Token[] {
  const region = text.slice(span.start, span.end);
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(region); m !== null; m = WORD.exec(region)) {
    let word = m[0];
    let joins = true;
    const last = word.charCodeAt(word.length - 1);
    if (last === DOT && !isInitials(word)) {
      const bare = word.slice(0, -1);
      const keep =
        (bare.length === 1 && isUpper(bare)) || DOTTED.has(bare.toLowerCase());
      if (!keep) {
        word = bare;
        joins = false;
      }
    }
    // Possessive: `Putin's` -> `Putin`, and the run ends there.
    const n = word.length;
    if (
      n > 2 &&
      (word.charCodeAt(n - 1) === 0x73 || word.charCodeAt(n - 1) === 0x53)
    ) {
      const apostrophe = word.charCodeAt(n - 2);
      if (apostrophe === 0x27 || apostrophe === 0x2019) {
        word = word.slice(0, -2);
        joins = false;
      }
    }
    const start = span.start + m.index;
    const lower = word.toLowerCase();
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      lower:
        lower.charCodeAt(lower.length - 1) === DOT ? lower.slice(0, -1) : lower,
      capital: word.charAt(0) !== lower.charAt(0),
      joinsNext: joins,
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) t.joinsNext = false;
    else if (t.joinsNext) t.joinsNext = onlySpaces(text, t.end, next.start);
  }
  return tokens;
}

const DOT = 0x2e;

function isUpper(s: string): boolean {
  return s !== s.toLowerCase();
}

/** `U.S.`, `P.J.`: capital letters each followed by a dot. */
function isInitials(word: string): boolean {
  if (word.length < 4) return false;
  for (let i = 0; i < word.length; i += 2) {
    if (!isUpper(word.charAt(i)) || word.charCodeAt(i + 1) !== DOT)
      return false;
  }
  return true;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}
