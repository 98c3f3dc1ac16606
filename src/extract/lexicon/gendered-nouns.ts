/**
 * Person nouns that say which gender a description means, here a woman: `the mother of
 * two said`. Lower case.
 */
export const FEMALE_NOUNS: readonly string[] = [
  "woman",
  "mother",
  "daughter",
  "wife",
  "sister",
  "girl",
  "grandmother",
  "actress",
  "businesswoman",
  "chairwoman",
  "spokeswoman",
  "congresswoman",
];

/** Person nouns that say a description means a man: `the father of three said`. Lower case. */
export const MALE_NOUNS: readonly string[] = [
  "man",
  "father",
  "son",
  "husband",
  "brother",
  "boy",
  "grandfather",
  "actor",
  "businessman",
  "chairman",
  "spokesman",
  "congressman",
];
