import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { createLogger, createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { launchChromium } from "../../scripts/chromium.ts";

/**
 * `npm run dev` with a seed that cannot be used: the terminal and the page say which file
 * and why, the server keeps running, and fixing the file clears the warning without a
 * restart.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const GOOD =
  "Ferry fares rise\n\n“Nobody likes paying more,” Minister Ana Diaz said.\n";
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13,
]);

let seedsDir: string;
let server: ViteDevServer;
let browser: Browser;
let page: Page;
const terminal: string[] = [];

const banner = (p: Page) => p.locator("#quote-reader-seed-warnings");

beforeAll(async () => {
  seedsDir = await mkdtemp(path.join(tmpdir(), "dev-seeds-"));
  await writeFile(path.join(seedsDir, "ferry.txt"), GOOD);
  await writeFile(path.join(seedsDir, "bridge.txt"), PNG);
  const logger = createLogger("info");
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    terminal.push(message);
    warn(message, options);
  };
  // Under a sub-path, the harder case: the banner's URL must carry the base. Kept set
  // until the end: the server reloads its config when build code changes.
  vi.stubEnv("SEEDS_DIR", seedsDir);
  vi.stubEnv("BASE_PATH", "/news/");
  server = await createServer({
    root: ROOT,
    configFile: path.join(ROOT, "vite.config.ts"),
    customLogger: logger,
    server: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  await server.listen();
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  vi.unstubAllEnvs();
  if (seedsDir) await rm(seedsDir, { recursive: true, force: true });
});

describe("dev server with a bad seed", () => {
  it("warns in the terminal and on the page, and recovers when the file is fixed", async () => {
    const url = server.resolvedUrls?.local[0] ?? "";
    expect(url).toMatch(/\/news\/$/);
    const warning = `"bridge.txt" skipped: is not text: looks like a PNG image`;
    await expect
      .poll(() => terminal.join("\n"), { timeout: 10_000 })
      .toContain(warning);

    await page.goto(url);
    await banner(page).waitFor({ timeout: 30_000 });
    expect(await banner(page).innerText()).toContain(warning);
    await page.getByRole("heading", { name: "Ferry fares rise" }).waitFor();

    await writeFile(
      path.join(seedsDir, "bridge.txt"),
      "Bridge reopens\n\n“At last,” Mayor Tom Hale said.\n",
    );
    await page
      .getByRole("heading", { name: "Bridge reopens" })
      .waitFor({ timeout: 30_000 });
    await expect.poll(() => banner(page).count(), { timeout: 10_000 }).toBe(0);

    await writeFile(path.join(seedsDir, "ferry.txt"), "   \n");
    await banner(page).waitFor({ timeout: 30_000 });
    expect(await banner(page).innerText()).toContain(
      `"ferry.txt" skipped: contains only whitespace`,
    );
    await expect
      .poll(() => terminal.join("\n"), { timeout: 10_000 })
      .toContain(`"ferry.txt" skipped: contains only whitespace`);
  });
});
