import { existsSync } from "node:fs";
import {
  mkdir,
  mkdtemp,
  readdir,
  rm,
  utimes,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BUNDLE_DIR, WorkerPool } from "../../src/plugin/workers/pool.ts";

const ECHO = new URL("./fixtures/echo-worker.ts", import.meta.url);
const WARM = new URL("./fixtures/warm-module.mjs", import.meta.url).href;

describe("WorkerPool", () => {
  it("starts threads with their data and answers calls", async () => {
    const pool = new WorkerPool<number, [unknown, number, boolean]>(ECHO, 2, {
      site: "a",
    });
    try {
      await expect(pool.run(21)).resolves.toEqual([{ site: "a" }, 42, false]);
    } finally {
      await pool.close();
    }
  }, 20_000);

  it("starts threads before their data, loading named modules meanwhile", async () => {
    const pool = new WorkerPool<number, [unknown, number, boolean]>(
      ECHO,
      2,
      undefined,
      { lateInit: true, warm: [WARM] },
    );
    try {
      await pool.initAll({ site: "b" });
      const results = await Promise.all([pool.run(1), pool.run(2)]);
      expect(results).toEqual([
        [{ site: "b" }, 2, true],
        [{ site: "b" }, 4, true],
      ]);
    } finally {
      await pool.close();
    }
  }, 20_000);

  it("reports a worker's error with the line of its TypeScript source", async () => {
    const pool = new WorkerPool<number, number>(ECHO, 1);
    try {
      // `handle(-1)` throws: the message names echo-worker.ts, not the bundle.
      await expect(pool.run(-1)).rejects.toThrow(/echo-worker\.ts:\d+:\d+/);
    } finally {
      await pool.close();
    }
  }, 20_000);

  it("deletes a day-old bundle of older code when it bundles new code", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pool-prune-"));
    const name = `probe${path.basename(dir).replace(/\W/g, "")}`;
    const old = path.join(BUNDLE_DIR, `${name}-older.mjs`);
    const recent = path.join(BUNDLE_DIR, `${name}-recent.mjs`);
    try {
      await mkdir(BUNDLE_DIR, { recursive: true });
      await writeFile(old, "");
      await writeFile(recent, "");
      const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
      await utimes(old, twoDaysAgo, twoDaysAgo);
      const entry = path.join(dir, `${name}.ts`);
      await writeFile(
        entry,
        "export function handle(n: number): number { return n + 1; }\n",
      );
      const pool = new WorkerPool<number, number>(pathToFileURL(entry), 1);
      try {
        await expect(pool.run(1)).resolves.toBe(2);
      } finally {
        await pool.close();
      }
      expect(existsSync(old)).toBe(false);
      // Another build may still start threads on a recent one.
      expect(existsSync(recent)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
      for (const file of await readdir(BUNDLE_DIR))
        if (file.startsWith(`${name}-`))
          await rm(path.join(BUNDLE_DIR, file), { force: true });
    }
  }, 20_000);
});
