import { FUNCTION_WORDS } from "../lexicon/not-names.ts";
import { SPEECH_NOUNS } from "../lexicon/speech-nouns.ts";
import { CUE_ADVERBS, SPEECH_VERBS } from "../lexicon/speech-verbs.ts";
import type { PersonMention } from "../people.ts";
import type { QuoteSpan } from "../quotes.ts";
import { clauseMention, clauseStart, openingPronoun } from "./clause.ts";
import type { Context, Cue } from "./context.ts";
import { CUE_WINDOW, MAX_OPENING_WORDS } from "./limits.ts";
import { firstIndexFrom, isPossessive } from "./mentions.ts";
import { isLower, wordsAt, wordsIn } from "./words.ts";

const SPEECH = new Set(SPEECH_VERBS);
const ADVERBS = new Set(CUE_ADVERBS);
const FUNCTION = new Set(FUNCTION_WORDS);
const SPEECH_NOUN = new Set(SPEECH_NOUNS);

/**
 * `Moreau’s claim that there have been “hundreds of closures”`: the quote belongs to
 * whoever owns the words (a possessive before `claim`, `remarks`, `pledge`…), the last
 * such owner before the quote in its sentence.
 */
function possessedWords(ctx: Context, from: number, to: number): Cue | null {
  const first = firstIndexFrom(ctx.mentions, from);
  let found: PersonMention | undefined;
  let noun = "";
  for (let k = first; k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k]!;
    if (m.end >= to) break;
    if (!isPossessive(ctx.text, m)) continue;
    const next = /^['’]s? (?:\p{Ll}+ ){0,2}?(\p{Ll}+)/u.exec(
      ctx.text.slice(m.end, m.end + 40),
    );
    if (next?.[1] && SPEECH_NOUN.has(next[1])) {
      found = m;
      noun = next[1];
    }
  }
  return found
    ? {
        subject: { start: found.start, end: found.end },
        verb: noun,
        cue: noun,
        participle: false,
      }
    : null;
}

/** `X released the following statement:`: the first person (or organisation) named before the colon. */
export function colonLeadCue(
  ctx: Context,
  from: number,
  to: number,
): Cue | null {
  const subject = clauseMention(ctx, from, to);
  return subject
    ? {
        subject: { start: subject.start, end: subject.end },
        verb: ":",
        cue: ":",
        participle: false,
      }
    : null;
}

/**
 * With no speech verb: `X: “…”` and `X leaned in and boomed: “…”` give the clause's
 * first person (or organisation); a fragment inside a sentence (`Santos blamed the delay
 * on “careless city planners”`) gives the person the sentence opens with.
 */
export function clauseSubjectCue(
  ctx: Context,
  sentence: number,
  q: QuoteSpan,
): Cue | null {
  const lead = ctx.text.slice(sentence, q.open);
  const owned = possessedWords(ctx, sentence, q.open);
  if (owned) return owned;
  const colon = /:\s*$/.test(lead);
  // A fragment inside the writer's sentence: `a defense of “Port Ellis values,”`.
  const embedded =
    q.kind === "partial" || (q.reported && /[\p{L}\p{N},] ?$/u.test(lead));
  if (!colon && !embedded) return null;
  // A pronoun only for reported speech: `She runs this “office”` is a scare quote.
  const subject =
    (q.reported ? openingPronoun(ctx.text, sentence, q.open) : null) ??
    clauseMention(ctx, sentence, q.open);
  if (!subject) return null;
  // The subject must open the sentence (past a few words: `On Tuesday, Haddad went…`).
  const opening = wordsAt(
    ctx,
    Math.max(sentence, clauseStart(ctx.text, sentence, subject.start)),
    subject.start,
  );
  if (
    !colon &&
    (opening.length > MAX_OPENING_WORDS ||
      opening.some((w) => SPEECH.has(w.lower)))
  )
    return null;
  // `Okafor's remarks…`: a possessive is not the clause's subject.
  if (/^['’]/.test(ctx.text.slice(subject.end, subject.end + 1))) return null;
  // The first plain word after the subject, past a party tag or an aside:
  // `Ray Ellis (D-Ore.), in particular, has been painting Moreau as a “fraud”`.
  const restEnd = Math.min(q.open, subject.end + CUE_WINDOW);
  const rest = ctx.text
    .slice(subject.end, restEnd)
    .replace(/\([^()]*\)/g, (m) => " ".repeat(m.length))
    .replace(/,[^,]*,/g, (m) => " ".repeat(m.length));
  const verb = wordsIn(rest, 0, rest.length).find(
    (w) =>
      isLower(w) &&
      !ADVERBS.has(w.lower) &&
      !FUNCTION.has(w.lower) &&
      !["has", "have", "had", "was", "is", "been", "be"].includes(w.lower),
  );
  // The word after the subject must be its verb: `Santos blamed…`, not `the Act of 1910`.
  const isVerb =
    verb !== undefined && !FUNCTION.has(verb.lower) && !/^\p{Lu}/u.test(verb.w);
  const cue = colon ? (verb?.w ?? ":") : isVerb ? verb.w : null;
  return cue === null
    ? null
    : {
        subject: { start: subject.start, end: subject.end },
        verb: cue,
        cue,
        participle: false,
      };
}
