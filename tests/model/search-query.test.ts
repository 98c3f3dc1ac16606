import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/plugin/articles.ts";
import { SearchIndex } from "../../src/plugin/search-index.ts";
import {
  type TermGroup,
  docsDataPath,
  termGroup,
  termsDataPath,
} from "../../src/model/search.ts";
import {
  rank,
  coverage,
  excerpt,
  holdsPhrases,
  parseQuery,
} from "../../src/model/search-query.ts";
import { moduleFrom } from "../../src/plugin/data-modules.ts";

const article = (slug: string, text: string) =>
  buildArticle(`${slug}.txt`, slug, text).article;

const TALKS = article(
  "talks",
  "Port talks stall\n\nUnions met the owners.\n\n“We will negotiate until the energy security of the port is settled,” Ana Diaz said.\n",
);
const ROUNDS = article(
  "rounds",
  "Negotiations resume\n\nA second round.\n\n“Security of energy comes first,” Tom Hale said, after the negotiations.\n",
);
const HAPPY = article(
  "happy",
  "Residents happy with park\n\nThe lawns reopened.\n",
);

/** The slugs a query finds, best first, from the modules a browser would load. */
async function find(
  query: string,
  articles = [TALKS, ROUNDS, HAPPY],
): Promise<string[]> {
  const index = await SearchIndex.build(articles);
  const value = async <T>(source: string | undefined): Promise<T> =>
    (
      (await import(
        `data:text/javascript;base64,${Buffer.from(source ?? "").toString("base64")}`
      )) as { default: T }
    ).default;
  const { terms } = parseQuery(query);
  const groups = new Map<string, TermGroup>();
  for (const { word } of terms) {
    const source = moduleFrom(
      { search: index },
      termsDataPath(termGroup(word)),
    );
    if (source) groups.set(termGroup(word), await value<TermGroup>(source));
  }
  const slugs = await value<string[]>(
    moduleFrom({ search: index }, docsDataPath(0)),
  );
  return rank(terms, groups).map((doc) => slugs[doc] as string);
}

describe("word forms", () => {
  it.each([
    ["negotiations", ["rounds", "talks"]],
    ["negotiate", ["rounds", "talks"]],
    ["negotiating", ["rounds", "talks"]],
    ["happiness", ["happy"]],
    // Typed halfway, past where the stem ends.
    ["negotiati", ["rounds"]],
    ["energies security", ["rounds", "talks"]],
    ["negation", []],
  ])("%s finds %j", async (query, slugs) => {
    expect((await find(query)).sort()).toEqual(slugs);
  });

  it("ranks the word as typed above its other forms", async () => {
    const once = (slug: string, word: string) =>
      article(slug, `Port news\n\nA day.\n\nThey ${word} again.\n`);
    const index = [once("a", "negotiated"), once("b", "negotiate")];
    expect(await find("negotiate", index)).toEqual(["b", "a"]);
    expect(await find("negotiated", index)).toEqual(["a", "b"]);
  });

  it("marks the other forms in an excerpt", () => {
    expect(
      excerpt("They negotiated for hours.", parseQuery("negotiations")),
    ).toEqual([
      { text: "They ", match: false },
      { text: "negotiated", match: true },
      { text: " for hours.", match: false },
    ]);
  });
});

describe("quoted phrases", () => {
  it("parses phrases, their words exact, the rest forgiving", () => {
    expect(parseQuery('“energy security” talks "of the')).toEqual({
      terms: [
        { word: "energy", match: "exact" },
        { word: "security", match: "exact" },
        { word: "talks", match: "forms" },
      ],
      phrases: [
        { words: ["energy", "security"], open: false },
        { words: ["of", "the"], open: true },
      ],
    });
  });

  it("looks up a phrase's words in the index as written, no other forms", async () => {
    expect(await find('"negotiations"')).toEqual(["rounds"]);
    expect(await find('"negotiate"')).toEqual(["talks"]);
  });

  it.each([
    ['"energy security"', "the energy security of the port", true],
    ['"energy security"', "security of energy", false],
    ['"Energy, security!"', "ENERGY security", true],
    ['"security of energy"', "Security of energy comes first", true],
    ['"energy sec', "energy security", true],
    ['"energy sec"', "energy security", false],
    ['"energy securities"', "energy security", false],
  ])("%s in %j: %s", (query, text, holds) => {
    expect(holdsPhrases(text, parseQuery(query))).toBe(holds);
  });

  it("counts a phrase as matched only in order", () => {
    const query = parseQuery('"energy security"');
    expect(coverage("the energy security of the port", query)).toBe(1);
    expect(coverage("security of energy", query)).toBe(0);
    expect(
      excerpt("Security of energy and energy security.", query)
        .filter((fragment) => fragment.match)
        .map((fragment) => fragment.text),
    ).toEqual(["energy", "security"]);
  });
});
