import type { Span } from "../model/article.ts";
import type { PeopleResult } from "./people.ts";
import { buildAliasIndex } from "./people/aliases.ts";
import type { QuoteSpan } from "./quotes.ts";
import type { Context } from "./speakers/context.ts";
import { findCue } from "./speakers/find-cue.ts";
import { inheritSpeakers } from "./speakers/inherit-speakers.ts";
import { forgetMentionHint, insideQuote } from "./speakers/mentions.ts";
import { resolveSubject } from "./speakers/resolve-subject.ts";
import { nobody, withFoundCue, type Attributed } from "./speakers/resolved.ts";
import {
  summariseSpeakers,
  type Attribution,
} from "./speakers/summarise-speakers.ts";

export type { Attribution } from "./speakers/summarise-speakers.ts";

/**
 * Stage 5: who said each quote, and why. Looks for a cue beside the quote (`“…,” X said`,
 * `said X`, `X said: “…”`, `according to X`, `X, a spokesperson for Y, said`), then in the
 * sentence after it; resolves the cue's subject to a person (full name, surname, title
 * plus surname, role noun, pronoun) or an organisation (`the ministry`, `it`, `the
 * agency`); a quote with no cue takes the speaker of the quote before it in its paragraph,
 * of the paragraph before (`continuing`), or of reported speech just before it
 * (`Okafor admits there were delays.` then `“…”`).
 *
 * The parts, in `speakers/`: `find-cue.ts` finds the cue (`cue-after.ts`, `cue-before.ts`,
 * `clause-subject-cue.ts`; subjects in `subject-after-verb.ts`, `subject-before-verb.ts`),
 * `resolve-subject.ts` names its speaker (`resolve-pronoun.ts`, `resolve-description.ts`,
 * `resolve-organisation.ts`), `inherit-speakers.ts` fills quotes with no cue
 * (`speaker-before.ts`), `summarise-speakers.ts` counts.
 */
export function attributeSpeakers(
  text: string,
  paragraphs: readonly Span[],
  spans: readonly QuoteSpan[],
  found: PeopleResult,
): Attribution {
  const ctx: Context = {
    text,
    paragraphs,
    spans,
    people: found.people,
    mentions: found.mentions.filter((m) => !insideQuote(spans, m.start)),
    organisations: found.organisations.filter(
      (m) => !insideQuote(spans, m.start),
    ),
    acronyms: new Map(),
    aliases: buildAliasIndex(found.people),
    mentionsOf: found.people.map((p) => p.mentions),
    lastSpeaker: null,
    wordCache: [],
    wordSlot: 0,
  };
  const kept: QuoteSpan[] = [];
  const resolved: Attributed[] = [];
  spans.forEach((q, i) => {
    // 1. The cue beside the quote (`“…,” X said`), and the speaker its subject names.
    const cue = findCue(ctx, i);
    const r: Attributed = cue
      ? withFoundCue(resolveSubject(ctx, cue, q.start), cue.cue)
      : nobody();
    // A short quoted term nobody is credited with is a scare quote or a title: dropped.
    if (!q.reported && r.speaker === null) return;
    if (r.kind === "person" && r.speaker) {
      ctx.lastSpeaker = { name: r.speaker, end: q.end, paragraph: q.paragraph };
    }
    kept.push(q);
    resolved.push(r);
  });
  // 2. Quotes with no cue take the speaker of their run (`“A.” “B,” she said.`), and
  // 3. each speaker's quotes are counted.
  const attribution = summariseSpeakers(
    ctx.people,
    inheritSpeakers({ ...ctx, spans: kept }, resolved),
  );
  forgetMentionHint();
  return attribution;
}
