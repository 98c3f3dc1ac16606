import type { Span } from "../../model/article.ts";
import { WEAK_SPEECH_VERBS } from "../lexicon/speech-verbs.ts";
import { sentenceStart } from "../sentences.ts";
import { clauseMention, clauseStart } from "./clause.ts";
import type { Context, Cue } from "./context.ts";
import { isCueGap, isVerbAt, makeCue } from "./cue-verb.ts";
import { CUE_WINDOW } from "./limits.ts";
import { lineStartNear } from "./mentions.ts";
import { subjectAfterVerb } from "./subject-after-verb.ts";
import { subjectBeforeVerb } from "./subject-before-verb.ts";
import { wordsAt } from "./words.ts";

const WEAK = new Set(WEAK_SPEECH_VERBS);

/**
 * `Haddad said: “`, `Santos said he thinks “`, `the ministry lamented the “`, `…, saying “`.
 * The leftmost speech verb of the main clause wins (`Rep. Jordan said Moreau called for
 * “…”` is Jordan's); verbs in a clause opened by `when`, `if`, `after` do not count.
 */
export function cueBefore(ctx: Context, from: number, to: number): Cue | null {
  const words = wordsAt(ctx, from, to);
  let weak: Cue | null = null;
  let main: Cue | null = null;
  let subordinate: Cue | null = null;
  // `While not all Santos says is fair, Okafor said Santos is “…”`: verbs in an
  // introductory clause before the comma are subordinate.
  const introEnd = clauseStart(ctx.text, from, to);
  for (let k = 0; k < words.length; k++) {
    if (!isVerbAt(words, k)) continue;
    const verb = words[k]!;
    const lead = ctx.text.slice(from, verb.start);
    let cue: Cue | null = null;
    // `…, saying the plan was “…”`: after a participle comes its object, not its subject.
    // The comma may sit inside the closing mark: `“Port Ellis values,” saying…`.
    const participle =
      verb.lower.endsWith("ing") &&
      verb.lower !== "according" &&
      /,["”’]?\s*$/.test(ctx.text.slice(Math.max(0, from - 2), verb.start));
    const subject = participle
      ? null
      : isCueGap(ctx.text, from, verb.start) || verb.lower === "according"
        ? subjectAfterVerb(ctx, words, k)
        : subjectBeforeVerb(ctx, from, verb.start);
    // `Okafor argued that…, while Santos said that the “…”`: a later clause with its own
    // subject, joined by a conjunction, is nearer the quote and takes it (`while` after a
    // main clause joins one; opening the sentence it subordinates).
    if (main && subject && joinsLaterClause(ctx.text, from, subject)) {
      main = makeCue(ctx.text, verb, subject, to, false);
      continue;
    }
    if (
      subject &&
      (afterSubordinator(ctx.text, from, subject) || verb.start < introEnd)
    ) {
      // `two weeks after Santos told The Herald he was “…”`: used only if nothing better.
      subordinate ??= makeCue(ctx.text, verb, subject, to, false);
    } else if (subject) {
      cue = makeCue(ctx.text, verb, subject, to, false);
    } else if (
      !subject &&
      (participle || /\b(?:and|but) (?:\p{Ll}+ )?$/u.test(lead.slice(-20)))
    ) {
      // `Zhang Wenli hit back on Friday, saying “…”`, `Lumen Relief did not say…, but
      // said “…”`: the main clause's subject speaks; its sentence may start before `from`
      // when an earlier quote stands in it (`X visited KTVX’s “Dawn”…, saying “…”`).
      const lineStart = lineStartNear(ctx.text, verb.start);
      const start = sentenceStart(
        ctx.text,
        Math.max(lineStart, verb.start - CUE_WINDOW),
        from,
      );
      const subject = clauseMention(ctx, start, verb.start);
      cue = makeCue(
        ctx.text,
        verb,
        subject
          ? { start: subject.start, end: verb.start }
          : { start, end: verb.start },
        to,
        true,
      );
    }
    if (!cue || main) continue;
    if (!WEAK.has(verb.lower)) {
      main = cue;
      continue;
    }
    weak ??= cue;
  }
  if (main) return main;
  // `When Santos hinted…, Okafor shot back: “…”`: the colon's clause beats a
  // subordinate clause's verb.
  if (!weak && /:\s*$/.test(ctx.text.slice(Math.max(from, to - 3), to)))
    return null;
  return weak ?? subordinate;
}

/** Whether a conjunction joining a clause stands just before `subject`: `, while Santos`. */
function joinsLaterClause(text: string, from: number, subject: Span): boolean {
  return /(?:[,;]\s*(?:and|but|while|whereas|yet)|\b(?:while|whereas|but|and))\s+$/i.test(
    text.slice(Math.max(from, subject.start - 12), subject.start),
  );
}

/**
 * Whether the subject sits in a clause opened by `when`, `if`, `after`, `how`…: `When
 * Santos hinted…`, `a debate over how the city pays for…`.
 */
function afterSubordinator(text: string, from: number, subject: Span): boolean {
  const before = text.slice(Math.max(from, subject.start - 20), subject.start);
  // `Although the Moreau government has insisted…`: a determiner may come between.
  return /\b(?:when|if|after|before|as|because|while|although|though|since|until|unless|once|whether|how|why|where)\s+(?:the\s+|a\s+|an\s+)?$/i.test(
    before,
  );
}
