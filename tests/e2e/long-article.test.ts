import {
  mkdir,
  mkdtemp,
  readFile,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.ts";
import {
  buildSite,
  serveStatic,
  type BuiltSite,
  type StaticServer,
} from "../support/site.ts";

/**
 * A hearing transcript: 5 MB of text, 20,000 quotes. Its page must weigh about what its
 * text does (not a panel of 20,000 quotes with their tools), open in Chromium, and let a
 * reader reach every quote from the panel.
 */
const QUOTES = 20_000;
const NAMES = ["Ana Ruiz", "Kofi Mensah", "Lena Ortiz", "Ivo Marsh"];
let root: string;
let bytes: number;
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "long-article-"));
  const seeds = path.join(root, "seeds");
  await mkdir(seeds);
  const lines = [
    "Hearing on the harbour plan, in full",
    "Every statement made over three days of the council's hearing.",
    "By Staff Reporter",
  ];
  for (let i = 0; i < QUOTES; i++)
    lines.push(
      `“Statement ${i} on the harbour, the budget, the vote that comes next week and what the council owes the people who live and work by the water every day of the year, in good times and in bad,” ${NAMES[i % NAMES.length]} said on day ${(i % 3) + 1}, before the chair called the next witness to speak.`,
    );
  const text = lines.join("\n\n");
  bytes = Buffer.byteLength(text);
  await writeFile(path.join(seeds, "hearing.txt"), text);
  site = await buildSite({
    seedsDir: seeds,
    outDir: path.join(root, "site"),
    env: { QUOTE_READER_CACHE: path.join(root, "cache") },
  });
  server = await serveStatic(site.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe("a 5 MB article with 20,000 quotes", () => {
  it("weighs at most 3 times its text plus 100 KB, page and data together", async () => {
    expect(bytes).toBeGreaterThan(5_000_000);
    const page = await stat(
      path.join(site.outDir, "articles/hearing/index.html"),
    );
    const data = await stat(path.join(site.outDir, "data/articles/hearing.js"));
    expect(page.size + data.size).toBeLessThanOrEqual(3 * bytes + 100_000);
    // The page holds the start of the text and the first quotes of the panel.
    const html = await readFile(
      path.join(site.outDir, "articles/hearing/index.html"),
      "utf8",
    );
    expect(html).toContain("Statement 0 on the harbour");
    expect(html).toContain("The rest of this long article appears");
  });

  it("opens in Chromium with every quote marked, each reachable from the panel", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/articles/hearing/`);
    await page
      .getByRole("heading", {
        level: 1,
        name: "Hearing on the harbour plan, in full",
      })
      .waitFor();
    await page
      .locator(`mark#q-${QUOTES}`)
      .waitFor({ state: "attached", timeout: 60_000 });
    expect(await page.locator("article mark").count()).toBe(QUOTES);

    const panel = page.getByRole("complementary", {
      name: "Quotes and people",
    });
    expect(await panel.locator("blockquote").count()).toBe(40);
    await panel.getByRole("button", { name: "Show all 20,000 quotes" }).click();
    await panel
      .locator("blockquote")
      .nth(QUOTES - 1)
      .waitFor({ state: "attached", timeout: 90_000 });
    expect(await panel.locator("blockquote").count()).toBe(QUOTES);
    // The last one leads to its place in the text.
    await panel.locator(`a[href="#q-${QUOTES}"]`).click();
    await page.waitForURL(new RegExp(`#q-${QUOTES}$`));
  }, 180_000);
});
