import type { Span } from "../../model/article.ts";
import { CLAUSE_BREAKERS, DETERMINERS } from "../lexicon/cues.ts";
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  NEWS_OUTLETS,
} from "../lexicon/not-names.ts";
import { ORGANISATION_NOUNS } from "../lexicon/organisations.ts";
import { GROUP_PRONOUNS, PERSON_PRONOUNS } from "../lexicon/pronouns.ts";
import { SPEECH_VERBS } from "../lexicon/speech-verbs.ts";
import { ANONYMOUS_HEADS, HONORIFICS, ROLE_HEADS } from "../lexicon/titles.ts";
import type { Context } from "./context.ts";
import { MAX_SUBJECT_WORDS } from "./limits.ts";
import { mentionIn } from "./mentions.ts";
import { allLower, isCapital, isLower, wordsAt, type Word } from "./words.ts";

const SPEECH = new Set(SPEECH_VERBS);
const BREAKERS = new Set(CLAUSE_BREAKERS);
const DETERMINER = new Set(DETERMINERS);
const FUNCTION = new Set(FUNCTION_WORDS);
const CALENDAR = new Set(CALENDAR_WORDS);
const OUTLETS = new Set(NEWS_OUTLETS);
const ORG_NOUNS = new Set(ORGANISATION_NOUNS);
const PERSON_PRONOUN = new Set(PERSON_PRONOUNS);
const GROUP_PRONOUN = new Set(GROUP_PRONOUNS);
const HONORIFIC = new Set(HONORIFICS);
const ROLE_HEAD = new Set(ROLE_HEADS);
const ANONYMOUS = new Set(ANONYMOUS_HEADS);

/** A subject is a pronoun, a name, or a short noun phrase: `he`, `Ruiz`, `the ministry`. */
export function plausibleSubject(ctx: Context, span: Span): boolean {
  const words = wordsAt(ctx, span.start, span.end);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return false;
  const first = words[0]!;
  if (allLower(words, CALENDAR)) return false;
  // An outlet is a name too: `reported Reuters`, `MSNBC host Omar Haddad`.
  const capital =
    isCapital(first) &&
    (!FUNCTION.has(first.lower) ||
      HONORIFIC.has(first.lower) ||
      OUTLETS.has(first.lower) ||
      /^\p{Lu}{2,}$/u.test(first.w));
  if (words.length === 1) {
    return (
      PERSON_PRONOUN.has(first.lower) ||
      GROUP_PRONOUN.has(first.lower) ||
      capital ||
      ANONYMOUS.has(first.lower) ||
      ORG_NOUNS.has(first.lower)
    );
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isLower(w)) continue;
    if (SPEECH.has(w.lower) || (i > 0 && BREAKERS.has(w.lower))) return false;
  }
  const head = words[words.length - 1]!;
  return (
    DETERMINER.has(first.lower) ||
    capital ||
    ANONYMOUS.has(head.lower) ||
    ROLE_HEAD.has(head.lower) ||
    describedName(ctx, words)
  );
}

/** Most lower-case words a description before a name may have: `lead author`, `head coach`. */
const MAX_DESCRIPTION_WORDS = 3;

/**
 * A short lower-case description, then a person's name: `head coach Ana Ruiz`,
 * `lead author Dr. Tom Ek`, `veteran defenceman Ola Berg`. The name ends the phrase.
 */
function describedName(ctx: Context, words: readonly Word[]): boolean {
  let k = 0;
  while (k < words.length && isLower(words[k]!)) {
    if (FUNCTION.has(words[k]!.lower)) return false;
    k++;
  }
  if (k === 0 || k > MAX_DESCRIPTION_WORDS || k === words.length) return false;
  const last = words[words.length - 1]!;
  const m = mentionIn(ctx.mentions, { start: words[k]!.start, end: last.end });
  return m !== undefined && m.end === last.end;
}
