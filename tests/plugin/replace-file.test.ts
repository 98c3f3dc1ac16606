import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { replaceFile } from "../../src/plugin/replace-file.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "replace-file-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("replaceFile", () => {
  it("replaces a file whole and leaves nothing else beside it", async () => {
    const target = path.join(dir, "manifest.json");
    await writeFile(target, "old");
    await replaceFile(target, "new");
    expect(await readFile(target, "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["manifest.json"]);
  });

  it("throws, leaving the old file and no temporary one, when it cannot rename", async () => {
    // A folder where the file should be: the rename fails.
    const target = path.join(dir, "taken");
    await writeFile(path.join(dir, "other"), "x");
    await mkdir(path.join(target, "inside"), { recursive: true });
    await expect(replaceFile(target, "new")).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(["other", "taken"]);
  });
});
