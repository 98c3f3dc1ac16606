import type { ExtractedArticle, Span } from "../model/article.ts";
import { splitBlocks, type Blocks } from "./blocks.ts";
import { articleDates } from "./dates.ts";
import { normalizeText } from "./normalize.ts";
import { findPeople } from "./people.ts";
import { plainArticle } from "./plain-article.ts";
import { findQuotes } from "./quotes.ts";
import { attributeSpeakers } from "./speakers.ts";
import { chooseTitle, fallbackTitle } from "./title.ts";
import { forgetLowerCases } from "./tokens.ts";

/**
 * Turns an article's text into structured data: blocks, quotes, speakers, people.
 * Pure: no DOM, no fs, no Vite. Never throws; linear in the length of the text.
 *
 * `extractArticle("Title\n\n“Hi,” Jo Roe said.")` -> one quote, speaker `Jo Roe`.
 */
export function extractArticle(raw: string): ExtractedArticle {
  // 1. Clean text: BOM, line endings, odd spaces. `\uFEFFA\r\nB` -> `A\nB`.
  const text = normalizeText(typeof raw === "string" ? raw : String(raw ?? ""));
  // 2. Lines: title, standfirst, byline, body paragraphs, related links, captions.
  const blocks = splitBlocks(text);
  // 3. Quotation spans in body paragraphs: `“A,” he said, “B.”` -> `A,` and `B.`.
  const spans = findQuotes(text, blocks.paragraphs);
  // 4. People named in title, standfirst and body, with roles and aliases.
  const found = findPeople(text, storyRegions(blocks));
  // 5. Who said each quote (cue, method), quote counts, the speaker list.
  const { quotes, people, speakers } = attributeSpeakers(
    text,
    blocks.paragraphs,
    spans,
    found,
  );
  // The stages cache lower-case words (slices of `text`); let go of them.
  forgetLowerCases();
  return {
    text,
    title: blocks.title ? text.slice(blocks.title.start, blocks.title.end) : "",
    standfirst: blocks.standfirst
      ? text.slice(blocks.standfirst.start, blocks.standfirst.end)
      : null,
    byline: blocks.byline
      ? text.slice(blocks.byline.start, blocks.byline.end)
      : null,
    // 6. The date lines' dates: `Published: 12 Oct 2023` -> `2023-10-12`.
    ...articleDates(blocks.dates),
    paragraphs: blocks.paragraphs,
    relatedLinks: blocks.relatedLinks,
    quotes,
    people,
    speakers,
    wordCount: countWords(text, blocks.paragraphs),
  };
}

/** A seed file's article as the reader shows it, and notes on how it was made. */
export interface TitledArticle {
  extracted: ExtractedArticle;
  /** `no title line: title taken from the file name`, `extraction failed (…)`. */
  notes: string[];
}

/**
 * {@link extractArticle} for a seed file (`file` is its name), titled as the reader
 * shows it. Never throws and never loses the text:
 *
 * - a text without a title line (its first line is too long for a headline) is
 *   titled by its first sentence, else its file name; if the extractor
 *   took that line for the title alone (not also as the first paragraph), the title is
 *   put on top as a line of its own and the text extracted again, so the whole line
 *   stays in the body;
 * - if extraction fails, the article is the text's lines, without quotes, and a note
 *   says why.
 *
 * A seed `Harbour Plan.txt` holding one 300-character line without a full stop is
 * titled `Harbour Plan`, with the note `no title line: title taken from the file name`.
 */
export function extractTitledArticle(raw: string, file: string): TitledArticle {
  const notes: string[] = [];
  const run = (text: string): ExtractedArticle => {
    try {
      return extractArticle(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      notes.push(`extraction failed (${reason}): shown without quotes`);
      return plainArticle(file, text);
    }
  };
  let extracted = run(raw);
  // The extractor keeps a first line that is story text as the first paragraph too.
  const firstLineAt = extracted.text.search(/\S/u);
  const story = extracted.paragraphs[0]?.start === firstLineAt;
  const { title, note } = chooseTitle(file, extracted.title);
  if (note !== undefined) {
    notes.push(note);
    if (!story) extracted = run(`${title}\n\n${raw}`);
  }
  return {
    extracted: {
      ...extracted,
      title: title || fallbackTitle(file, extracted.text),
    },
    notes: [...new Set(notes)],
  };
}

/**
 * Where people are named: title, standfirst, body. A credit-only title is left out, and
 * a title that is also the first paragraph is read once.
 */
function storyRegions(blocks: Blocks): Span[] {
  const { title, standfirst, paragraphs, furniture } = blocks;
  const head = [title, standfirst].filter(
    (span): span is Span =>
      span !== null && !furniture.includes(span) && !paragraphs.includes(span),
  );
  return [...head, ...paragraphs];
}

/** Words in the body paragraphs: runs of letters or digits (`don’t`, `1,200` count once). */
function countWords(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
): number {
  let count = 0;
  for (const p of paragraphs) {
    let inWord = false;
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      const space = c === 0x20 || c === 0x0a || c === 0x09;
      if (!space && !inWord) count++;
      inWord = !space;
    }
  }
  return count;
}
