import { sentenceEnd } from "./sentences.ts";

/** A first line up to this long is a fine title, whatever it looks like. */
const MAX_HEADLINE_LENGTH = 150;
/** Longest first sentence taken as a title; longer, the file name is. */
const MAX_TITLE_LENGTH = 200;

/** Quotation marks and brackets that may close a sentence after its full stop. */
const CLOSERS = `"'”’)]`;

/**
 * A title from a first line that is story text: its first sentence if that is short
 * enough (`Mr.`, `U.S.` do not end it), else the file name.
 * `"It rained all day. Then it stopped."` -> `It rained all day`.
 */
export function fallbackTitle(file: string, line: string): string {
  const text = line.trim();
  let end = sentenceEnd(text, 0, Math.min(text.length, MAX_TITLE_LENGTH + 1));
  // Closing marks after the stop belong to the sentence: `…said “no mas.”`.
  while (end < text.length && CLOSERS.includes(text.charAt(end))) end += 1;
  const sentence = text.slice(0, end).replace(/\.$/u, "").trim();
  if (sentence.length > 0 && sentence.length <= MAX_TITLE_LENGTH)
    return sentence;
  return file.replace(/\.txt$/iu, "").trim() || file;
}

/**
 * The title for a text whose first line is `line`: the line itself when it is a
 * headline, even as two sentences or story text (`Polls closed. Will Ruiz hold on
 * to the seat?`); a longer line is story text, titled by its first sentence or else the
 * file name, with a note saying which (`no title line: title taken from the file name`).
 */
export function chooseTitle(
  file: string,
  line: string,
): { title: string; note?: string } {
  const sentence = fallbackTitle(file, line);
  if (line.length <= MAX_HEADLINE_LENGTH || isWholeLine(sentence, line))
    return { title: line };
  return {
    title: sentence,
    note: line.startsWith(sentence)
      ? "no title line: title taken from the first sentence"
      : "no title line: title taken from the file name",
  };
}

/** Whether `sentence` is all of `line` but a final full stop. */
function isWholeLine(sentence: string, line: string): boolean {
  return sentence === line || `${sentence}.` === line;
}
