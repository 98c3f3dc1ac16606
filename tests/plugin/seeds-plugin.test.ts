import { mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Article, ArticleSummary } from "../../src/model/article.ts";
import type {
  SpeakerProfile,
  SpeakerSummary,
} from "../../src/model/speaker.ts";
import { seedsPlugin } from "../../src/plugin/seeds-plugin.ts";

const FIRST = `Ferry fares rise

Commuters will pay more from May.

By Lee Writer

Published: April 2, 2024

“Nobody likes paying more,” Transport Minister Ana Diaz said on Tuesday.
`;

const SECOND = `Bridge closes for repairs

The crossing shuts for a month.

“We had no choice,” Mayor Tom Hale said.
`;

let root: string;
let server: ViteDevServer | undefined;

async function startServer(seedsDir?: string): Promise<ViteDevServer> {
  server = await createServer({
    configFile: false,
    root,
    logLevel: "silent",
    appType: "custom",
    plugins: [seedsPlugin(seedsDir === undefined ? {} : { seedsDir })],
    server: { port: 0, hmr: false, ws: false },
  });
  await server.listen();
  return server;
}

/** A `data/` module as the browser gets it: fetched from the dev server, then imported. */
async function loadData<T>(dev: ViteDevServer, dataPath: string): Promise<T> {
  const url = dev.resolvedUrls?.local[0];
  if (!url) throw new Error("The dev server has no address");
  const response = await fetch(new URL(dataPath, url));
  if (!response.ok) throw new Error(`${dataPath}: ${response.status}`);
  expect(response.headers.get("content-type")).toBe("text/javascript");
  const source = await response.text();
  const module = (await import(
    `data:text/javascript;base64,${Buffer.from(source).toString("base64")}`
  )) as { default: T };
  return module.default;
}

/** The list's first page: every article, for the few these tests write. */
async function loadIndex(dev: ViteDevServer): Promise<ArticleSummary[]> {
  const page = await loadData<{ articles: ArticleSummary[] }>(
    dev,
    "data/list/all-1.js",
  );
  return page.articles;
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "seeds-plugin-"));
  await writeFile(path.join(root, "ferry-fares.txt"), FIRST);
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(root, { recursive: true, force: true });
});

describe("seedsPlugin", () => {
  it("serves the list's summaries", async () => {
    const dev = await startServer(".");
    expect(await loadIndex(dev)).toEqual([
      {
        slug: "ferry-fares",
        title: "Ferry fares rise",
        standfirst: "Commuters will pay more from May.",
        byline: "Lee Writer",
        date: "2024-04-02",
        quoteCount: 1,
        speakers: ["Ana Diaz"],
        readingMinutes: 1,
      },
    ]);
  });

  it("serves each article as its own data module, with its quotes' offsets", async () => {
    const dev = await startServer(root);
    const article = await loadData<Article>(
      dev,
      "data/articles/ferry-fares.js",
    );
    expect(article.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ["Nobody likes paying more,", "Ana Diaz"],
    ]);
    expect(
      article.text.slice(article.quotes[0]?.start, article.quotes[0]?.end),
    ).toBe("Nobody likes paying more,");
  });

  it("serves the speakers index and each speaker's profile", async () => {
    const dev = await startServer(root);
    const speakers = await loadData<SpeakerSummary[]>(dev, "data/speakers.js");
    expect(speakers).toEqual([
      {
        slug: "ana-diaz",
        name: "Ana Diaz",
        kind: "person",
        quotes: 1,
        articles: 1,
      },
    ]);
    const profile = await loadData<SpeakerProfile>(
      dev,
      "data/speakers/ana-diaz.js",
    );
    expect(profile.roles).toEqual(["Transport Minister"]);
    expect(profile.appearances).toEqual([
      {
        slug: "ferry-fares",
        title: "Ferry fares rise",
        date: "2024-04-02",
        quotes: [
          {
            id: "q-1",
            text: "Nobody likes paying more,",
            cue: expect.any(String) as string,
          },
        ],
      },
    ]);
  });

  it("answers 404 for an article or speaker that is not there", async () => {
    const dev = await startServer(root);
    await expect(loadData(dev, "data/articles/missing.js")).rejects.toThrow(
      "404",
    );
    await expect(loadData(dev, "data/speakers/nobody.js")).rejects.toThrow(
      "404",
    );
  });

  it("reads a relative seedsDir from the root", async () => {
    const dev = await startServer(".");
    expect((await loadIndex(dev)).map((summary) => summary.slug)).toEqual([
      "ferry-fares",
    ]);
  });

  it("picks up added, edited and deleted seeds without a restart", async () => {
    const dev = await startServer(root);
    expect(await loadIndex(dev)).toHaveLength(1);

    // Undated: after the dated ferry-fares, though its name comes first.
    await writeFile(path.join(root, "bridge.txt"), SECOND);
    await vi.waitFor(
      async () =>
        expect((await loadIndex(dev)).map((s) => s.slug)).toEqual([
          "ferry-fares",
          "bridge",
        ]),
      {
        timeout: 5000,
      },
    );

    await writeFile(
      path.join(root, "bridge.txt"),
      SECOND.replace("Bridge closes", "Bridge reopens"),
    );
    await vi.waitFor(
      async () =>
        expect((await loadIndex(dev))[1]?.title).toBe(
          "Bridge reopens for repairs",
        ),
      {
        timeout: 5000,
      },
    );

    await unlink(path.join(root, "bridge.txt"));
    await vi.waitFor(
      async () =>
        expect((await loadIndex(dev)).map((s) => s.slug)).toEqual([
          "ferry-fares",
        ]),
      {
        timeout: 5000,
      },
    );
  });
});
