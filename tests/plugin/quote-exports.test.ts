import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { QuoteExport } from "../../src/model/export-files.ts";
import { buildArticle } from "../../src/plugin/articles.ts";
import {
  QuoteExports,
  exportCsv,
  exportJson,
} from "../../src/plugin/quote-exports.ts";
import { collectSpeakers } from "../../src/plugin/speakers.ts";

const article = (slug: string, text: string) =>
  buildArticle(`${slug}.txt`, slug, text).article;

const ARTICLES = [
  article(
    "ferries",
    "Ferry fares rise\n\nCommuters pay more.\n\n“We are concerned, deeply,” Transport Minister Ana Diaz said.\n\n“=1+1 is not a fare,” Diaz added.\n",
  ),
  article(
    "bridge",
    "Bridge closes\n\nA month of repairs.\n\n“Drivers should not worry,” Mayor Tom Hale said.\n",
  ),
];

function exportsUnder(base: string): QuoteExports {
  return new QuoteExports(ARTICLES, collectSpeakers(ARTICLES), base);
}

/** Every file the exports make: path -> contents. */
function files(exports: QuoteExports): Map<string, string> {
  const made = new Map<string, string>();
  for (const [relative, , contents] of exports.sources())
    made.set(relative, contents());
  for (const archive of exports.archive())
    made.set(archive.path, [...archive.pieces()].join(""));
  return made;
}

describe("QuoteExports", () => {
  it("writes each article's, each speaker's and the archive's quotes, CSV and JSON saying the same", () => {
    const made = files(exportsUnder("/news/"));
    expect([...made.keys()].sort()).toEqual([
      "exports/articles/bridge.csv",
      "exports/articles/bridge.json",
      "exports/articles/ferries.csv",
      "exports/articles/ferries.json",
      "exports/quotes.csv",
      "exports/quotes.json",
      "exports/speakers/ana-diaz.csv",
      "exports/speakers/ana-diaz.json",
      "exports/speakers/tom-hale.csv",
      "exports/speakers/tom-hale.json",
    ]);
    const archive = JSON.parse(
      made.get("exports/quotes.json") ?? "",
    ) as QuoteExport;
    expect(archive.quotes).toEqual([
      {
        speaker: "Ana Diaz",
        quote: "We are concerned, deeply,",
        article: "Ferry fares rise",
        date: null,
        permalink: "/news/articles/ferries/#q-1",
        cue: "said",
        confidence: "high",
      },
      expect.objectContaining({ quote: "=1+1 is not a fare,", cue: "added" }),
      expect.objectContaining({
        speaker: "Tom Hale",
        permalink: "/news/articles/bridge/#q-1",
      }),
    ]);
    const rows = parse(made.get("exports/quotes.csv") ?? "", {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(rows.map((row) => row.quote)).toEqual([
      "We are concerned, deeply,",
      "'=1+1 is not a fare,",
      "Drivers should not worry,",
    ]);
    // The archive, written in pieces, is what the whole-file functions make.
    expect(made.get("exports/quotes.csv")).toBe(exportCsv(archive.quotes));
    expect(made.get("exports/quotes.json")).toBe(exportJson(archive));
    const speaker = JSON.parse(
      made.get("exports/speakers/ana-diaz.json") ?? "",
    ) as QuoteExport;
    expect(speaker.title).toBe("Quotes by Ana Diaz");
    expect(speaker.quotes).toEqual(archive.quotes.slice(0, 2));
  });

  it("starts permalinks at the root without a base path", () => {
    const made = files(exportsUnder("/"));
    expect(made.get("exports/articles/bridge.csv")).toContain(
      ",/articles/bridge/#q-1,",
    );
  });

  it("versions each file by the fingerprints of the articles it holds and the base", () => {
    const versions = (fingerprints: string[], base = "/") =>
      new Map(
        [...exportsUnder(base).sources(fingerprints)].map(([path, version]) => [
          path,
          version,
        ]),
      );
    const before = versions(["f1", "b1"]);
    const after = versions(["f1", "b2"]);
    expect(after.get("exports/articles/ferries.csv")).toBe(
      before.get("exports/articles/ferries.csv"),
    );
    expect(after.get("exports/speakers/ana-diaz.json")).toBe(
      before.get("exports/speakers/ana-diaz.json"),
    );
    expect(after.get("exports/articles/bridge.csv")).not.toBe(
      before.get("exports/articles/bridge.csv"),
    );
    expect(after.get("exports/speakers/tom-hale.csv")).not.toBe(
      before.get("exports/speakers/tom-hale.csv"),
    );
    expect(
      versions(["f1", "b1"], "/news/").get("exports/articles/ferries.csv"),
    ).not.toBe(before.get("exports/articles/ferries.csv"));
    const archive = (fingerprints: string[]) =>
      [...exportsUnder("/").archive(fingerprints)].map((file) => file.version);
    expect(archive(["f1", "b2"])).not.toEqual(archive(["f1", "b1"]));
    expect(archive(["f1", "b1"])).toEqual(archive(["f1", "b1"]));
  });
});
