import { mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Article, ArticleSummary } from "../../src/model/article.ts";
import { seedsPlugin } from "../../src/build/seeds-plugin.ts";

const FIRST = `Ferry fares rise

Commuters will pay more from May.

By Lee Writer

“Nobody likes paying more,” Transport Minister Ana Diaz said on Tuesday.
`;

const SECOND = `Bridge closes for repairs

The crossing shuts for a month.

“We had no choice,” Mayor Tom Hale said.
`;

let root: string;
let server: ViteDevServer | undefined;

async function startServer(seedsDir: string): Promise<ViteDevServer> {
  server = await createServer({
    configFile: false,
    root,
    logLevel: "silent",
    appType: "custom",
    plugins: [seedsPlugin({ seedsDir })],
    server: { middlewareMode: true, hmr: false },
  });
  return server;
}

async function loadIndex(dev: ViteDevServer): Promise<ArticleSummary[]> {
  const module = (await dev.ssrLoadModule("virtual:quote-reader/index")) as {
    summaries: ArticleSummary[];
  };
  return module.summaries;
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
  it("serves an index of summaries for the list", async () => {
    const dev = await startServer(".");
    expect(await loadIndex(dev)).toEqual([
      {
        slug: "ferry-fares",
        title: "Ferry fares rise",
        standfirst: "Commuters will pay more from May.",
        byline: "Lee Writer",
        quoteCount: 1,
        speakers: ["Ana Diaz"],
        readingMinutes: 1,
      },
    ]);
  });

  it("serves each article as its own module, loaded through the loaders map", async () => {
    const dev = await startServer(root);
    const { articleLoaders } = (await dev.ssrLoadModule(
      "virtual:quote-reader/loaders",
    )) as {
      articleLoaders: Record<string, () => Promise<{ default: Article }>>;
    };
    expect(Object.keys(articleLoaders)).toEqual(["ferry-fares"]);
    const article = (await articleLoaders["ferry-fares"]?.())?.default;
    expect(article?.quotes.map((quote) => [quote.text, quote.speaker])).toEqual(
      [["Nobody likes paying more,", "Ana Diaz"]],
    );
    expect(
      article?.text.slice(article.quotes[0]?.start, article.quotes[0]?.end),
    ).toBe("Nobody likes paying more,");
  });

  it("exports null for a slug that is not a seed", async () => {
    const dev = await startServer(root);
    const module = (await dev.ssrLoadModule(
      "virtual:quote-reader/article/missing",
    )) as { default: unknown };
    expect(module.default).toBeNull();
  });

  it("reads SEEDS_DIR when no folder is given, relative to the root", async () => {
    vi.stubEnv("SEEDS_DIR", ".");
    try {
      server = await createServer({
        configFile: false,
        root,
        logLevel: "silent",
        appType: "custom",
        plugins: [seedsPlugin()],
        server: { middlewareMode: true, hmr: false },
      });
      expect((await loadIndex(server)).map((summary) => summary.slug)).toEqual([
        "ferry-fares",
      ]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("picks up added, edited and deleted seeds without a restart", async () => {
    const dev = await startServer(root);
    expect(await loadIndex(dev)).toHaveLength(1);

    await writeFile(path.join(root, "bridge.txt"), SECOND);
    await vi.waitFor(
      async () =>
        expect((await loadIndex(dev)).map((s) => s.slug)).toEqual([
          "bridge",
          "ferry-fares",
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
        expect((await loadIndex(dev))[0]?.title).toBe(
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
