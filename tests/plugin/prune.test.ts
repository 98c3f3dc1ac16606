import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pruneStale } from "../../src/plugin/prune.ts";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "prune-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);

describe("pruneStale", () => {
  it("deletes the other entries nothing touched for a day, files and folders", async () => {
    await mkdir(path.join(dir, "old-folder"));
    await writeFile(path.join(dir, "old-folder", "entry-server.js"), "x");
    await writeFile(path.join(dir, "old-file.js"), "x");
    await writeFile(path.join(dir, "recent-file.js"), "x");
    await writeFile(path.join(dir, "current.js"), "x");
    for (const name of ["old-folder", "old-file.js", "current.js"])
      await utimes(path.join(dir, name), twoDaysAgo, twoDaysAgo);

    pruneStale(dir, (name) => name !== "current.js");

    expect(existsSync(path.join(dir, "old-folder"))).toBe(false);
    expect(existsSync(path.join(dir, "old-file.js"))).toBe(false);
    // Recently used by another build, or this build's own: kept.
    expect(existsSync(path.join(dir, "recent-file.js"))).toBe(true);
    expect(existsSync(path.join(dir, "current.js"))).toBe(true);
  });

  it("does nothing for a folder that is not there", () => {
    expect(() =>
      pruneStale(path.join(dir, "missing"), () => true),
    ).not.toThrow();
  });
});
