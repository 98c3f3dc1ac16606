import { beforeAll, describe, expect, it } from "vitest";
import { buildArticle } from "../../src/plugin/articles.ts";
import { SearchIndex } from "../../src/plugin/search-index.ts";
import type { Article } from "../../src/model/article.ts";
import fc from "fast-check";
import {
  type TermGroup,
  articleTerms,
  decodePostings,
  docsDataPath,
  isSearchable,
  normalizeWord,
  termGroup,
  termsDataPath,
} from "../../src/model/search.ts";
import { rank, excerpt, parseQuery } from "../../src/model/search-query.ts";
import { moduleFrom, modulesOf } from "../../src/plugin/data-modules.ts";

/** The query's words, as the index looks them up. */
const queryWords = (query: string): string[] =>
  parseQuery(query).terms.map((term) => term.word);

function article(slug: string, text: string): Article {
  return buildArticle(`${slug}.txt`, slug, text).article;
}

const FERRIES = article(
  "ferries",
  `Ferry fares rise again

Commuters will pay more from May.

“We are extremely concerned about the fares,” Transport Minister Ana Diaz said.

Fares have risen twice this year, and commuters are concerned.
`,
);
const BRIDGE = article(
  "bridge",
  `Bridge closes for repairs

The crossing shuts for a month.

“Drivers should not be concerned,” Mayor Tom Hale said.
`,
);
const HARBOUR = article(
  "harbour",
  `Harbour plan splits council

Councillors voted on Tuesday.

“This is a good day for the harbour,” Councillor Ina Berg said.
`,
);
const ARTICLES = [FERRIES, BRIDGE, HARBOUR];

/** A data module's value, from the source the index serves. */
async function valueOf<T>(source: string | undefined): Promise<T> {
  if (source === undefined) throw new Error("no such module");
  const module = (await import(
    `data:text/javascript;base64,${Buffer.from(source).toString("base64")}`
  )) as { default: T };
  return module.default;
}

/** What the browser does: load the term group of each query word, then rank. */
async function searchSlugs(
  index: SearchIndex,
  query: string,
): Promise<string[]> {
  const { terms } = parseQuery(query);
  const groups = new Map<string, TermGroup>();
  for (const { word } of terms) {
    const source = moduleFrom(
      { search: index },
      termsDataPath(termGroup(word)),
    );
    if (source) groups.set(termGroup(word), await valueOf<TermGroup>(source));
  }
  const slugs = await valueOf<string[]>(
    moduleFrom({ search: index }, docsDataPath(0)),
  );
  return rank(terms, groups).map((doc) => slugs[doc] as string);
}

describe("queryWords", () => {
  it("lowercases, drops accents, apostrophe endings, stop words and repeats", () => {
    expect(queryWords("The Élysée's “EXTREMELY” concerned, concerned")).toEqual(
      ["elysee", "extremely", "concerned"],
    );
  });

  it("has nothing to search for in stop words and punctuation alone", () => {
    expect(queryWords("the — of “”")).toEqual([]);
  });
});

describe("SearchIndex", () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await SearchIndex.build(ARTICLES);
  });

  it("finds the articles holding every word of the query, best first", async () => {
    expect(await searchSlugs(index, "concerned")).toEqual([
      "ferries",
      "bridge",
    ]);
    expect(await searchSlugs(index, "extremely concerned")).toEqual([
      "ferries",
    ]);
    expect(await searchSlugs(index, "concerned harbour")).toEqual([]);
    expect(await searchSlugs(index, "submarine")).toEqual([]);
  });

  it("finds words from their first letters, as typed", async () => {
    expect(await searchSlugs(index, "conc")).toEqual(["ferries", "bridge"]);
    expect(await searchSlugs(index, "harb")).toEqual(["harbour"]);
  });

  it("ranks a word in the title above the same word once in the text", async () => {
    const inTitle = article("title", "Repairs ahead\n\nNothing else.\n");
    const inText = article("text", "Roads\n\nThe repairs start soon.\n");
    const both = await SearchIndex.build([inText, inTitle]);
    expect(await searchSlugs(both, "repairs")).toEqual(["title", "text"]);
  });

  it("counts each word once per article in its postings, with its frequency", async () => {
    const group = await valueOf<TermGroup>(
      moduleFrom({ search: index }, termsDataPath(termGroup("fares"))),
    );
    expect(group.documents).toBe(3);
    // Title (weighted 3), the quote, and the last paragraph.
    expect([...decodePostings(group.terms["fares"] ?? [])]).toEqual([[0, 5]]);
  });

  it("serves in dev exactly the modules the build writes, and nothing else", () => {
    const files = modulesOf({ search: index });
    expect(files.length).toBeGreaterThan(10);
    for (const [dataPath, source] of files)
      expect(moduleFrom({ search: index }, dataPath)).toBe(source);
    expect(files.map(([dataPath]) => dataPath)).toContain(docsDataPath(0));
    expect(moduleFrom({ search: index }, docsDataPath(1))).toBeUndefined();
    expect(
      moduleFrom({ search: index }, termsDataPath("00780079")),
    ).toBeUndefined();
    expect(
      moduleFrom({ search: index }, "data/search/terms/../x.js"),
    ).toBeUndefined();
  });

  it("keeps `</script>` in the text inert in its modules", async () => {
    const hostile = await SearchIndex.build([
      article("x", "Title </script><script>alert(1)</script>\n\nBody.\n"),
    ]);
    for (const [, source] of modulesOf({ search: hostile }))
      expect(source).not.toMatch(/<\/?script/i);
  });
});

describe("excerpt", () => {
  it("marks the matched words, and the words a query word begins", () => {
    expect(
      excerpt(
        "We are extremely concerned about the fares.",
        parseQuery("extremely conc"),
      ),
    ).toEqual([
      { text: "We are ", match: false },
      { text: "extremely", match: true },
      { text: " ", match: false },
      { text: "concerned", match: true },
      { text: " about the fares.", match: false },
    ]);
  });

  it("shows two dozen words around the first match of a long text", () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[50] = "needle";
    const fragments = excerpt(words.join(" "), parseQuery("needle"));
    const text = fragments.map((fragment) => fragment.text).join("");
    expect(text.startsWith("…w44 ")).toBe(true);
    expect(text.endsWith("w67…")).toBe(true);
    expect(fragments.filter((fragment) => fragment.match)).toEqual([
      { text: "needle", match: true },
    ]);
  });
});

describe("articleTerms", () => {
  /** The same counts, by the plain Unicode regex the browser's query uses. */
  function reference(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [raw] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = normalizeWord(raw);
      if (isSearchable(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    return counts;
  }

  function terms(text: string): Map<string, number> {
    const parts = articleTerms({
      title: "",
      standfirst: null,
      text,
      paragraphs: [{ start: 0, end: text.length }],
    }).split(" ");
    const counts = new Map<string, number>();
    for (let at = 0; at + 1 < parts.length; at += 2)
      counts.set(parts[at] as string, Number(parts[at + 1]));
    return counts;
  }

  it("finds the words the browser's query would, in any text", () => {
    const pieces = fc.constantFrom(
      "Zelenskyy’s",
      "ÉLYSÉE",
      "naïve",
      "日本語",
      "𝒳x",
      "“quoted”",
      "co-op",
      "A1",
      " ",
      "\n",
      "—",
      "the",
      "e\u0301",
      // Expands to a space and marks under NFKD: a word must never hold a space.
      "ﱞ0",
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme" })), {
          maxLength: 30,
        }),
        (parts) => {
          const text = parts.join("");
          expect(terms(text)).toEqual(reference(text));
        },
      ),
    );
  });
});

describe("the search thread", () => {
  it("makes on a worker thread the modules the index makes here", async () => {
    const { startSearchThread } =
      await import("../../src/plugin/search-files.ts");
    const articles = [FERRIES, BRIDGE];
    const terms = articles.map(articleTerms);
    const threaded = [
      ...(await startSearchThread().files(
        articles.map(({ slug }) => slug),
        terms,
      )),
    ];
    const here = modulesOf({
      search: await SearchIndex.build(articles, terms),
    });
    expect(threaded).toEqual(here);
    expect(threaded.map(([path]) => path)).toContain(docsDataPath(0));
  }, 30_000);
});
