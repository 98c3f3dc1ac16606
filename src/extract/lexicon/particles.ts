/**
 * Lower-case words that join the parts of a name: `Mohammed bin Salman`,
 * `Ursula von der Leyen`, `Luiz Inácio Lula da Silva`. Only inside a name, never first or last.
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

/** Name suffixes kept with the name: `Martin Luther King Jr.` */
export const NAME_SUFFIXES: readonly string[] = [
  "jr",
  "jr.",
  "sr",
  "sr.",
  "ii",
  "iii",
  "iv",
];
