import { describe, expect, it } from "vitest";
import { plural } from "../../src/model/format.ts";

describe("plural", () => {
  it("says one thing in the singular and groups the thousands of large counts", () => {
    expect(plural(1, "article")).toBe("1 article");
    expect(plural(0, "article")).toBe("0 articles");
    expect(plural(10000, "article")).toBe("10,000 articles");
    expect(plural(1234567, "quote")).toBe("1,234,567 quotes");
    expect(plural(2, "article has", "articles have")).toBe("2 articles have");
  });
});
