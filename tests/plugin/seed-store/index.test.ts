import {
  mkdir,
  mkdtemp,
  readdir,
  rm,
  stat,
  utimes,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type * as Fs from "node:fs";
import fc from "fast-check";
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import { ExtractionCache } from "../../../src/plugin/extraction-cache/index.ts";
import { buildReport, formatSummary } from "../../../src/plugin/report.ts";
import type * as Normalize from "../../../src/extract/normalize.ts";
import {
  SeedsFolderError,
  SeedStore,
} from "../../../src/plugin/seed-store/index.ts";
import type { SeedScan } from "../../../src/plugin/seed-store/seed-scan.ts";
import {
  entryNames,
  type HostileSeeds,
  writeHostileSeeds,
  XSS,
} from "../../support/hostile-seeds.ts";

/** Names that cannot be opened: a file read when it should not be is skipped. */
const unreadable = vi.hoisted(() => new Set<string>(["forbidden.txt"]));

// Root can read any file, so "permission denied" is simulated for some names.
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof Fs>();
  return {
    ...actual,
    openSync: ((
      file: Parameters<typeof actual.openSync>[0],
      ...rest: [number]
    ) => {
      if (unreadable.has(path.basename(String(file))))
        throw Object.assign(new Error("EACCES: permission denied"), {
          code: "EACCES",
        });
      return actual.openSync(file, ...rest);
    }) as typeof actual.openSync,
  };
});

// An extractor bug must cost the article its quotes, never the article.
vi.mock("../../../src/extract/normalize.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof Normalize>();
  return {
    ...actual,
    normalizeText: (raw: string) => {
      if (raw.includes("EXPLODE")) throw new Error("boom");
      return actual.normalizeText(raw);
    },
  };
});

let root: string;
let dir: string;
let expected: HostileSeeds;
let scan: SeedScan;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "seed-store-"));
  dir = path.join(root, "seeds");
  await mkdir(dir);
  await writeFile(path.join(root, "outside.txt"), "Outside\n\nNot yours.");
  expected = await writeHostileSeeds(dir, {
    outside: path.join(root, "outside.txt"),
  });
  await writeFile(path.join(dir, "forbidden.txt"), "Secret\n\nText.");
  expected.skipped.push({ file: "forbidden.txt", reason: /permission denied/ });
  await writeFile(
    path.join(dir, "extractor-bug.txt"),
    "Extractor bug\n\nThis line will EXPLODE.\n\n“Still here,” she said.",
  );
  await writeFile(
    path.join(dir, "dated.txt"),
    "Dated\n\nBy Jo Roe\n\nOctober 12, 2023\n\nBody.",
  );
  scan = await new SeedStore(dir).scan();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("SeedStore.scan on a hostile folder", () => {
  it("accounts for every entry: an article or a skipped file, never both, never neither", async () => {
    const entries = await entryNames(dir);
    const seen = [
      ...scan.articles.map((article) => article.file),
      ...scan.skipped.map((skip) => skip.file),
    ].sort();
    expect(seen).toEqual(entries);
    expect(scan.entries).toBe(entries.length);
  });

  it("skips exactly the files that are not articles, each with its reason", () => {
    expect(scan.skipped.map((skip) => skip.file).sort()).toEqual(
      expected.skipped.map((skip) => skip.file).sort(),
    );
    for (const { file, reason } of expected.skipped) {
      const skip = scan.skipped.find((candidate) => candidate.file === file);
      expect(skip?.reason, file).toMatch(reason);
    }
  });

  it("reads every article with its title and quotes", () => {
    for (const { file, title, quotes } of expected.articles) {
      const article = scan.articles.find(
        (candidate) => candidate.file === file,
      );
      expect(article?.title, file).toBe(title);
      const found = article?.quotes.map((quote) => quote.text) ?? [];
      for (const quote of quotes) expect(found, file).toContain(quote);
    }
  });

  it("gives every article a distinct URL-safe slug", () => {
    const slugs = scan.articles.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs)
      expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("keeps hostile text as data, exactly as written", () => {
    const article = scan.articles.find((candidate) => candidate.title === XSS);
    expect(article?.text).toContain(`“${XSS},” Mayor Jo Roe said.`);
  });

  it("notes how odd files were read", () => {
    const notes = (file: string) =>
      scan.read.find((read) => read.file === file)?.notes ?? [];
    expect(notes("windows-1252.txt")).toContain("decoded as Windows-1252");
    expect(notes("café olé.txt")).toContain(
      "file name is not UTF-8: read as Windows-1252",
    );
    expect(notes("utf16be.txt")).toContain("decoded as UTF-16BE");
    expect(notes("invalid-bytes.txt").join()).toMatch(
      /3 undecodable byte sequences replaced/,
    );
    expect(notes("one-long-line.txt")).toContain(
      "no title line: title taken from the first sentence",
    );
    expect(notes("no-sentence-end.txt")).toContain(
      "no title line: title taken from the file name",
    );
  });

  it("keeps every word of a text without a title line in its body", () => {
    const body = (file: string) => {
      const article = scan.articles.find(
        (candidate) => candidate.file === file,
      );
      return (article?.paragraphs ?? [])
        .map(({ start, end }) => article?.text.slice(start, end))
        .join("\n\n");
    };
    // The extractor keeps a story-like first line as a paragraph: the text is untouched.
    const oneLine = scan.articles.find(
      (article) => article.file === "one-long-line.txt",
    );
    expect(body("one-long-line.txt")).toBe(oneLine?.text.trim());
    // A line it took for a title alone gets a title line put on top.
    expect(body("no-sentence-end.txt")).toBe(
      `${"and so it went on ".repeat(20)}with “no end in sight” for anyone`,
    );
  });

  it("keeps an article whose extraction throws, as plain paragraphs", () => {
    const article = scan.articles.find(
      (candidate) => candidate.file === "extractor-bug.txt",
    );
    expect(article?.title).toBe("Extractor bug");
    expect(article?.paragraphs).toHaveLength(2);
    expect(article?.quotes).toEqual([]);
    expect(
      scan.read.find((read) => read.file === "extractor-bug.txt")?.notes,
    ).toEqual(["extraction failed (boom): shown without quotes"]);
  });

  it("summarises and reports the scan", () => {
    const report = buildReport(scan, root);
    expect(report.seedsDir).toBe("seeds");
    expect(report.filesRead).toBe(report.articlesBuilt + report.skipped.length);
    const summary = formatSummary(report);
    expect(summary.split("\n")[0]).toBe(
      `Seeds folder seeds: ${scan.entries} files read, ${scan.articles.length} articles built, ${scan.skipped.length} skipped.`,
    );
    expect(summary).toContain(
      `"photo.txt" skipped: is not text: looks like a PNG image`,
    );
  });

  it("lists undated articles: every one in the report, the first few in the summary", () => {
    const report = buildReport(scan, root);
    expect(report.undated).toContain("extractor-bug.txt");
    expect(report.undated).not.toContain("dated.txt");
    expect(report.undated).toHaveLength(report.articlesBuilt - 1);
    const many = formatSummary({
      ...report,
      undated: ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt"],
    });
    expect(many).toContain(
      `7 articles have no date line, shown as undated: "a.txt", "b.txt", "c.txt", "d.txt", "e.txt" and 2 more (build-report.json lists them)`,
    );
    expect(formatSummary({ ...report, undated: ["a.txt"] })).toContain(
      `1 article has no date line, shown as undated: "a.txt"\n`.trim(),
    );
    expect(formatSummary({ ...report, undated: [] })).not.toContain("undated");
  });

  it("prints file names with control characters escaped", () => {
    const summary = formatSummary({
      seedsDir: "seeds",
      filesRead: 1,
      articlesBuilt: 0,
      articles: [],
      skipped: [{ file: "\u001b[2Jevil\n.txt", reason: "is empty" }],
      undated: [],
    });
    expect(summary).toContain(
      String.raw`"\u001b[2Jevil\n.txt" skipped: is empty`,
    );
  });
});

describe("SeedStore.scan on random folders (property)", () => {
  it("accounts for every file, never throws, and hands out distinct URL-safe slugs", async () => {
    const name = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 20 })
      .filter(
        (base) =>
          !/[/\0]/.test(base) &&
          base !== "." &&
          base !== ".." &&
          Buffer.byteLength(base) < 200,
      )
      .chain((base) => fc.constantFrom(base, `${base}.txt`, `${base}.TXT`));
    const content = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(name, content), {
          maxLength: 12,
          selector: ([file]) => file,
        }),
        async (files) => {
          const folder = path.join(root, `random-${(run += 1)}`);
          await mkdir(folder);
          for (const [file, body] of files)
            await writeFile(path.join(folder, file), body);
          const result = await new SeedStore(folder).scan();
          expect(result.entries).toBe(files.length);
          expect(result.articles.length + result.skipped.length).toBe(
            files.length,
          );
          const slugs = result.articles.map((article) => article.slug);
          expect(new Set(slugs).size).toBe(slugs.length);
          for (const slug of slugs)
            expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          for (const article of result.articles) {
            // A first sentence (at most 200) or a file name (at most 255 bytes).
            expect(article.title.length).toBeLessThanOrEqual(255);
            for (const quote of article.quotes)
              expect(article.text.slice(quote.start, quote.end)).toBe(
                quote.text,
              );
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe("SeedStore.scan on a folder that is not there", () => {
  it.each([
    ["missing", (base: string) => path.join(base, "nope"), /does not exist/],
    [
      "a file",
      (base: string) => path.join(base, "outside.txt"),
      /not a folder/,
    ],
  ])(
    "throws SeedsFolderError naming the path when it is %s",
    async (_name, at, reason) => {
      const where = at(root);
      const error = await new SeedStore(where)
        .scan()
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SeedsFolderError);
      expect((error as Error).message).toContain(where);
      expect((error as Error).message).toMatch(reason);
    },
  );
});

describe("SeedStore.scan with a failing extraction batch", () => {
  it("extracts on this thread instead, losing no article", async () => {
    const store = new SeedStore(dir, {
      extract: () => Promise.reject(new Error("worker died")),
    });
    const again = await store.scan();
    expect(again.articles.map((article) => article.file)).toEqual(
      scan.articles.map((article) => article.file),
    );
  });
});

describe("SeedStore.scan again", () => {
  it("reuses extraction for unchanged files", async () => {
    const store = new SeedStore(dir);
    const first = await store.scan();
    const second = await store.scan();
    expect(second.articles[0]).toBe(first.articles[0]);
  });

  it("keeps an unchanged file's text when a new file takes its slug", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "seed-rescan-"));
    try {
      await writeFile(path.join(folder, "Harbour.txt"), "Harbour\n\nOld text.");
      const store = new SeedStore(folder);
      const [before] = (await store.scan()).articles;
      // `harbour.txt` is exactly `<slug>.txt`: it takes `harbour`, the old file another.
      await writeFile(path.join(folder, "harbour.txt"), "Harbour\n\nNew text.");
      const after = await store.scan(new Set(["harbour.txt"]));
      const old = after.articles.find(({ file }) => file === "Harbour.txt");
      expect(old?.slug).not.toBe(before?.slug);
      expect(old?.text).toBe(before?.text);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("SeedStore.scan of a file edited while it runs", () => {
  it("extracts the text as read again, not the text first hashed", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "seed-edited-"));
    const file = path.join(folder, "harbour.txt");
    try {
      await writeFile(file, "Harbour\n\nOld text.");
      // The text is let go once hashed; the file changes before it is extracted.
      const store = new SeedStore(folder, {
        extract: async (jobs) => {
          await writeFile(file, "Harbour\n\nNew text.");
          return jobs.map(() => undefined);
        },
      });
      const [article] = (await store.scan()).articles;
      expect(article?.text).toContain("New text.");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("SeedStore.scan after edits the watcher named", () => {
  /** What a scan gives, without the objects' identities. */
  const plain = (scan: SeedScan): unknown =>
    JSON.parse(JSON.stringify(scan)) as unknown;

  it("gives what reading the whole folder gives, for edited, added and removed files", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "seed-edits-"));
    const version = async (): Promise<string> => "v1";
    try {
      await writeFile(
        path.join(folder, "a.txt"),
        "Harbour\n\n“Soon,” Ana Diaz said.",
      );
      await writeFile(path.join(folder, "b.txt"), "Ferry\n\nFares rise.");
      await writeFile(path.join(folder, "notes.md"), "# not an article");
      const store = new SeedStore(folder, { version });
      await store.scan();
      const whole = async (): Promise<unknown> =>
        plain(await new SeedStore(folder, { version }).scan());

      // An article's text edited, twice.
      for (const words of ["“Later,” Tom Hale said.", "Nothing said."]) {
        await writeFile(path.join(folder, "a.txt"), `Harbour\n\n${words}`);
        const after = await store.scan(new Set(["a.txt"]));
        expect(after.articles[0]?.text).toContain(words);
        expect(plain(after)).toEqual(await whole());
      }
      // A new file, an edit that makes an article a skipped file, a removed file.
      await writeFile(path.join(folder, "c.txt"), "Canal\n\nLocks open.");
      expect(plain(await store.scan(new Set(["c.txt"])))).toEqual(
        await whole(),
      );
      await writeFile(path.join(folder, "b.txt"), "   ");
      expect(plain(await store.scan(new Set(["b.txt"])))).toEqual(
        await whole(),
      );
      await rm(path.join(folder, "c.txt"));
      expect(plain(await store.scan(new Set(["c.txt"])))).toEqual(
        await whole(),
      );
      // A skipped file named: still skipped, the articles as they were.
      await writeFile(path.join(folder, "notes.md"), "# still not one");
      expect(plain(await store.scan(new Set(["notes.md"])))).toEqual(
        await whole(),
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("SeedStore.scan of a folder a former run has seen", () => {
  let folder: string;
  let cacheDir: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "seed-index-"));
    cacheDir = await mkdtemp(path.join(tmpdir(), "seed-index-cache-"));
    await writeFile(path.join(folder, "a.txt"), "Harbour\n\n“Yes,” she said.");
    await writeFile(path.join(folder, "b.txt"), "Bridge\n\n“No,” he said.");
  });
  afterEach(async () => {
    unreadable.delete("a.txt");
    await rm(folder, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });
  /** A new build or dev server: a new store and cache over the same folders. */
  const start = (settledMs = 0): SeedStore => {
    const cache = new ExtractionCache(cacheDir);
    return new SeedStore(folder, {
      extract: (jobs) => cache.extractAll(jobs),
      version: () => cache.version(),
      index: cache.seedIndex(folder),
      settledMs,
    });
  };

  it("does not read the files unchanged since, and builds the same articles", async () => {
    const first = await start().scan();
    unreadable.add("a.txt");
    const second = await start().scan();
    expect(second.skipped).toEqual([]);
    expect(second.articles).toEqual(first.articles);
    expect(second.fingerprints).toEqual(first.fingerprints);
  });

  it("reads a file edited since, even to the same size and modification time", async () => {
    const file = path.join(folder, "a.txt");
    await start().scan();
    const { atime, mtime } = await stat(file);
    await writeFile(file, "Harbour\n\n“Yep,” he said.");
    await utimes(file, atime, mtime);
    const second = await start().scan();
    expect(second.articles[0]?.text).toContain("Yep");
  });

  it("reads again the files changed too recently to be trusted", async () => {
    await start(60_000).scan();
    unreadable.add("a.txt");
    const second = await start().scan();
    expect(second.skipped).toEqual([
      { file: "a.txt", reason: "cannot be read: permission denied" },
    ]);
  });

  it("reads the files again when the cache no longer has their results", async () => {
    const first = await start().scan();
    const results = path.join(cacheDir, "extract");
    for (const version of await readdir(results))
      for (const name of await readdir(path.join(results, version)))
        if (name.endsWith(".pack")) await rm(path.join(results, version, name));
    const second = await start().scan();
    expect(second.articles).toEqual(first.articles);
  });
});
