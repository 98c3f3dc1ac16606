import { describe, expect, it } from "vitest";
import { parseExcerpt } from "../../src/app/excerpt.ts";

describe("parseExcerpt", () => {
  it.each([
    ["plain text", "no match here", [{ text: "no match here", match: false }]],
    [
      "marked words",
      "we are <mark>extremely</mark> <mark>concerned</mark> about",
      [
        { text: "we are ", match: false },
        { text: "extremely", match: true },
        { text: " ", match: false },
        { text: "concerned", match: true },
        { text: " about", match: false },
      ],
    ],
    [
      "escaped markup stays text",
      "a &lt;script&gt;alert(1)&lt;/script&gt; b",
      [{ text: "a <script>alert(1)</script> b", match: false }],
    ],
    [
      "stray tags lose their markup, keep their text",
      "x <img src=y onerror=alert(1)>z",
      [
        { text: "x ", match: false },
        { text: "", match: false },
        { text: "z", match: false },
      ],
    ],
  ])("%s", (_case, html, expected) => {
    expect(parseExcerpt(html)).toEqual(expected);
  });
});
