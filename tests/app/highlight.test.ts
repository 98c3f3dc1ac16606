import { describe, expect, it } from "vitest";
import { highlight } from "../../src/app/highlight.ts";

const marked = (text: string, terms: string[], radius?: number): string =>
  highlight(text, terms, radius)
    .map((fragment) => (fragment.match ? `[${fragment.text}]` : fragment.text))
    .join("");

describe("highlight", () => {
  it.each([
    [
      "marks every matched word, whatever its case",
      "We are extremely concerned",
      ["concerned", "we"],
      "[We] are extremely [concerned]",
    ],
    [
      "leaves parts of longer words alone",
      "Peskov and Peskova",
      ["peskov"],
      "[Peskov] and Peskova",
    ],
    [
      "treats regex characters in terms literally",
      "a (b) c.d",
      ["(b)", "."],
      "a [(b)] c.d",
    ],
    [
      "marks words after an apostrophe",
      "Hamas’ attack",
      ["attack"],
      "Hamas’ [attack]",
    ],
    ["marks accented words", "José said", ["josé"], "[José] said"],
    [
      "shows the start when nothing matches",
      "Nothing here",
      ["absent"],
      "Nothing here",
    ],
  ])("%s", (_case, text, terms, expected) => {
    expect(marked(text, terms)).toBe(expected);
  });

  it("cuts a long text around the first match, with ellipses", () => {
    const text = `${"x ".repeat(100)}target${" y".repeat(100)}`;
    const result = marked(text, ["target"], 10);
    expect(result).toBe("…x x x x x [target] y y…");
  });

  it("regression: the first match is marked too (a global regex kept its lastIndex)", () => {
    expect(marked("concerned people", ["concerned"])).toBe(
      "[concerned] people",
    );
  });
});
