/** Subject pronouns that can head a cue (`he said`), by what they may refer to. */
export const PERSON_PRONOUNS: readonly string[] = ["he", "she"];

/** Pronouns that refer to an organisation or a group: `it said`, `they said`. */
export const GROUP_PRONOUNS: readonly string[] = [
  "it",
  "they",
  "we",
  "i",
  "you",
];
