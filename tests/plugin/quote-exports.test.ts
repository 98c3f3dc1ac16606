import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model/article.ts";
import type { QuoteExport } from "../../src/model/export-files.ts";
import { buildArticle } from "../../src/plugin/articles.ts";
import {
  QuoteExports,
  exportCsv,
  exportJson,
} from "../../src/plugin/quote-exports.ts";
import { SiteOutput } from "../../src/plugin/site-output.ts";
import { collectSpeakers } from "../../src/plugin/speakers.ts";

const article = (slug: string, text: string) =>
  buildArticle(`${slug}.txt`, slug, text).article;

const FERRIES = article(
  "ferries",
  "Ferry fares rise\n\nCommuters pay more.\n\n“We are concerned, deeply,” Transport Minister Ana Diaz said.\n\n“=1+1 is not a fare,” Diaz added.\n",
);
const BRIDGE = article(
  "bridge",
  "Bridge closes\n\nA month of repairs.\n\n“Drivers should not worry,” Mayor Tom Hale said.\n",
);
const ARTICLES = [FERRIES, BRIDGE];

function exportsUnder(base: string, articles = ARTICLES): QuoteExports {
  return new QuoteExports(articles, collectSpeakers(articles), base);
}

/**
 * Every file the exports make: path -> contents; the archive's from the articles'
 * files as `written` gives them.
 */
function files(
  exports: QuoteExports,
  written?: (exportPath: string) => Uint8Array | undefined,
): Map<string, string> {
  const made = new Map<string, string>();
  for (const [relative, , contents] of exports.sources())
    made.set(relative, contents());
  for (const archive of exports.archive(undefined, written))
    made.set(
      archive.path,
      Buffer.concat(
        [...archive.pieces()].map((piece) =>
          typeof piece === "string" ? Buffer.from(piece) : piece,
        ),
      ).toString(),
    );
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

describe("QuoteExports, the archive from the articles' files", () => {
  const ARCHIVE = ["exports/quotes.csv", "exports/quotes.json"];
  const QUIET = article("quiet", "Quiet day\n\nNothing was said.\n");
  const WITH_QUIET = [FERRIES, QUIET, BRIDGE];
  const bytes = (text: string | undefined): Buffer | undefined =>
    text === undefined ? undefined : Buffer.from(text);

  it("copies each article's rows from its file, those of an article without quotes too", () => {
    const exports = exportsUnder("/news/", WITH_QUIET);
    const made = files(exports);
    const asked: string[] = [];
    const copied = files(exports, (exportPath) => {
      asked.push(exportPath);
      return bytes(made.get(exportPath));
    });
    for (const archive of ARCHIVE) {
      expect(copied.get(archive)).toBe(made.get(archive));
      // As the dev server serves it.
      expect(exports.file(archive)).toBe(made.get(archive));
    }
    expect(asked).toContain("exports/articles/quiet.json");
    // The rows are the file's: a file holding other rows gives the archive those.
    const other = made
      .get("exports/articles/bridge.csv")
      ?.replace("Drivers", "Riders");
    const csv = files(exports, (exportPath) =>
      exportPath === "exports/articles/bridge.csv" ? bytes(other) : undefined,
    ).get("exports/quotes.csv");
    expect(csv).toContain("Riders should not worry");
    expect(csv).not.toContain("Drivers");
  });

  it("makes the rows of an article whose file is missing or not an export of that article", () => {
    const exports = exportsUnder("/news/", WITH_QUIET);
    const made = files(exports);
    const damaged = files(exports, (exportPath) =>
      bytes(
        exportPath.endsWith(".json")
          ? made.get(exportPath)?.replace("Quotes in", "Quotes by")
          : made.get(exportPath)?.replace(",confidence", ",certainty"),
      ),
    );
    for (const archive of ARCHIVE)
      expect(damaged.get(archive)).toBe(made.get(archive));
  });

  it("after one article changed, a build into the same folder writes the archive a cold build writes", async () => {
    const changed = article(
      "bridge",
      "Bridge closes\n\nA month of repairs.\n\n“Cyclists, too, should not worry,” Mayor Tom Hale said.\n",
    );
    const dirs: string[] = [];
    /** One build of the exports into `dir`, as the build writes them. */
    const build = async (
      dir: string,
      articles: Article[],
      fingerprints: string[],
    ): Promise<string[]> => {
      const cache = `${dir}-cache`;
      dirs.push(cache);
      const output = await SiteOutput.open(dir, cache, "report.json", 1);
      const exports = exportsUnder("/news/", articles);
      await output.writeVersionedFiles(exports.sources(fingerprints));
      for (const archive of exports.archive(fingerprints, (relative) =>
        output.recorded(relative),
      ))
        await output.writePieces(archive.path, archive.version, archive.pieces);
      await output.finish("{}");
      return Promise.all(
        ARCHIVE.map((archive) => readFile(path.join(dir, archive), "utf8")),
      );
    };
    try {
      const warm = await mkdtemp(path.join(tmpdir(), "exports-warm-"));
      const cold = await mkdtemp(path.join(tmpdir(), "exports-cold-"));
      dirs.push(warm, cold);
      const after = [FERRIES, QUIET, changed];
      await build(warm, WITH_QUIET, ["f1", "q1", "b1"]);
      // An unchanged article's file edited by hand: not what the build recorded.
      const edited = path.join(warm, "exports/articles/ferries.csv");
      await writeFile(
        edited,
        (await readFile(edited, "utf8")).replace("deeply", "gravely"),
      );
      const rebuilt = await build(warm, after, ["f1", "q1", "b2"]);
      expect(rebuilt[0]).toContain("Cyclists, too");
      // Kept (its article did not change), but not copied into the archive.
      expect(await readFile(edited, "utf8")).toContain("gravely");
      expect(rebuilt[0]).not.toContain("gravely");
      expect(rebuilt).toEqual(await build(cold, after, ["f1", "q1", "b2"]));
    } finally {
      for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    }
  });
});
