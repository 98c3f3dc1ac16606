import { cp, mkdtemp, readdir, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticle } from "../../bench/generate.ts";
import { launchChromium } from "../../scripts/chromium.ts";
import {
  SEEDS_DIR,
  buildSite,
  serveStatic,
  type StaticServer,
  SEED_SLUG,
} from "../support/site.ts";

/**
 * Redeploys into the folder a live server serves, as a host would, and checks what a
 * reader who has the site installed (its service worker running) sees: what is
 * published now, and an offer to reload into the new version.
 */
const retracted = generateArticle(5, 9);
const folders: string[] = [];
let seedsDir: string;
let outDir: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let slug: string;

const url = (route: string): string => `${server.origin}/${route}`;

async function build(): Promise<void> {
  await buildSite({
    seedsDir,
    outDir,
    env: { QUOTE_READER_CACHE: path.join(outDir, "..", "cache") },
  });
}

/** Waits until the page is controlled by a service worker (its first load is not). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (await page.evaluate(() => navigator.serviceWorker.controller === null)) {
    await page.reload();
    await page.waitForFunction(
      () => navigator.serviceWorker.controller !== null,
    );
  }
}

beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), "updates-"));
  folders.push(root);
  seedsDir = path.join(root, "seeds");
  outDir = path.join(root, "site");
  await cp(SEEDS_DIR, seedsDir, { recursive: true });
  await writeFile(path.join(seedsDir, retracted.name), retracted.text);
  await build();
  slug =
    (await readdir(path.join(outDir, "articles"))).find(
      (name) => name !== SEED_SLUG,
    ) ?? "";
  server = await serveStatic(outDir, "/", true);
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  for (const folder of folders)
    await rm(folder, { recursive: true, force: true });
});

describe("a redeploy, for a reader with the site installed", () => {
  it("shows what is published now, and offers to reload into the new version", async () => {
    expect(slug).not.toBe("");
    const title = retracted.text.split("\n")[0] as string;
    // A returning reader: the site installed and the article read (so the worker keeps
    // its page and data)…
    const reader = await context.newPage();
    await reader.goto(url(""));
    await controlled(reader);
    await reader.getByRole("link", { name: title }).click();
    await reader.getByRole("heading", { level: 1, name: title }).waitFor();
    await reader.close();
    // …and the list open in a tab.
    const tab = await context.newPage();
    await tab.goto(url(""));
    await tab.getByRole("link", { name: title }).waitFor();

    // The article is retracted and the site deployed again.
    await unlink(path.join(seedsDir, retracted.name));
    await build();

    // The open tab learns of the new version and offers to reload into it.
    await tab.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    const bar = tab.getByRole("status").filter({
      hasText: "A new version of this site is available.",
    });
    await bar.waitFor();
    // Before reloading, the stale list's link leads to no article.
    await tab.getByRole("link", { name: title }).click();
    await tab
      .getByRole("heading", { level: 1, name: "Page not found" })
      .waitFor();
    await tab.getByRole("button", { name: "Reload" }).click();
    await tab.waitForEvent("load");
    await tab.getByRole("heading", { level: 1 }).first().waitFor();
    expect(
      await tab.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return {
          waiting: registration.waiting !== null,
          controlled: navigator.serviceWorker.controller !== null,
        };
      }),
    ).toEqual({ waiting: false, controlled: true });

    // The home page, fetched through the worker while online, no longer lists it…
    const home = await context.newPage();
    await home.goto(url(""));
    await home.getByRole("heading", { level: 1, name: "Articles" }).waitFor();
    expect(await home.getByRole("link", { name: title }).count()).toBe(0);
    // …and its address answers that there is no such page.
    const direct = await home.goto(url(`articles/${slug}/`));
    expect(direct?.status()).toBe(404);
    await home
      .getByRole("heading", { level: 1, name: "Page not found" })
      .waitFor();
  });

  it("says offline that an article never opened is not saved, not that it is missing", async () => {
    const page = await context.newPage();
    await page.goto(url(""));
    await controlled(page);
    server.setOffline(true);
    try {
      await page
        .getByRole("link", { name: /Putin blames US/ })
        .first()
        .click();
      await page
        .getByRole("heading", {
          level: 1,
          name: "Not saved for offline reading",
        })
        .waitFor();
    } finally {
      server.setOffline(false);
    }
  });
});
