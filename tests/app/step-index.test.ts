import { describe, expect, it } from "vitest";
import { stepIndex } from "../../src/app/step-index.ts";

describe("stepIndex", () => {
  it.each([
    ["forward from nothing", -1, 1, 0],
    ["back from nothing", -1, -1, 4],
    ["forward", 1, 1, 2],
    ["forward from the last goes round", 4, 1, 0],
    ["back from the first goes round", 0, -1, 4],
  ] as const)("%s", (_name, current, step, expected) => {
    expect(stepIndex(current, step, 5)).toBe(expected);
  });
});
