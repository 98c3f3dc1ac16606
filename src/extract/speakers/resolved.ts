import type { AttributionMethod, SpeakerKind } from "../../model/article.ts";

/*
 * A quote's speaker as found, and the few ways of making one: written out field by field,
 * since 10 MB of quotes makes half a million of them.
 */

/**
 * A speaker as resolved, with room for its cue: `resolveSubject` makes each one fresh
 * (but `NOBODY`), so `withFoundCue` fills the cue in rather than copying the object.
 */
export interface Resolved {
  speaker: string | null;
  kind: SpeakerKind | null;
  method: AttributionMethod;
  cue: string | null;
  /** Why the speaker may be wrong, when the evidence for them is weak. */
  doubt?: string;
}

/** A quote's speaker as finally given (the same shape as `Resolved`). */
export type Attributed = Resolved;

/** No speaker: shared, so never to be changed (see `withFoundCue`). */
export const NOBODY: Resolved = {
  speaker: null,
  kind: null,
  method: "none",
  cue: null,
};

/**
 * A fresh `NOBODY` with no cue, written out: a spread (`{ ...NOBODY, cue: null }`) is
 * several times slower, and 10 MB of quotes asks for half a million of these.
 */
export function nobody(): Attributed {
  return { speaker: null, kind: null, method: "none", cue: null };
}

/** `r` with its cue, written out for the same reason as `nobody`. */
export function withCue(r: Resolved, cue: string | null): Attributed {
  return r.doubt === undefined
    ? { speaker: r.speaker, kind: r.kind, method: r.method, cue }
    : {
        speaker: r.speaker,
        kind: r.kind,
        method: r.method,
        cue,
        doubt: r.doubt,
      };
}

/**
 * `withCue(r, cue)` for `r` fresh from `resolveSubject`: the cue is written into `r`
 * (one object a quote, not two); only the shared `NOBODY` is copied.
 */
export function withFoundCue(r: Resolved, cue: string | null): Attributed {
  if (r === NOBODY) return withCue(r, cue);
  r.cue = cue;
  return r;
}

/** The speaker of an earlier quote, carried on to one with no cue; nobody when there was none. */
export function continuing(
  speaker: string | null,
  kind: SpeakerKind | null,
  doubt: string | null,
): Attributed {
  if (!speaker) return nobody();
  return doubt === null
    ? { speaker, kind, method: "continuing", cue: null }
    : { speaker, kind, method: "continuing", cue: null, doubt };
}
