import { describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/build/workers/pool.ts";

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
});
