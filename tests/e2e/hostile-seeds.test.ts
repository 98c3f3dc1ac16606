import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from "node:fs/promises";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.ts";
import { waitForHydration } from "../support/hydration.ts";
import type { BuildReport } from "../../src/plugin/report.ts";
import {
  entryNames,
  type HostileSeeds,
  writeHostileSeeds,
  XSS,
} from "../support/hostile-seeds.ts";
import {
  type BuiltSite,
  buildSite,
  serveStatic,
  type StaticServer,
} from "../support/site.ts";

/**
 * A seeds folder of everything that can go wrong (odd encodings, odd names, a 10 MB
 * article, binaries, links out of the folder, script in titles and text), built as a
 * user would and read in Chromium: every article reads with its quotes, the report
 * lists exactly the skipped files, and nothing from the content ever runs.
 */

const BASE = "/hostile/";

let root: string;
let seedsDir: string;
let expected: HostileSeeds;
let site: BuiltSite;
let report: BuildReport;
let server: StaticServer;
let browser: Browser;

/** What a page did that it must not: dialogs, CSP violations, errors, outside requests. */
interface Incidents {
  dialogs: string[];
  violations: string[];
  errors: string[];
  external: string[];
}

async function openPage(): Promise<{ page: Page; incidents: Incidents }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const incidents: Incidents = {
    dialogs: [],
    violations: [],
    errors: [],
    external: [],
  };
  page.on("dialog", (dialog) => {
    incidents.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") incidents.errors.push(message.text());
  });
  page.on("pageerror", (error) => incidents.errors.push(error.message));
  page.on("request", (request) => {
    if (!request.url().startsWith(server.origin))
      incidents.external.push(request.url());
  });
  // Not subject to the page's CSP: it records the policy's own reports.
  await page.exposeFunction("__reportViolation", (line: string) => {
    incidents.violations.push(line);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      void (
        window as unknown as { __reportViolation: (line: string) => void }
      ).__reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, incidents };
}

/** Collapses runs of whitespace, as the page's text does in `innerText`. */
const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Things hostile text would leave in the DOM had it become markup. */
const ROOT = path.resolve(import.meta.dirname, "../..");

/** The inline scripts the app's own template holds (the theme's): not injected. */
const TEMPLATE_SCRIPTS = [
  ...readFileSync(path.join(ROOT, "index.html"), "utf8").matchAll(
    /<script>([\s\S]*?)<\/script>/g,
  ),
].map((m) => m[1]!);

async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(
    ([origin, templateScripts]) => {
      const found: string[] = [];
      // The page's structured data: one data block in the head, whole JSON.
      const parses = (text: string): boolean => {
        try {
          JSON.parse(text);
          return true;
        } catch {
          return false;
        }
      };
      const data = document.querySelectorAll(
        'script[type="application/ld+json"]',
      );
      for (const script of document.querySelectorAll("script")) {
        const own =
          script.src.startsWith(origin) ||
          (!script.src &&
            !script.type &&
            script.parentElement === document.head &&
            templateScripts.includes(script.textContent ?? "")) ||
          script.type === "application/json" ||
          (script.type === "application/ld+json" &&
            data.length === 1 &&
            script.parentElement === document.head &&
            parses(script.textContent ?? ""));
        if (!own)
          found.push(
            `script ${script.src || script.textContent?.slice(0, 40)}`,
          );
      }
      for (const image of document.querySelectorAll("img[src='x']"))
        found.push(`img ${image.outerHTML}`);
      for (const link of document.querySelectorAll("a[href]")) {
        const href = link.getAttribute("href") ?? "";
        if (/^\s*javascript:/i.test(href)) found.push(`link ${href}`);
      }
      for (const bold of document.querySelectorAll("b")) {
        if (bold.textContent === "Bo Ek") found.push(`b ${bold.outerHTML}`);
      }
      return found;
    },
    [server.origin, TEMPLATE_SCRIPTS] as const,
  );
}

function expectClean(incidents: Incidents, where: string): void {
  expect(incidents.dialogs, `${where}: dialogs`).toEqual([]);
  expect(incidents.violations, `${where}: CSP violations`).toEqual([]);
  expect(incidents.errors, `${where}: console errors`).toEqual([]);
  expect(incidents.external, `${where}: outside requests`).toEqual([]);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "hostile-seeds-"));
  seedsDir = path.join(root, "seeds");
  await mkdir(seedsDir);
  await writeFile(
    path.join(root, "outside.txt"),
    "Outside\n\nNot an article of ours.",
  );
  expected = await writeHostileSeeds(seedsDir, {
    outside: path.join(root, "outside.txt"),
    huge: true,
  });
  site = await buildSite({ seedsDir, basePath: BASE });
  report = JSON.parse(
    await readFile(path.join(site.outDir, "build-report.json"), "utf8"),
  ) as BuildReport;
  server = await serveStatic(site.outDir, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
  if (site) await rm(site.outDir, { recursive: true, force: true });
});

describe("a hostile seeds folder", () => {
  it("builds, and the report accounts for every file: an article or a skipped line", async () => {
    const entries = await entryNames(seedsDir);
    expect(report.filesRead).toBe(entries.length);
    expect(
      [
        ...report.articles.map((read) => read.file),
        ...report.skipped.map((skip) => skip.file),
      ].sort(),
    ).toEqual(entries);
    expect(report.articles.map((read) => read.file).sort()).toEqual(
      expected.articles.map((article) => article.file).sort(),
    );
  });

  it("lists exactly the skipped files, each with its reason, in the report and the log", () => {
    expect(report.skipped.map((skip) => skip.file).sort()).toEqual(
      expected.skipped.map((skip) => skip.file).sort(),
    );
    const log = site.stdout + site.stderr;
    expect(log).toContain(
      `${report.filesRead} files read, ${report.articlesBuilt} articles built, ${report.skipped.length} skipped.`,
    );
    for (const { file, reason } of expected.skipped) {
      const skip = report.skipped.find((candidate) => candidate.file === file);
      expect(skip?.reason, file).toMatch(reason);
      expect(log).toContain(`${JSON.stringify(file)} skipped: ${skip?.reason}`);
    }
  });

  it("gives the same articles and skips from `npm run extract` as from the build", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [
        path.join(root, "node_modules/tsx/dist/cli.mjs"),
        path.join(root, "src/plugin/extract-cli.ts"),
        seedsDir,
      ],
      { maxBuffer: 256 * 1024 * 1024 },
    );
    const printed = JSON.parse(stdout) as {
      file: string;
      title: string;
      quotes: { text: string; speaker: string | null }[];
      people: { name: string }[];
    }[];
    const byFile = new Map(
      printed.map((article) => [path.basename(article.file), article]),
    );
    expect([...byFile.keys()].sort()).toEqual(
      report.articles.map((read) => read.file).sort(),
    );
    for (const read of report.articles) {
      const module = await readFile(
        path.join(site.outDir, "data/articles", `${read.slug}.js`),
        "utf8",
      );
      const built = JSON.parse(
        module.replace(/^export default /, "").replace(/;?\s*$/, ""),
      ) as {
        title: string;
        quotes: { text: string; speaker: string | null }[];
        people: { name: string }[];
      };
      const extracted = byFile.get(read.file);
      expect(extracted?.title, read.file).toBe(built.title);
      expect(
        extracted?.quotes.map((q) => [q.text, q.speaker]),
        read.file,
      ).toEqual(built.quotes.map((q) => [q.text, q.speaker]));
      expect(
        extracted?.people.map((p) => p.name),
        read.file,
      ).toEqual(built.people.map((p) => p.name));
    }
    for (const { file, reason } of report.skipped)
      expect(stderr).toContain(
        `${JSON.stringify(path.join(seedsDir, file))} skipped: ${reason}`,
      );
  });

  it("names no path outside the seeds folder in the published report", async () => {
    const published = await readFile(
      path.join(site.outDir, "build-report.json"),
      "utf8",
    );
    expect(published).not.toContain(root);
    expect(published).not.toContain(tmpdir());
  });

  it("fails only when the seeds folder itself cannot be read, naming its path", async () => {
    for (const [where, reason] of [
      [path.join(root, "no-such-folder"), "it does not exist"],
      [path.join(root, "outside.txt"), "it is not a folder"],
    ] as const) {
      const error = (await buildSite({ seedsDir: where }).then(
        () => null,
        (caught: unknown) => caught,
      )) as { code?: number; stderr?: string } | null;
      expect(error?.code, where).toBe(1);
      expect(error?.stderr).toContain(
        `Cannot read the seeds folder ${where}: ${reason}`,
      );
    }
  }, 180_000);

  it("puts the Content-Security-Policy on every page, before any script or style", async () => {
    const html = await readFile(path.join(site.outDir, "index.html"), "utf8");
    const csp = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(csp).toBeGreaterThan(0);
    expect(csp).toBeLessThan(html.search(/<script|<link rel="stylesheet"/));
    expect(html).toContain("script-src 'self'");
  });

  it("shows hostile text as text in the prerendered HTML, title and meta", async () => {
    const slug = report.articles.find((read) =>
      read.file.startsWith("<img"),
    )?.slug;
    const html = await readFile(
      path.join(site.outDir, "articles", slug ?? "", "index.html"),
      "utf8",
    );
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain(
      "<title>&lt;script&gt;alert(&quot;script&quot;)&lt;/script&gt;",
    );
    expect(head).not.toMatch(/<script>alert|<img src=x/);
    const body = html.slice(html.indexOf("<body>"));
    expect(body).not.toMatch(/<script>alert|<img src=x|<\/script><script>/);
    expect(body).toContain("&lt;img src=x onerror=alert(&quot;img&quot;)&gt;");
  });

  it("reads every article in Chromium with its title and quotes, and runs nothing from it", async () => {
    const { page, incidents } = await openPage();
    for (const article of expected.articles) {
      const slug = report.articles.find(
        (read) => read.file === article.file,
      )?.slug;
      expect(slug, article.file).toMatch(/^[a-z0-9-]+$/);
      const response = await page.goto(
        `${server.origin}${BASE}articles/${slug}/`,
        {
          timeout: 60_000,
        },
      );
      expect(response?.status(), article.file).toBe(200);
      await waitForHydration(page);
      const seen = await page.evaluate(() => ({
        heading: document.querySelector("h1")?.textContent ?? "",
        title: document.title,
        marks: [...document.querySelectorAll("article mark")].map(
          (mark) => mark.firstChild?.textContent ?? "",
        ),
      }));
      expect(squash(seen.heading), article.file).toBe(squash(article.title));
      expect(
        squash(seen.title).startsWith(squash(article.title)),
        article.file,
      ).toBe(true);
      for (const quote of article.quotes)
        expect(seen.marks, article.file).toContain(quote);
      expect(await injectedMarkup(page), article.file).toEqual([]);
    }
    expectClean(incidents, "articles");
  }, 180_000);

  it("serves every other page (list pages, speakers, 404) under the policy without a violation", async () => {
    const pages = (await readdir(site.outDir, { recursive: true }))
      .filter(
        (file) => file.endsWith("index.html") && !file.startsWith("articles"),
      )
      .map((file) => file.slice(0, -"index.html".length));
    expect(pages).toContain("speakers/");
    const { page, incidents } = await openPage();
    for (const route of [...pages, "no-such-page/"]) {
      const response = await page.goto(`${server.origin}${BASE}${route}`);
      expect(response?.status(), route).toBe(
        route === "no-such-page/" ? 404 : 200,
      );
      await waitForHydration(page);
      expect(await injectedMarkup(page), route).toEqual([]);
    }
    // The unknown page's own 404 status is logged as an error: that one is expected.
    const notFound = incidents.errors.indexOf(
      "Failed to load resource: the server responded with a status of 404 (Not Found)",
    );
    if (notFound !== -1) incidents.errors.splice(notFound, 1);
    expectClean(incidents, "other pages");
  }, 180_000);

  it("blocks an inline script that did get into a page, and the check sees it", async () => {
    const { page, incidents } = await openPage();
    await page.goto(`${server.origin}${BASE}`);
    await waitForHydration(page);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = 'alert("inline")';
      document.body.append(script);
    });
    await expect.poll(() => incidents.violations.length).toBeGreaterThan(0);
    expect(incidents.violations[0]).toMatch(/^script-src/);
    expect(incidents.dialogs).toEqual([]);
  });

  it("keeps hostile titles as text on the list and after client-side navigation", async () => {
    const { page, incidents } = await openPage();
    await page.goto(`${server.origin}${BASE}`);
    await waitForHydration(page);
    let link = page.getByRole("link", { name: XSS, exact: true });
    if ((await link.count()) === 0) {
      await page.goto(`${server.origin}${BASE}page/2/`);
      await waitForHydration(page);
      link = page.getByRole("link", { name: XSS, exact: true });
    }
    expect(await injectedMarkup(page)).toEqual([]);
    await link.first().click();
    await page
      .getByRole("heading", { level: 1, name: XSS, exact: true })
      .waitFor();
    await page.waitForFunction((xss) => document.title.startsWith(xss), XSS);
    expect(await injectedMarkup(page)).toEqual([]);
    expectClean(incidents, "list");
  });
});
