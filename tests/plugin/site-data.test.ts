import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Article } from "../../src/model/article.ts";
import {
  ALL_ARTICLES,
  listDataPath,
  neighboursDataPath,
  speakerKey,
} from "../../src/model/data-files.ts";
import type { Neighbours } from "../../src/model/list.ts";
import {
  SPEAKER_LIST_PAGE_MODULES,
  moduleFrom,
  modulesOf,
} from "../../src/plugin/data-modules.ts";
import { SiteData } from "../../src/plugin/site-data.ts";
import { SiteOutput } from "../../src/plugin/site-output.ts";

/** An article quoting `speakers` (name -> quotes), nothing else filled in. */
function article(slug: string, speakers: Record<string, number>): Article {
  return {
    slug,
    file: `${slug}.txt`,
    text: slug,
    title: `Title ${slug}`,
    standfirst: null,
    byline: null,
    date: null,
    updated: null,
    paragraphs: [],
    relatedLinks: [],
    quotes: [],
    people: [],
    speakers: Object.entries(speakers).map(([name, quotes]) => ({
      name,
      kind: "person",
      quotes,
    })),
    wordCount: 1,
    readingMinutes: 1,
  };
}

const articles = Array.from({ length: 45 }, (_, index) =>
  article(
    `a${String(index).padStart(2, "0")}`,
    index % 3 === 0 ? { "Ana Diaz": 2, "Tom Hale": 1 } : { "Tom Hale": 1 },
  ),
);

let out: string | undefined;
afterEach(async () => {
  if (out) await rm(out, { recursive: true, force: true });
  out = undefined;
});

describe("SiteData", () => {
  it("pages the whole list twenty at a time", () => {
    const site = new SiteData(articles, 20);
    const third = site.listPage(ALL_ARTICLES, 3);
    expect(third?.total).toBe(45);
    expect(third?.pageCount).toBe(3);
    expect(third?.articles.map((summary) => summary.slug)).toEqual([
      "a40",
      "a41",
      "a42",
      "a43",
      "a44",
    ]);
    expect(site.listPage(ALL_ARTICLES, 4)).toBeUndefined();
    expect(site.listPage(ALL_ARTICLES, 0)).toBeUndefined();
  });

  it("gives every page its whole list's months and counts, the undated in none", () => {
    // Newest first, as the build orders them: five in March 2024, then October 2023.
    const dated = articles.map((entry, index) => ({
      ...entry,
      date:
        index < 5 ? `2024-03-0${index + 1}` : index < 40 ? "2023-10-12" : null,
    }));
    const site = new SiteData(dated, 20);
    const months = [
      ["2024-03", 5],
      ["2023-10", 35],
    ];
    expect(site.listPage(ALL_ARTICLES, 1)?.periods).toEqual(months);
    expect(site.listPage(ALL_ARTICLES, 3)?.periods).toEqual(months);
    // Ana Diaz is quoted in every third: a00 and a03 in March.
    expect(site.listPage(speakerKey("Ana Diaz"), 1)?.periods).toEqual([
      ["2024-03", 2],
      ["2023-10", 12],
    ]);
  });

  it("keeps one list per speaker, in list order, with the speaker's totals", () => {
    const site = new SiteData(articles, 20);
    const page = site.listPage(speakerKey("Ana Diaz"), 1);
    expect(page?.total).toBe(15);
    expect(page?.pageCount).toBe(1);
    expect(page?.articles[1]?.slug).toBe("a03");
    expect(page?.speaker).toEqual({
      name: "Ana Diaz",
      kind: "person",
      articles: 15,
      quotes: 30,
    });
    expect(site.listPage(speakerKey("Nobody"), 1)).toBeUndefined();
  });

  it("lists speakers most quoted first", () => {
    const site = new SiteData(articles, 20);
    expect(site.speakers.map((speaker) => speaker.name)).toEqual([
      "Tom Hale",
      "Ana Diaz",
    ]);
  });

  it("writes every list page as an ES data module, and serves the same in dev", async () => {
    const site = new SiteData(articles, 20);
    out = await mkdtemp(path.join(tmpdir(), "site-data-"));
    const dir = path.join(out, "site");
    const output = await SiteOutput.open(
      dir,
      path.join(out, "cache"),
      "report.json",
    );
    await output.writeFiles(modulesOf({ site }));
    // top speakers; 3 pages of all; 1 of Ana Diaz; 3 of Tom Hale; the neighbours'
    const chunks = new Set(
      articles.map((article) => neighboursDataPath(article.slug)),
    );
    expect(output.written).toBe(1 + 3 + 1 + 3 + chunks.size);
    const written = await readFile(
      path.join(dir, listDataPath(ALL_ARTICLES, 2)),
      "utf8",
    );
    expect(written).toMatch(/^export default \{/);
    expect(moduleFrom({ site }, listDataPath(ALL_ARTICLES, 2))).toBe(written);
    expect(
      await readdir(path.join(dir, "data/list"), { recursive: true }),
    ).toContain(`${speakerKey("Ana Diaz")}-1.js`);
  });
});

describe("SiteData's neighbours for j/k", () => {
  it("gives each article the ones before and after it in the list, in the module its slug names", async () => {
    const site = new SiteData(articles, 20);
    const modules = new Map(
      modulesOf({ site }).filter(([file]) => file.includes("/neighbours/")),
    );
    const neighboursOf = async (slug: string) => {
      const source = modules.get(neighboursDataPath(slug));
      expect(source, slug).toBeDefined();
      const loaded = (await import(
        `data:text/javascript;base64,${Buffer.from(source ?? "").toString("base64")}`
      )) as { default: Neighbours };
      return loaded.default[slug];
    };
    // Walking j from the first article visits the whole list in order, then stops.
    const list = site.summaries.map((summary) => summary.slug);
    const walked: string[] = [];
    let slug: string | null = list[0]!;
    let before: string | null = null;
    while (slug) {
      walked.push(slug);
      const entry: [string | null, string | null] | undefined =
        await neighboursOf(slug);
      expect(entry?.[0]).toBe(before);
      before = slug;
      slug = entry?.[1] ?? null;
    }
    expect(walked).toEqual(list);
    // Small modules, none of them the whole list; the dev server serves the same.
    expect(modules.size).toBeGreaterThan(1);
    for (const [file, source] of modules)
      expect(moduleFrom({ site }, file)).toBe(source);
    expect(moduleFrom({ site }, "data/neighbours/zz.js")).toBeUndefined();
  });
});

describe("SiteData.speakerListSources", () => {
  const fingerprints = articles.map((article) => `v1\0${article.slug}`);
  const versions = (
    prints: string[] | undefined,
  ): Map<string, string | undefined> =>
    new Map(
      [...new SiteData(articles, 20).speakerListSources(prints)].map(
        ([file, version]) => [file, version],
      ),
    );

  it("gives each speaker's list page its module, as the dev server does", () => {
    const site = new SiteData(articles, 20);
    const sources = [...site.speakerListSources(fingerprints)];
    expect(sources.length).toBe(4);
    for (const [file, , contents] of sources) {
      expect(SPEAKER_LIST_PAGE_MODULES.owns(file)).toBe(true);
      expect(moduleFrom({ site }, file)).toBe(contents());
    }
  });

  it("changes the version of exactly the pages holding a changed article", () => {
    const before = versions(fingerprints);
    // a03 quotes Ana Diaz (one page) and Tom Hale (three pages).
    const after = versions(
      fingerprints.map((print) =>
        print.endsWith("\0a03") ? "v2\0a03" : print,
      ),
    );
    const changed = [...before.keys()].filter(
      (file) => before.get(file) !== after.get(file),
    );
    expect(changed).toContain(listDataPath(speakerKey("Ana Diaz"), 1));
    expect(changed.length).toBeGreaterThan(0);
    for (const file of changed) {
      const page = /data\/list\/([a-z0-9-]+)-(\d+)\.js$/.exec(file)!;
      const slugs = new SiteData(articles, 20)
        .listPage(page[1]!, Number(page[2]))!
        .articles.map((summary) => summary.slug);
      expect(slugs).toContain("a03");
    }
  });

  it("has no versions without fingerprints", () => {
    expect(new Set(versions(undefined).values())).toEqual(new Set([undefined]));
  });
});

describe("speakerKey", () => {
  it("is a file-name-safe key, the same for the same name", () => {
    expect(speakerKey("Dmitry Peskov")).toMatch(/^s-[0-9a-f]{14}$/);
    expect(speakerKey("Dmitry Peskov")).toBe(speakerKey("Dmitry Peskov"));
    expect(speakerKey("the Kremlin")).not.toBe(speakerKey("The Kremlin"));
    expect(speakerKey("Ḥasan ‘Alī / 1")).toMatch(/^s-[0-9a-f]{14}$/);
  });

  it("gives ten thousand distinct names ten thousand keys", () => {
    const keys = new Set(
      Array.from({ length: 10_000 }, (_, index) => speakerKey(`Name ${index}`)),
    );
    expect(keys.size).toBe(10_000);
  });
});
