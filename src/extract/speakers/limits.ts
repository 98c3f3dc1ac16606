/**
 * Distances that several parts of speaker attribution share, in characters or words.
 * Limits that one part alone uses live beside it.
 */

/** How far from a quote a cue may be (characters): about two lines of copy. */
export const CUE_WINDOW = 250;

/** A subject is a short noun phrase; longer stretches are clauses (words). */
export const MAX_SUBJECT_WORDS = 8;

/** How far back `he`/`she`, `it` and `the agency` may reach for what they refer to (characters). */
export const REFERENCE_REACH = 1500;

/** Words that may open a sentence before its subject: `On Tuesday, Haddad…` (words). */
export const MAX_OPENING_WORDS = 4;
