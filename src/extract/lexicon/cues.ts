/**
 * What may follow a speech verb to complete a cue, as patterns anchored at the verb's end:
 * `told reporters`, `said in a statement`, `wrote on Twitter`.
 */
export const CUE_TAIL =
  /^ (?:(?:reporters|journalists|the (?:press|media|audience|crowd|court|jury|committee|house|senate|council|legislature))(?= |,|\.|:|$)|(?:in|on|via|during|through) (?:a |an |the |his |her |their |its )?(?:joint |written |news |press |brief |short |recent |separate |later |follow-up |televised |phone |telephone )?(?:statement|interview|email|e-mail|tweet|post|release|news release|press release|press conference|news conference|conference call|briefing|speech|letter|op-ed|blog post|video|message|twitter|facebook|instagram|linkedin|x|social media)s?)/;

/** Words that open an anonymous or unidentified speaker: `a spokesperson`, `one official`. */
export const INDEFINITE_DETERMINERS: readonly string[] = [
  "a",
  "an",
  "one",
  "another",
  "some",
  "two",
  "three",
  "several",
  "many",
  "other",
  "others",
  "most",
  "few",
  "numerous",
  "various",
  "unnamed",
  "anonymous",
  "senior",
];

/** Words between a subject and its speech verb that end the subject: `…, which said`. */
export const CLAUSE_BREAKERS: readonly string[] = [
  "and",
  "but",
  "or",
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "while",
  "as",
  "because",
  "when",
  "where",
  "if",
  "though",
  "although",
  "after",
  "before",
  "since",
  "so",
  "then",
  "than",
  "what",
  "how",
  "why",
];

/**
 * Words that open an introductory phrase, closed by a comma, before a sentence's subject:
 * `Like Okafor, Brandt rejected…`, `When the vote failed, Haddad said…`, `With rivals
 * closing in on Moreau, Santos is changing his pitch:`. The subject comes after the comma.
 */
export const INTRODUCTORY_WORDS: readonly string[] = [
  "like",
  "unlike",
  "with",
  "without",
  "after",
  "before",
  "when",
  "while",
  "although",
  "though",
  "as",
  "since",
  "if",
  "because",
  "despite",
  "amid",
  "following",
  "in",
  "on",
  "at",
  "for",
  "during",
  "by",
  "from",
  "unless",
  "once",
  "until",
  "whether",
];

/** Possessive determiners before an organisation's noun: `his office said`. */
export const OWNERS: readonly string[] = ["his", "her", "its", "their"];

/** Words that link a document to its author: `a statement released by the office`. */
export const DOCUMENT_LINKS: readonly string[] = [
  "by",
  "from",
  "of",
  "the",
  "a",
  "an",
  "filed",
  "released",
  "issued",
  "published",
  "sent",
  "signed",
  "posted",
];

/** Words that open a noun phrase a cue may have as its subject: `the ministry`, `one official`, `his office`. */
export const DETERMINERS: readonly string[] = [
  "the",
  "a",
  "an",
  "one",
  "another",
  "his",
  "her",
  "their",
  "its",
  "our",
  "some",
  "two",
  "three",
  "several",
  "many",
  "most",
  "other",
  "both",
  "all",
  "former",
];
