import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MONTH_NAMES } from "../src/model/dates.ts";

/**
 * Deterministic news articles for the build benchmark: about a thousand words each, with
 * quotes and speech cues (`“…,” Ana Diaz said`, `he added`, `according to`), titled
 * people, organisations that speak (`the Kremlin said`), quotes that run over several
 * paragraphs, and related-link lines. Speakers are drawn from a pool of a few thousand
 * names with a long tail (a few people are quoted everywhere, most once or twice), as in
 * a real archive. The same seed number always gives the same files.
 */

/** Small fast PRNG (mulberry32): deterministic, good enough for text. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST =
  `Ana Tom Lee Mia Raj Omar Sara Ivan Nina Paul Maria John Elena Kofi Aiko Luis Hana Pierre
Fatima Diego Ingrid Yusuf Chen Priya Ahmed Olga Marco Leila Samuel Grace Hugo Amara Jonas Lucia
Tariq Sofia Dmitry Sergei Emma Noah Zara Felix Rosa Karim Mei Viktor Ines Kwame Lena Pablo Aisha
Erik Yara Tomas Nadia Hiro Clara Bruno Dina Oskar Rania Mateo Irina Andre Selin Jakob Amina
Daniel Helen Arjun Beatriz Stefan Laila Rafael Freya Anton Nour Julian Keiko Mikhail Zainab
Gustav Alba Idris Petra Simon Esra Boris Ama Tobias Vera Kenji Rut Nikolai Lina Aleksander Mona
Henrik Sina Caleb Ayla Teodor Ruth Malik Greta Ezra Iman Filip Dara Louis Hira Milan Asha`
    .split(/\s+/)
    .filter(Boolean);

const LAST =
  `Diaz Hale Park Chen Patel Silva Okafor Novak Berg Rossi Kowalski Haddad Sato Mensah Larsen
Ivanova Moreau Fischer Nakamura Costa Ortiz Kaya Abadi Lindqvist Petrov Romano Mendes Yilmaz Brandt
Osei Tanaka Horvat Nilsson Farouk Delgado Weber Kim Reyes Sokolov Bianchi Jansen Haas Aziz Morales
Castillo Varga Holm Rahman Dubois Ferreira Lopez Santos Volkov Marin Kraus Eriksen Adeyemi Quinn
Herrera Suzuki Ward Novotny Mahmoud Keller Sorensen Baptiste Grant Lund Rivera Popescu Becker
Nowak Salazar Wolf Murray Ito Hughes Duarte Pereira Vogel Stone Fontaine Kovacs Amari Lang Ruiz
Stewart Bauer Ogun Tran Nguyen Dahl Frost Mercer Vance Thorne Calloway Whitfield Ashby Prescott
Langley Harlow Sterling Brennan Doyle Keane Lowell Marsh Pryce Rowe Sutter Tate Voss Wilder York`
    .split(/\s+/)
    .filter(Boolean);

const ROLES = [
  "Foreign Minister",
  "Transport Minister",
  "Health Secretary",
  "Mayor",
  "Senator",
  "Governor",
  "Chief Executive",
  "Professor",
  "President",
  "Prime Minister",
  "spokesperson",
  "union leader",
  "economist",
  "police chief",
];

const ORGANISATIONS = [
  "the Kremlin",
  "the White House",
  "the ministry",
  "the city council",
  "the European Commission",
  "the central bank",
  "the union",
  "the company",
  "the World Health Organization",
  "the United Nations",
];

const TOPICS = [
  ["harbour", "dredging", "ferries", "the port", "shipping lanes"],
  ["rail", "timetables", "the new line", "fares", "signalling"],
  ["hospitals", "waiting lists", "nurses", "the clinic", "vaccines"],
  ["schools", "teachers", "exams", "the curriculum", "classrooms"],
  ["energy", "the grid", "wind farms", "prices", "the pipeline"],
  ["housing", "rents", "the estate", "planning rules", "tenants"],
  ["the budget", "taxes", "borrowing", "the deficit", "pensions"],
  ["the border", "talks", "sanctions", "the ceasefire", "envoys"],
  ["water", "the reservoir", "drought", "the river", "floods"],
  ["farming", "harvests", "fertiliser", "exports", "subsidies"],
];

const VERBS = [
  "said",
  "told reporters",
  "added",
  "said on Tuesday",
  "warned",
  "insisted",
  "explained",
  "argued",
];
const PLACES = [
  "the capital",
  "the north",
  "the coast",
  "the valley",
  "the old town",
  "the region",
];
const DAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "the weekend",
];

/** Pick from a list. */
function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

/** Zipf-like index into `size` items: index 0 is the most frequent. */
function zipf(rnd: () => number, size: number): number {
  // Inverse of a continuous 1/x distribution over [1, size + 1).
  return Math.min(
    size - 1,
    Math.floor(Math.exp(rnd() * Math.log(size + 1))) - 1,
  );
}

/** The pool of people: `FIRST × LAST` (about 14,000 names), most famous first. */
function person(index: number): {
  name: string;
  first: string;
  last: string;
  he: string;
  role: string;
} {
  const first = FIRST[(index * 7) % FIRST.length] as string;
  const last = LAST[
    (index * 13 + Math.floor(index / LAST.length)) % LAST.length
  ] as string;
  const role = ROLES[index % ROLES.length] as string;
  return {
    name: `${first} ${last}`,
    first,
    last,
    he: index % 2 === 0 ? "she" : "he",
    role,
  };
}

const PEOPLE_POOL = 5000;

function sentence(rnd: () => number, topic: readonly string[]): string {
  const a = pick(rnd, topic);
  const b = pick(rnd, topic);
  const templates = [
    `Officials in ${pick(rnd, PLACES)} have been studying ${a} for months, and a decision on ${b} is expected before the end of the year.`,
    `The plan for ${a} has divided residents, some of whom say ${b} matters more than anything else on the agenda.`,
    `Figures published on ${pick(rnd, DAYS)} showed that spending on ${a} rose by ${2 + Math.floor(rnd() * 30)} per cent over the past year.`,
    `Critics argue that ${a} has been neglected for a decade, while supporters point to recent progress on ${b}.`,
    `A report by independent auditors found that ${a} would cost about ${3 + Math.floor(rnd() * 90)} million more than first estimated.`,
    `In ${pick(rnd, PLACES)}, many people said they had heard little about ${a} until the announcement this week.`,
    `The debate over ${a} comes as pressure grows on the government to act on ${b} before the elections.`,
  ];
  return pick(rnd, templates);
}

function quoteText(rnd: () => number, topic: readonly string[]): string {
  const a = pick(rnd, topic);
  const texts = [
    `We cannot keep postponing decisions about ${a}, because every month of delay costs families real money`,
    `This is not about politics, it is about making sure ${a} works for the people who depend on it`,
    `Nobody likes paying more, but the alternative is to let ${a} fall apart`,
    `We have listened carefully and we will come back with a better proposal on ${a}`,
    `I think the public deserves a straight answer on ${a}, and so far they have not had one`,
    `The numbers simply do not add up, and anyone who looks at ${a} honestly can see that`,
  ];
  return pick(rnd, texts);
}

/** One article's text in the seed format: title, standfirst, byline, paragraphs. */
export function generateArticle(
  index: number,
  seed: number,
): { name: string; text: string } {
  const rnd = random(seed * 1_000_003 + index);
  const topic = pick(rnd, TOPICS);
  const speakerCount = 2 + Math.floor(rnd() * 4);
  const speakers = Array.from({ length: speakerCount }, (_, i) =>
    person(i === 0 ? zipf(rnd, 40) : zipf(rnd, PEOPLE_POOL)),
  );
  const lead = speakers[0]!;
  const title = `${lead.last} ${pick(rnd, ["warns over", "defends", "rejects criticism of", "unveils plan for", "calls for review of"])} ${pick(rnd, topic)} in ${pick(rnd, PLACES)}`;
  const standfirst = `${sentence(rnd, topic)} ${sentence(rnd, topic)}`;
  const byline = `By ${person(PEOPLE_POOL + (index % 300)).name}`;
  const paragraphs: string[] = [];
  const org = pick(rnd, ORGANISATIONS);
  let words = 0;
  let turn = 0;
  while (words < 1000) {
    const speaker = speakers[turn % speakers.length]!;
    // Roughly half the paragraphs are narration, as in a typical news story.
    const kind = turn % 14;
    let paragraph: string;
    if (kind === 0 || kind >= 9) {
      paragraph = `${sentence(rnd, topic)} ${sentence(rnd, topic)} ${sentence(rnd, topic)}`;
    } else if (kind === 1) {
      paragraph = `“${quoteText(rnd, topic)},” ${speaker.role} ${speaker.name} ${pick(rnd, VERBS)}. ${sentence(rnd, topic)}`;
    } else if (kind === 2) {
      paragraph = `${speaker.name} said ${speaker.he} was “${quoteText(rnd, topic).toLowerCase()}” and that talks would continue.`;
    } else if (kind === 3) {
      paragraph = `“${quoteText(rnd, topic)},” ${speaker.last} said. “${quoteText(rnd, topic)}.”`;
    } else if (kind === 4) {
      paragraph = `“${quoteText(rnd, topic)},” ${speaker.he} added.`;
    } else if (kind === 5) {
      // A quote that runs over two paragraphs: the first has no closing mark.
      paragraph = `“${quoteText(rnd, topic)}. ${quoteText(rnd, topic)}.\n\n“${quoteText(rnd, topic)},” ${speaker.last} said.`;
    } else if (kind === 6) {
      paragraph = `In a statement, ${org} ${pick(rnd, ["said", "warned", "bemoaned"])} the “${quoteText(rnd, topic).toLowerCase()}.” ${sentence(rnd, topic)}`;
    } else if (kind === 7) {
      paragraph = `Read '${pick(rnd, topic)} plan faces new delay' - ${pick(rnd, PLACES)} residents react`;
    } else {
      paragraph = `According to ${speaker.name}, “${quoteText(rnd, topic).toLowerCase()}.” ${sentence(rnd, topic)} ${sentence(rnd, topic)}`;
    }
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
    turn += 1;
  }
  const dateLine = publishedLine(index);
  const text =
    [
      title,
      standfirst,
      byline,
      ...(dateLine ? [dateLine] : []),
      ...paragraphs,
    ].join("\n\n") + "\n";
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return { name: `${String(index).padStart(5, "0")}-${slug}.txt`, text };
}

/**
 * The date line of article `index`, without drawing on the text's random numbers (so
 * the rest of each text is what it was without dates): seven hours apart from 1 January
 * 2020, in the forms news sites use (`Published: 12 October 2023 14:30 BST`, `October 12,
 * 2023`, `2023-10-12T14:30:00Z`); every twentieth article is undated.
 */
function publishedLine(index: number): string | null {
  if (index % 20 === 19) return null;
  const date = new Date(Date.UTC(2020, 0, 1) + index * 7 * 3_600_000);
  const day = date.getUTCDate();
  const month = MONTH_NAMES[date.getUTCMonth()] as string;
  const year = date.getUTCFullYear();
  const time = date.toISOString().slice(11, 16);
  if (index % 3 === 0) return `Published: ${day} ${month} ${year} ${time} GMT`;
  if (index % 3 === 1) return `${month} ${day}, ${year}`;
  return date.toISOString().replace(/\.000Z$/, "Z");
}

/** Writes `count` articles into `dir`; returns their file names. */
export async function generateSeeds(
  dir: string,
  count: number,
  seed = 1,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names: string[] = [];
  const batch: Promise<void>[] = [];
  for (let index = 0; index < count; index += 1) {
    const { name, text } = generateArticle(index, seed);
    names.push(name);
    batch.push(writeFile(path.join(dir, name), text));
    if (batch.length >= 64) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  return names;
}
