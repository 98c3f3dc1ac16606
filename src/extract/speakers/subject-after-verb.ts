import type { Span } from "../../model/article.ts";
import { CLAUSE_BREAKERS, DOCUMENT_LINKS } from "../lexicon/cues.ts";
import { FUNCTION_WORDS } from "../lexicon/not-names.ts";
import { DOCUMENT_NOUNS } from "../lexicon/organisations.ts";
import { SPEECH_VERBS } from "../lexicon/speech-verbs.ts";
import { isRole } from "../people/roles.ts";
import { isSpaces } from "../tokens.ts";
import type { Context } from "./context.ts";
import { MAX_SUBJECT_WORDS } from "./limits.ts";
import { firstIndexFrom } from "./mentions.ts";
import { plausibleSubject } from "./plausible-subject.ts";
import { isLower, type Word } from "./words.ts";

const SPEECH = new Set(SPEECH_VERBS);
const BREAKERS = new Set(CLAUSE_BREAKERS);
const FUNCTION = new Set(FUNCTION_WORDS);
const DOCUMENTS = new Set(DOCUMENT_NOUNS);
const DOCUMENT_LINK = new Set(DOCUMENT_LINKS);

/** A document and its author: `a letter sent by city lawyer Lena Sato` (words). */
const MAX_DOCUMENT_WORDS = 12;

/**
 * The noun phrase after an inverted verb: `said ministry spokesperson Ana Ruiz on
 * Monday`; a document runs on to its author: `according to a letter sent by city lawyer
 * Lena Sato`.
 */
export function subjectAfterVerb(
  ctx: Context,
  words: readonly Word[],
  k: number,
): Span | null {
  const { text } = ctx;
  let j = k + 1;
  if (words[k]!.lower === "according") j++;
  const first = words[j];
  if (!first) return null;
  let last = j;
  let document = DOCUMENTS.has(first.lower);
  // A document runs on to its author, a few words further: `a letter sent by city
  // lawyer Lena Sato`.
  for (
    let n = j + 1;
    n < words.length &&
    n - j < (document ? MAX_DOCUMENT_WORDS : MAX_SUBJECT_WORDS);
    n++
  ) {
    const w = words[n]!;
    // `Lt.-Gen. Ana Ruiz`: two titles joined by a hyphen are one.
    const joinedTitles =
      /^\.?-$/.test(text.slice(words[n - 1]!.end, w.start)) &&
      isRole(words[n - 1]!.lower) &&
      isRole(w.lower);
    if (!isSpaces(text, words[n - 1]!.end, w.start) && !joinedTitles) break;
    document ||= DOCUMENTS.has(w.lower);
    const stop =
      isLower(w) &&
      (FUNCTION.has(w.lower) || BREAKERS.has(w.lower) || SPEECH.has(w.lower));
    if (stop && !(document && DOCUMENT_LINK.has(w.lower)) && !titleOf(words, n))
      break;
    last = n;
  }
  const subject = { start: first.start, end: words[last]!.end };
  if (document && last - j >= MAX_SUBJECT_WORDS) return subject;
  // `said the jury's chair, Ana Ruiz`: a description, then the person it names.
  const named = namedAfterComma(ctx, subject);
  if (named) return named;
  return plausibleSubject(ctx, subject) ? subject : null;
}

/**
 * A lower-case description followed by `, Name`: `the panel chair, Ana Ruiz` -> the whole
 * phrase through the name, whose last mention is the person. Null for anything else.
 */
function namedAfterComma(ctx: Context, subject: Span): Span | null {
  const { text } = ctx;
  if (!/^\p{Ll}/u.test(text.charAt(subject.start))) return null;
  if (text.charCodeAt(subject.end) !== 0x2c) return null;
  const k = firstIndexFrom(ctx.mentions, subject.end);
  const m = ctx.mentions[k];
  if (
    !m ||
    m.start !== subject.end + 2 ||
    text.charCodeAt(m.start - 1) !== 0x20
  )
    return null;
  // The name must be a full name, not a lone word that may start a clause.
  if (!text.slice(m.start, m.end).includes(" ")) return null;
  return { start: subject.start, end: m.end };
}

/**
 * `of` inside a title: `Secretary of State Jo Roe`, `the Minister of Foreign Affairs,
 * Ana Ruiz`: a role word before it, a capitalised word after it.
 */
function titleOf(words: readonly Word[], n: number): boolean {
  const next = words[n + 1];
  return (
    words[n]!.lower === "of" &&
    isRole(words[n - 1]!.lower) &&
    next !== undefined &&
    !isLower(next)
  );
}
