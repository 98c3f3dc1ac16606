import { describe, expect, it } from "vitest";
import { splitBlocks } from "../../src/extract/blocks.ts";

function describeBlocks(text: string) {
  const b = splitBlocks(text);
  const s = (span: { start: number; end: number } | null) =>
    span ? text.slice(span.start, span.end) : null;
  return {
    title: s(b.title),
    standfirst: s(b.standfirst),
    byline: s(b.byline),
    paragraphs: b.paragraphs.map(s),
    relatedLinks: b.relatedLinks.map(s),
    furniture: b.furniture.map(s),
  };
}

describe("splitBlocks", () => {
  const table: [string, string, Partial<ReturnType<typeof describeBlocks>>][] =
    [
      [
        "title, standfirst, byline, body",
        "Dam opens\n\nA dek line.\n\nBy Jo Roe\n\nFirst.\n\nSecond.",
        {
          title: "Dam opens",
          standfirst: "A dek line.",
          byline: "Jo Roe",
          paragraphs: ["First.", "Second."],
        },
      ],
      [
        "no byline: no standfirst guessed",
        "Dam opens\n\nFirst paragraph.\n\nSecond.",
        {
          standfirst: null,
          byline: null,
          paragraphs: ["First paragraph.", "Second."],
        },
      ],
      [
        "byline with agency and two names",
        "T\n\nBy Jo Roe and Al Poe, The Canadian Press\n\nBody.",
        {
          byline: "Jo Roe and Al Poe, The Canadian Press",
          paragraphs: ["Body."],
        },
      ],
      [
        "a body sentence starting with By is not a byline",
        "T\n\nBy the end of the day, the dam had opened.",
        {
          byline: null,
          paragraphs: ["By the end of the day, the dam had opened."],
        },
      ],
      [
        "related link with a quoted headline (two spaces after Read)",
        "T\n\nBody.\n\nRead  'We want peace' - Officials meet in Oslo\n\nMore body.",
        {
          relatedLinks: ["Read  'We want peace' - Officials meet in Oslo"],
          paragraphs: ["Body.", "More body."],
        },
      ],
      [
        "READ MORE line",
        "T\n\nREAD MORE: Dam opens after years of delay\n\nBody.",
        {
          relatedLinks: ["READ MORE: Dam opens after years of delay"],
          paragraphs: ["Body."],
        },
      ],
      [
        "a sentence starting with More is body",
        "T\n\nMore than 20 people were hurt.",
        { relatedLinks: [], paragraphs: ["More than 20 people were hurt."] },
      ],
      [
        "photo credit, agency line and 'with files from' are furniture",
        "T\n\nPhoto: Jo Roe/Reuters\n\nTHE CANADIAN PRESS\n\nBody.\n\nWith files from CTV's Al Poe",
        {
          furniture: [
            "Photo: Jo Roe/Reuters",
            "THE CANADIAN PRESS",
            "With files from CTV's Al Poe",
          ],
          paragraphs: ["Body."],
        },
      ],
      [
        "caption ending in a credit",
        "T\n\nThe mayor speaks in Halifax on Monday. (Photo: Jo Roe)\n\nBody.",
        { paragraphs: ["Body."] },
      ],
      [
        "embedded tweet markup",
        'T\n\n<tweet id="1" author="@jo">Hi</tweet>.\n\nBody.',
        { paragraphs: ["Body."] },
      ],
      [
        "CRLF-free text with spaces around lines is trimmed",
        "  T  \n\n   Body.   ",
        { title: "T", paragraphs: ["Body."] },
      ],
      ["empty text", "", { title: null, paragraphs: [] }],
      [
        "a first line that is story text is also the first paragraph",
        "OTTAWA — Foreign Minister Jo Roe says Canada asked China to spare the man.\n\nMore.",
        {
          title:
            "OTTAWA — Foreign Minister Jo Roe says Canada asked China to spare the man.",
          paragraphs: [
            "OTTAWA — Foreign Minister Jo Roe says Canada asked China to spare the man.",
            "More.",
          ],
        },
      ],
      [
        "a credit line as the first line is the title but names nobody",
        "Adam Stanley, The Canadian Press\n\nBody.",
        {
          title: "Adam Stanley, The Canadian Press",
          furniture: ["Adam Stanley, The Canadian Press"],
        },
      ],
    ];
  it.each(table)("%s", (_name, input, expected) => {
    expect(describeBlocks(input)).toMatchObject(expected);
  });
});
