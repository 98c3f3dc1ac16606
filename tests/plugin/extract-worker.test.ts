import { describe, expect, it } from "vitest";
import {
  handle,
  init,
  parseStoredResult,
} from "../../src/plugin/workers/extract-worker.ts";

const text = (day: string): string =>
  `Ferry fares rise\n\nBy A Reporter\n\n"Fares go up on ${day}," said Ana Diaz, the port's director.\n`;

describe("extraction thread", () => {
  it("takes seeds off the shared counter until none are left", () => {
    const jobs = ["Monday", "Tuesday", "Wednesday", "Thursday"].map(
      (day, index) => ({
        file: `${index}.txt`,
        slug: String(index),
        text: text(day),
      }),
    );
    const next = new Int32Array(new SharedArrayBuffer(4));
    // Another thread took the first seed already.
    Atomics.store(next, 0, 1);
    init({ jobs, next });
    const first = handle(2);
    expect(first.map(([index]) => index)).toEqual([1, 2]);
    expect(parseStoredResult(first[0]![1]!)?.article.text).toContain("Tuesday");
    expect(handle(5).map(([index]) => index)).toEqual([3]);
    expect(handle(5)).toEqual([]);
  });
});
