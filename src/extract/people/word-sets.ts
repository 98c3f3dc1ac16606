import { FAMILY_NAMES_FIRST } from "../lexicon/family-names.ts";
import { FEMALE_NAMES, MALE_NAMES } from "../lexicon/given-names.ts";
import { NATIONALITIES } from "../lexicon/nationalities.ts";
import { CALENDAR_WORDS, FUNCTION_WORDS } from "../lexicon/not-names.ts";
import { ORGANISATION_NAMES } from "../lexicon/organisation-names.ts";
import {
  ORGANISATION_KINDS,
  ORGANISATION_WORDS,
} from "../lexicon/organisations.ts";
import {
  NAME_PARTICLES,
  NAME_SUFFIXES,
  POST_NOMINALS,
  WORDS_THAT_NAME,
} from "../lexicon/particles.ts";
import { PERSON_NOUNS } from "../lexicon/person-nouns.ts";
import { PLACE_WORDS } from "../lexicon/places.ts";
import { SPEECH_VERBS } from "../lexicon/speech-verbs.ts";
import {
  ANONYMOUS_HEADS,
  HONORIFICS,
  ROLE_HEADS,
  ROLE_WORDS,
} from "../lexicon/titles.ts";

/* The word lists people-finding asks, as sets: one look-up per word. */

export const FUNCTION = new Set(FUNCTION_WORDS);

export const CALENDAR = new Set(CALENDAR_WORDS);

export const NATIONALITY = new Set(NATIONALITIES);

export const ORGANISATION = new Set(ORGANISATION_WORDS);

export const PLACE = new Set(PLACE_WORDS);

export const PARTICLE = new Set(NAME_PARTICLES);

export const SUFFIX = new Set(NAME_SUFFIXES);

export const POST_NOMINAL = new Set(POST_NOMINALS);

export const NAMING_WORD = new Set(WORDS_THAT_NAME);

export const ROLE = new Set(ROLE_WORDS);

export const ROLE_HEAD = new Set(ROLE_HEADS);

export const ANONYMOUS = new Set(ANONYMOUS_HEADS);

export const ORGANISATION_KIND = new Set(ORGANISATION_KINDS);

export const PERSON_NOUN = new Set(PERSON_NOUNS);

export const ORGANISATION_NAME = new Set(ORGANISATION_NAMES);

export const HONORIFIC = new Set(HONORIFICS);

export const SPEECH = new Set(SPEECH_VERBS);

export const MALE = new Set(MALE_NAMES);

export const FEMALE = new Set(FEMALE_NAMES);

export const FAMILY_FIRST = new Set(FAMILY_NAMES_FIRST);

/** Courtesy titles: what follows them is a surname or a full name. */
export const COURTESY = new Set(["mr", "mrs", "ms", "miss", "dr", "prof"]);
