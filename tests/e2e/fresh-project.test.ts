import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../support/site.ts";

/**
 * `quoteReader()` in a project of its own, as the README shows it: a folder holding a
 * Vite config that imports the plugin, and its seeds; no page, no app code, no public
 * files. Vite is its own (here a link to this project's, as `npm install vite` would
 * give); the build runs through Vite's JavaScript API, as `vite build` does.
 */
const run = promisify(execFile);
const PLUGIN = path.resolve(
  import.meta.dirname,
  "../../src/plugin/quote-reader-plugin.ts",
);
const VITE = path.resolve(import.meta.dirname, "../../node_modules/vite");

const SEEDS: Record<string, string> = {
  "Harbour Plan.txt": `Harbour wall to be rebuilt after years of delay

The council approved the plan on Tuesday night.

By Jo Roe | 12 March 2024

“We have waited ten years for this,” said Mayor Ana Lopez.

Work starts in the spring.
`,
  "Ferry Fares.txt": `Ferry fares to rise in May

Operators blame fuel costs.

By Sam Reed | 2 April 2024

“Nobody wants to pay more, but the fuel bill has doubled,” said Tom Berg, the operator's chief executive.
`,
};

let project: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), "quote-reader-project-"));
  await mkdir(path.join(project, "seeds"));
  for (const [name, text] of Object.entries(SEEDS))
    await writeFile(path.join(project, "seeds", name), text);
  await writeFile(
    path.join(project, "vite.config.ts"),
    `import { defineConfig } from "vite";
import { quoteReader } from ${JSON.stringify(PLUGIN)};

export default defineConfig({
  plugins: [quoteReader({ base: "/news/" })],
});
`,
  );
  // An ES module project, as \`npm create vite\` makes.
  await writeFile(path.join(project, "package.json"), '{ "type": "module" }\n');
  await mkdir(path.join(project, "node_modules"));
  await symlink(VITE, path.join(project, "node_modules/vite"), "dir");
  await writeFile(
    path.join(project, "build.js"),
    `import { createBuilder } from "vite";

const builder = await createBuilder();
await builder.buildApp();
`,
  );
  await run(process.execPath, ["build.js"], {
    cwd: project,
    // As `npm run build` would: vitest sets NODE_ENV=test, which would give React dev JSX.
    env: { ...process.env, NODE_ENV: "production" },
    maxBuffer: 64 * 1024 * 1024,
  });
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe("the plugin in a fresh Vite project", () => {
  it("builds a page and a data module for each of its seeds", () => {
    const dist = path.join(project, "dist");
    for (const slug of ["harbour-plan", "ferry-fares"]) {
      expect(existsSync(path.join(dist, `articles/${slug}/index.html`))).toBe(
        true,
      );
      expect(existsSync(path.join(dist, `data/articles/${slug}.js`))).toBe(
        true,
      );
    }
    expect(existsSync(path.join(dist, "speakers/ana-lopez/index.html"))).toBe(
      true,
    );
  });

  it("serves the article with its title and its quote marked, under the base path", async () => {
    const server = await serveStatic(path.join(project, "dist"), "/news/");
    try {
      const home = await (await fetch(`${server.origin}/news/`)).text();
      expect(home).toContain("Harbour wall to be rebuilt after years of delay");
      expect(home).toContain("Ferry fares to rise in May");

      const response = await fetch(
        `${server.origin}/news/articles/harbour-plan/`,
      );
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(page).toMatch(
        /<h1[^>]*>Harbour wall to be rebuilt after years of delay<\/h1>/,
      );
      // The quote is marked, with its speaker in the mark's tooltip.
      expect(page).toMatch(
        /<mark[^>]*>We have waited ten years for this,<span role="tooltip"[^>]*>Ana Lopez<\/span><\/mark>/,
      );
    } finally {
      await server.close();
    }
  });
});
