/**
 * Lower-case words that join the parts of a name: `Omar bin Rashid`,
 * `Ilse van der Berg`, `Marta Lúcia Sousa da Costa`. Only inside a name, never first or last.
 */
export const NAME_PARTICLES: readonly string[] = [
  "bin",
  "bint",
  "ibn",
  "al",
  "el",
  "von",
  "van",
  "der",
  "den",
  "de",
  "la",
  "le",
  "da",
  "di",
  "du",
  "del",
  "della",
  "dos",
  "das",
  "do",
  "ter",
  "ten",
  "zu",
  "af",
  "y",
  "abu",
];

/** Name suffixes kept with the name: `Ray Ellis Jr.` */
export const NAME_SUFFIXES: readonly string[] = [
  "jr",
  "jr.",
  "sr",
  "sr.",
  "ii",
  "iii",
  "iv",
];

/**
 * Letters after a name that are honours, degrees or offices, not part of the name:
 * `Ana Ruiz KC`, `Tom Ek MP`, `Jo Roe PhD`. Lower case; matched on words written in
 * capitals (`PhD` too).
 */
export const POST_NOMINALS: readonly string[] = [
  "kc",
  "qc",
  "mp",
  "mpp",
  "mla",
  "mha",
  "mna",
  "msp",
  "mep",
  "phd",
  "md",
  "obe",
  "mbe",
  "cbe",
  "kbe",
  "dbe",
  "frs",
  "jp",
  "esq",
];

/**
 * Words that are also given names or surnames and, written with a capital after a given
 * name or a courtesy title, are the name: `Clara May`, `Ms. May`, `Mr. Will`. A modal
 * verb or a month elsewhere.
 */
export const WORDS_THAT_NAME: readonly string[] = [
  "may",
  "will",
  "june",
  "april",
  "august",
];
