import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { launchChromium } from "../../scripts/chromium.ts";
import { SEEDS_DIR, SEED_SLUG, SEED_TITLE } from "../support/site.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
let server: ViteDevServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  vi.stubEnv("SEEDS_DIR", SEEDS_DIR);
  server = await createServer({
    root: ROOT,
    configFile: path.join(ROOT, "vite.config.ts"),
    logLevel: "silent",
    server: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  await server.listen();
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 500)
      errors.push(`${response.status()} ${response.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  vi.unstubAllEnvs();
});

describe("npm run dev", () => {
  it.each([
    ["/", "Articles"],
    [`/articles/${SEED_SLUG}/`, SEED_TITLE],
    ["/speakers/", "Speakers"],
    ["/speakers/dmitry-peskov/", "Dmitry Peskov"],
  ])("serves %s", async (route, heading) => {
    const origin = (server.resolvedUrls?.local[0] ?? "").replace(/\/$/, "");
    await page.goto(origin + route);
    await page
      .getByRole("heading", { level: 1, name: heading })
      .waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });

  it("answers 404 for a data URL that is a malformed escape, not a 500", async () => {
    const origin = (server.resolvedUrls?.local[0] ?? "").replace(/\/$/, "");
    const response = await fetch(`${origin}/data/%`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("URIError");
  });

  it("answers 404 for a data module that does not exist, not the app's page", async () => {
    const origin = (server.resolvedUrls?.local[0] ?? "").replace(/\/$/, "");
    const missing = await fetch(`${origin}/data/articles/no-such-article.js`);
    expect(missing.status).toBe(404);
    const search = await fetch(`${origin}/data/search/docs/0.js`);
    expect(search.status).toBe(200);
    expect(await search.text()).toContain(SEED_SLUG);
  });

  it("serves the quote exports the build writes, and 404 for one that does not exist", async () => {
    const origin = (server.resolvedUrls?.local[0] ?? "").replace(/\/$/, "");
    const csv = await fetch(`${origin}/exports/speakers/dmitry-peskov.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    // Bytes: text() would drop the byte order mark.
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString("utf8")).toMatch(
      /^\ufeffspeaker,quote,.*\r\nDmitry Peskov,/s,
    );
    const json = await fetch(`${origin}/exports/quotes.json`);
    expect(
      ((await json.json()) as { quotes: unknown[] }).quotes.length,
    ).toBeGreaterThan(0);
    const missing = await fetch(
      `${origin}/exports/articles/no-such-article.csv`,
    );
    expect(missing.status).toBe(404);
  });
});
