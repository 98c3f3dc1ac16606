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
 */
export function tokenize(text: string, span: Span): Token[] {
  const region = text.slice(span.start, span.end);
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(region); m !== null; m = WORD.exec(region)) {
    let word = m[0];
    let dotEnds = false;
    if (word.endsWith(".") && !/^(?:\p{Lu}\.)+$/u.test(word)) {
      const bare = word.slice(0, -1);
      const keep = DOTTED.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare);
      if (!keep) {
        word = bare;
        dotEnds = true;
      }
    }
    // Possessive: `Putin's` -> `Putin`, and the run ends there.
    let possessive = false;
    const poss = /['’]s$/i.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const start = span.start + m.index;
    const end = start + word.length;
    const first = word.charAt(0);
    tokens.push({
      text: word,
      start,
      end,
      lower: word.toLowerCase().replace(/\.$/, ""),
      capital: first !== first.toLowerCase(),
      joinsNext: !dotEnds && !possessive,
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const n = tokens[i + 1];
    if (!t) continue;
    if (!n) {
      t.joinsNext = false;
      continue;
    }
    const gap = text.slice(t.end, n.start);
    if (!/^ +$/.test(gap)) t.joinsNext = false;
  }
  return tokens;
}
