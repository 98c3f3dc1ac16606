import {
  mkdtemp,
  readFile,
  readdir,
  rm,
  unlink,
  writeFile,
} from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSeeds } from "../../bench/generate.ts";
import type {
  ExportedQuote,
  QuoteExport,
} from "../../src/model/export-files.ts";
import { buildSite } from "../support/site.ts";

/** Served under a sub-path: permalinks must carry it. */
const BASE = "/news/";

/** A quote a spreadsheet would run as a formula, and one with commas and quotes. */
const FORMULA_SEED = (second: string): string =>
  [
    "Treasurer warns of spreadsheet fears at the council",
    "Officials debated the budget tables on Monday, with one eye on the formulas.",
    "By Lena Marsh",
    "“=SUM(A1:A9) is the whole budget, and nobody checks it,” Anna Berg, the council treasurer, said on Monday.",
    `“${second},” Berg added.`,
    "The meeting ran late.",
  ].join("\n\n");

let seedsDir: string;
let outDir: string;

beforeAll(async () => {
  seedsDir = await mkdtemp(path.join(tmpdir(), "exports-seeds-"));
  await generateSeeds(seedsDir, 12, 11);
  await writeFile(
    path.join(seedsDir, "spreadsheet-fears.txt"),
    FORMULA_SEED("+1 for the new plan, commas, “quotes” and all"),
  );
  ({ outDir } = await buildSite({ seedsDir, basePath: BASE }));
});

afterAll(async () => {
  await rm(seedsDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

const read = (relative: string): Promise<string> =>
  readFile(path.join(outDir, relative), "utf8");

/** A CSV export's rows as a spreadsheet reads them, header names as keys. */
async function readCsv(relative: string): Promise<Record<string, string>[]> {
  const raw = await read(relative);
  expect(raw.startsWith("\ufeff"), `${relative} starts with a BOM`).toBe(true);
  return parse(raw, { bom: true, columns: true }) as Record<string, string>[];
}

/** Both files of an export: the CSV's rows and the JSON, which must say the same. */
async function readExport(stem: string): Promise<{
  rows: Record<string, string>[];
  json: QuoteExport;
}> {
  const rows = await readCsv(`${stem}.csv`);
  const json = JSON.parse(await read(`${stem}.json`)) as QuoteExport;
  expect(rows.map(asCsvRow)).toEqual(json.quotes.map(expectedRow));
  return { rows, json };
}

const asCsvRow = (row: Record<string, string>): Record<string, string> => ({
  ...row,
});
/** What the CSV must hold for a JSON quote: empty cells for nulls, formulas made text. */
const expectedRow = (quote: ExportedQuote): Record<string, string> =>
  Object.fromEntries(
    Object.entries(quote).map(([key, value]) => [
      key,
      value === null ? "" : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value,
    ]),
  );

/** The number a page prints in `Quotes (6)` or `6 quotes in 2 articles`. */
function shownCount(html: string, pattern: RegExp): number {
  const match = pattern.exec(html.replace(/<!-- -->/g, ""));
  if (!match) throw new Error(`No count matching ${String(pattern)}`);
  return Number((match[1] as string).replace(/,/g, ""));
}

/** Every permalink points at a built page holding that quote's element. */
async function checkPermalinks(
  quotes: readonly ExportedQuote[],
): Promise<void> {
  for (const { permalink } of quotes) {
    const match = /^\/news\/articles\/([a-z0-9-]+)\/#(q-\d+)$/.exec(permalink);
    expect(match, permalink).not.toBeNull();
    const page = await read(`articles/${match?.[1]}/index.html`);
    expect(page, permalink).toContain(`id="${match?.[2]}"`);
  }
}

describe("quote exports", () => {
  it("exports each article's quotes as its page counts them, linked from the page", async () => {
    const slugs = await readdir(path.join(outDir, "articles"));
    expect(slugs.length).toBe(13);
    let total = 0;
    for (const slug of slugs) {
      const page = await read(`articles/${slug}/index.html`);
      const { rows, json } = await readExport(`exports/articles/${slug}`);
      const count = shownCount(page, /Quotes <span[^>]*>\((\d+)\)/);
      // The date the page's header gives, or none for an undated article.
      const header =
        /<article[^>]*>.*?<header[^>]*>(.*?)<\/header>/s.exec(page)?.[1] ?? "";
      const date = /<time dateTime="([^"]+)"/i.exec(header)?.[1] ?? "";
      expect(new Set(rows.map((row) => row.date)), slug).toEqual(
        new Set(rows.length > 0 ? [date] : []),
      );
      expect(rows.length, slug).toBe(count);
      total += count;
      await checkPermalinks(json.quotes);
      expect(page).toContain(`href="${BASE}exports/articles/${slug}.csv"`);
      expect(page).toContain(`href="${BASE}exports/articles/${slug}.json"`);
    }
    const archive = await readExport("exports/quotes");
    expect(archive.rows.length).toBe(total);
    await checkPermalinks(archive.json.quotes);
    expect(await read("speakers/index.html")).toContain(
      `href="${BASE}exports/quotes.csv"`,
    );
  });

  it("exports each speaker's quotes as their page counts them", async () => {
    const slugs = (await readdir(path.join(outDir, "speakers"))).filter(
      (name) => name !== "index.html",
    );
    expect(slugs.length).toBeGreaterThan(5);
    for (const slug of slugs) {
      const page = await read(`speakers/${slug}/index.html`);
      const { rows, json } = await readExport(`exports/speakers/${slug}`);
      expect(rows.length, slug).toBe(
        shownCount(page, /([\d,]+) quotes? in [\d,]+ articles?/),
      );
      const name = /<h1[^>]*>([^<]+)<\/h1>/.exec(page)?.[1];
      expect(new Set(rows.map((row) => row.speaker))).toEqual(new Set([name]));
      await checkPermalinks(json.quotes);
      expect(page).toContain(`href="${BASE}exports/speakers/${slug}.json"`);
    }
  });

  it("keeps a quote starting with = as text, and quotes commas and quotation marks", async () => {
    const rows = await readCsv("exports/articles/spreadsheet-fears.csv");
    expect(rows.map((row) => [row.speaker, row.quote, row.cue])).toEqual([
      [
        "Anna Berg",
        "'=SUM(A1:A9) is the whole budget, and nobody checks it,",
        "said",
      ],
      ["Anna Berg", "'+1 for the new plan, commas, “quotes” and all,", "added"],
    ]);
    // Scripts read the JSON: the words as written.
    const json = JSON.parse(
      await read("exports/articles/spreadsheet-fears.json"),
    ) as QuoteExport;
    expect(json.quotes[0]?.quote).toBe(
      "=SUM(A1:A9) is the whole budget, and nobody checks it,",
    );
    const raw = await read("exports/articles/spreadsheet-fears.csv");
    expect(raw).toContain('"\'+1 for the new plan, commas, “quotes” and all,"');
    expect(raw.split("\r\n").length).toBe(4);
  });

  it("lists every export among the build's files, and a rebuild keeps them right", async () => {
    const owned = (): Promise<string[]> =>
      read(".quote-reader-files").then((list) =>
        list.split("\n").filter((line) => line.startsWith("exports/")),
      );
    const onDisk = async (): Promise<string[]> =>
      (await readdir(path.join(outDir, "exports"), { recursive: true }))
        .filter((name) => /\.(csv|json)$/.test(name))
        .map((name) => `exports/${name.split(path.sep).join("/")}`);
    expect((await owned()).sort()).toEqual((await onDisk()).sort());

    // One quote edited, one article removed: the exports holding them follow.
    const gone = (await readdir(seedsDir)).find(
      (name) => name !== "spreadsheet-fears.txt",
    ) as string;
    const goneSlug = (await readdir(path.join(outDir, "articles"))).find(
      (slug) => gone.startsWith(slug),
    ) as string;
    expect(goneSlug).toBeTruthy();
    await unlink(path.join(seedsDir, gone));
    await writeFile(
      path.join(seedsDir, "spreadsheet-fears.txt"),
      FORMULA_SEED("We will check every cell"),
    );
    await buildSite({ seedsDir, basePath: BASE, outDir });

    const article = await readCsv("exports/articles/spreadsheet-fears.csv");
    expect(article[1]?.quote).toBe("We will check every cell,");
    const speaker = await readCsv("exports/speakers/anna-berg.csv");
    expect(speaker.map((row) => row.quote)).toContain(
      "We will check every cell,",
    );
    const archive = await readExport("exports/quotes");
    expect(archive.rows.map((row) => row.quote)).toContain(
      "We will check every cell,",
    );
    expect(
      archive.json.quotes.filter((quote) =>
        quote.permalink.includes(`/articles/${goneSlug}/`),
      ),
    ).toEqual([]);
    expect(
      existsSync(path.join(outDir, `exports/articles/${goneSlug}.csv`)),
    ).toBe(false);
    expect((await owned()).sort()).toEqual((await onDisk()).sort());
  });
});
