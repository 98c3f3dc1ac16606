import { describe, expect, it } from "vitest";
import { splitBlocks } from "../../src/extract/blocks.ts";
import { findQuotes } from "../../src/extract/quotes.ts";

function quotesOf(body: string) {
  const text = `Title\n\n${body}`;
  const blocks = splitBlocks(text);
  return findQuotes(text, blocks.paragraphs)
    .filter((q) => q.reported)
    .map((q) => text.slice(q.start, q.end));
}

describe("findQuotes", () => {
  const table: [string, string, string[]][] = [
    [
      "curly quote with attribution",
      "“We are ready,” Jo Roe said.",
      ["We are ready,"],
    ],
    ["straight quotes", '"We are ready," Jo Roe said.', ["We are ready,"]],
    [
      "split by its attribution gives two",
      "“A is here,” he said, “and B is too.”",
      ["A is here,", "and B is too."],
    ],
    [
      "single quotes nested inside stay inside",
      "“He said ‘no way’ to me,” she said.",
      ["He said ‘no way’ to me,"],
    ],
    [
      "apostrophes are not marks",
      "Hamas’ attack, the ’90s and don’t: “It’s over,” he said.",
      ["It’s over,"],
    ],
    [
      "a closing glyph and a space opening a paragraph still open",
      "The paper wrote back.\n\n” … if the mayor can visit, then surely she can too,” it read.",
      ["… if the mayor can visit, then surely she can too,"],
    ],
    [
      "a headline credited to its author is a title",
      "NOW OPEN—“Pop-up art show takes on the changing neighbourhood,” by the Gazette’s Jo Roe: “Curators of a new show want to face the fears.”",
      ["Curators of a new show want to face the fears."],
    ],
    [
      "two apostrophes close a quote left open",
      "The board said these steps \"would not have been enough'' for his release, and more words follow here.",
      ["would not have been enough"],
    ],
    [
      "a show before its cast is a title",
      "“Orange is the New Black” star Jo Roe opened up, and the “Avatar” actor agreed, she said.",
      [],
    ],
    [
      "a nickname inside a name is no quote",
      "A runoff with Jesus “Chuy” Garcia, a commissioner, was bitter, he said.",
      [],
    ],
    [
      "markup attribute values are no quotes, even unclosed",
      '<tweet tweet-date="January 19, 2016\n\n">I love the show and I said so at length today.',
      [],
    ],
    [
      "nested double quotes stay inside",
      "“They moan about “amateurs” setting a test,” he said.",
      ["They moan about “amateurs” setting a test,"],
    ],
    [
      "unclosed mark stops at its paragraph",
      "“This never closes, he said.\n\nNext paragraph.",
      ["This never closes, he said."],
    ],
    [
      "multi-paragraph quote: one per paragraph",
      "“First part of it.\n\n“Second part of it,” she said.",
      ["First part of it.", "Second part of it,"],
    ],
    [
      "wrong-way opening glyph at a paragraph's start",
      "”Fear is real here today,” she said.",
      ["Fear is real here today,"],
    ],
    [
      "wrong-way closing glyph",
      "“It will be close,“ said Jo Roe.",
      ["It will be close,"],
    ],
    [
      "scare quote nobody says is dropped",
      "They were a “normal” couple by then.",
      [],
    ],
    [
      "short fragment with a speech verb is kept",
      "Trudeau said he was “very concerned” by it.",
      ["very concerned"],
    ],
    [
      "title of a work is dropped",
      "They went to see “The Match” in Las Vegas.",
      [],
    ],
    [
      "a show after an outlet's name is no quote",
      "“We will win,” she said on MSNBC’s “Morning Joe” today.",
      ["We will win,"],
    ],
    [
      "a markup attribute value is no quote",
      'It read <b title="Hello there">.',
      [],
    ],
    ["empty marks give nothing", "He said “” and left.", []],
    ["quote marks alone", '"""""', []],
  ];
  it.each(table)("%s", (_name, input, expected) => {
    expect(quotesOf(input)).toEqual(expected);
  });

  it("marks a continued paragraph and a partial fragment", () => {
    const text =
      "T\n\n“One and two.\n\n“Three,” she said.\n\nThe Kremlin bemoaned the “catastrophic rise in deaths,” it said.";
    const q = findQuotes(text, splitBlocks(text).paragraphs);
    expect(q.map((s) => s.continuesPrevious)).toEqual([false, true, false]);
    expect(q.map((s) => s.kind)).toEqual(["full", "full", "partial"]);
  });
});
