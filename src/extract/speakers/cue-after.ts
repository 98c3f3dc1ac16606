import type { Span } from "../../model/article.ts";
import { INVERTING_VERBS, WEAK_SPEECH_VERBS } from "../lexicon/speech-verbs.ts";
import { isRegexSpace } from "../tokens.ts";
import type { Context, Cue } from "./context.ts";
import { isCueGap, isVerbAt, makeCue } from "./cue-verb.ts";
import { CUE_WINDOW } from "./limits.ts";
import { subjectAfterVerb } from "./subject-after-verb.ts";
import { subjectBeforeVerb } from "./subject-before-verb.ts";
import { wordsAt } from "./words.ts";

const WEAK = new Set(WEAK_SPEECH_VERBS);
const INVERTING = new Set(INVERTING_VERBS);

/** `” ― Lena Sato`, `” — Omar T. Haddad`: a dash, then a capitalised name. */
const SIGNATURE =
  /^[.,]?\s*[―—–]\s*((?:[\p{Lu}][\p{L}'’.-]*)(?: [\p{Lu}][\p{L}'’.-]*){0,4})/u;

/**
 * Whether `text[from, to)` opens as `SIGNATURE` needs, a dash after an optional `.` or
 * `,` and spaces: most quotes are followed by a word, and the regex need not run.
 */
function dashAhead(text: string, from: number, to: number): boolean {
  let i = from;
  const c = text.charCodeAt(i);
  if (i < to && (c === 0x2e || c === 0x2c)) i++;
  while (i < to && isRegexSpace(text.charCodeAt(i))) i++;
  const d = i < to ? text.charCodeAt(i) : 0;
  return d === 0x2015 || d === 0x2014 || d === 0x2013;
}

/** `,” Ruiz said` / `,” said Ruiz` / `… the port, ministry spokesperson Ana Ruiz said`. */
export function cueAfter(
  ctx: Context,
  from: number,
  to: number,
): { cue: Cue; words: number } | null {
  // `“…” ― Lena Sato`: a dash and a name sign the quote.
  const signed = dashAhead(ctx.text, from, Math.min(to, from + CUE_WINDOW))
    ? SIGNATURE.exec(ctx.text.slice(from, Math.min(to, from + CUE_WINDOW)))
    : null;
  if (signed?.[1]) {
    const start = from + signed[0].length - signed[1].length;
    return {
      cue: {
        subject: { start, end: start + signed[1].length },
        verb: "―",
        cue: "―",
        participle: false,
      },
      words: 0,
    };
  }
  const words = wordsAt(ctx, from, to);
  for (let k = 0; k < words.length; k++) {
    if (!isVerbAt(words, k)) continue;
    const verb = words[k]!;
    const verbFirst = isCueGap(ctx.text, from, verb.start);
    let subject: Span | null;
    // `“Port Ellis values,” saying the city…`: a participle's subject stands before the quote.
    if (verb.lower.endsWith("ing") && verb.lower !== "according" && verbFirst)
      return null;
    // `according to` always names its source after it: `…, the winner, according to the poll`.
    if (verbFirst || verb.lower === "according") {
      // Verb first: `said Ruiz`, `according to the ministry`.
      subject = subjectAfterVerb(ctx, words, k);
    } else {
      // `“…” for Moreau, leaving her short of votes, said Joel Brandt, a pollster`: after
      // a comma, a capitalised name closed by punctuation is an inverted subject.
      const inverted =
        verb.start - from >= 2 &&
        ctx.text.charCodeAt(verb.start - 2) === 0x2c &&
        ctx.text.charCodeAt(verb.start - 1) === 0x20 &&
        INVERTING.has(verb.lower)
          ? subjectAfterVerb(ctx, words, k)
          : null;
      const invertedName =
        inverted !== null &&
        /^\p{Lu}/u.test(ctx.text.charAt(inverted.start)) &&
        /^\s*(?:[,.;:(]|$)/.test(ctx.text.slice(inverted.end, to));
      subject = invertedName
        ? inverted
        : (subjectBeforeVerb(ctx, from, verb.start) ??
          // `“…” for a garden — and many wilt, said Dr. Ada Okafor`.
          inverted);
    }
    // `“playing it safe” and Santos says he is “…”`: a clause joined by a conjunction
    // has its own subject and its own quote.
    if (subject && endsWithConjunction(ctx.text, from, subject.start))
      return null;
    if (subject) {
      // How far the cue's subject stands from the quote: `” Brandt, a retired nurse, said` is near.
      const nearEnd = Math.min(subject.start, verb.start);
      let near = 0;
      for (const w of words) if (w.end <= nearEnd) near++;
      return { cue: makeCue(ctx.text, verb, subject, to, false), words: near };
    }
    if (WEAK.has(verb.lower) || verbFirst) continue;
    return null;
  }
  return null;
}

const CONJUNCTIONS = ["and", "but", "while", "whereas"];

/**
 * `/(?:^|[\s,;])(?:and|but|while|whereas)\s+$/i.test(text.slice(from, to))`: a clause
 * joined by a conjunction (`“…” and Santos says`), read backwards from `to`.
 */
function endsWithConjunction(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isRegexSpace(text.charCodeAt(end - 1))) end--;
  if (end === to) return false;
  for (const word of CONJUNCTIONS) {
    const start = end - word.length;
    if (start < from) continue;
    let same = true;
    for (let k = 0; k < word.length && same; k++) {
      const c = text.charCodeAt(start + k);
      const w = word.charCodeAt(k);
      same = c === w || c === w - 0x20;
    }
    if (!same) continue;
    if (start === from) return true;
    const before = text.charCodeAt(start - 1);
    if (isRegexSpace(before) || before === 0x2c || before === 0x3b) return true;
  }
  return false;
}
