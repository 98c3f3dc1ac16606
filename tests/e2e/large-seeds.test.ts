import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildReport } from "../../src/plugin/report.ts";
import { buildSite } from "../support/site.ts";

/**
 * Seeds near and over the size limit: a 25 MB transcript builds with the build's heap
 * held to 1.5 GB, and a 50 MB one is skipped with its size named, never a crash.
 * (Peak memory of the whole build, threads included, is in docs/benchmarks.md.)
 */
let root: string;

/** A transcript of about `megabytes` MB: one quote with its speaker a paragraph. */
function transcript(megabytes: number): string {
  const names = ["Ana Ruiz", "Kofi Mensah", "Lena Ortiz", "Ivo Marsh"];
  const lines = ["A very long record", "Everything said.", "By Staff"];
  let size = 0;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const line = `“Statement ${i} on the harbour, the budget, the vote that comes next week and what the council owes the people who live and work by the water,” ${names[i % names.length]} said on day ${(i % 3) + 1}.`;
    lines.push(line);
    size += line.length + 2;
  }
  return lines.join("\n\n");
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "large-seeds-"));
  await mkdir(path.join(root, "seeds"));
  await writeFile(path.join(root, "seeds", "transcript.txt"), transcript(25));
  await writeFile(path.join(root, "seeds", "archive.txt"), transcript(50));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("large seeds", () => {
  it("builds 25 MB within a 1.5 GB heap, and skips 50 MB with its size", async () => {
    const site = await buildSite({
      seedsDir: path.join(root, "seeds"),
      outDir: path.join(root, "site"),
      env: {
        QUOTE_READER_CACHE: path.join(root, "cache"),
        NODE_OPTIONS: "--max-old-space-size=1536",
      },
    });
    const report = JSON.parse(
      await readFile(path.join(site.outDir, "build-report.json"), "utf8"),
    ) as BuildReport;
    expect(report.articles.map((read) => read.file)).toEqual([
      "transcript.txt",
    ]);
    expect(report.skipped).toEqual([
      {
        file: "archive.txt",
        reason: expect.stringMatching(
          /^is too large \(4\d\.\d MB; the limit is 30\.0 MB\)$/,
        ) as unknown,
      },
    ]);
    expect(site.stdout + site.stderr).toContain('"archive.txt" skipped');
  }, 120_000);
});
