import type { Article, Quote } from "../model/article.ts";

/** One piece of text handed to the speech synthesis, and the element it reads. */
export interface Utterance {
  text: string;
  /**
   * Id of the element highlighted while it is read: `p-3` (a paragraph), `q-2` (a
   * quote), {@link TITLE_ID} (the headline).
   */
  target: string;
}

/** The article's headline's id (ArticleHeader.tsx). */
export const TITLE_ID = "article-title";

/** A piece with no letter or digit (`“`, `,” `) is not worth an utterance. */
const SPEAKABLE = /[\p{L}\p{N}]/u;

/** `Dmitry Peskov said: We are extremely concerned`. */
function announced(quote: Quote): string {
  return quote.speaker ? `${quote.speaker} said: ${quote.text}` : quote.text;
}

/**
 * Whether a quote is read with its speaker announced: a whole quote that opens a run
 * (not a fragment inside a sentence, `called it “a welcome step”`, nor the second
 * paragraph of a quote).
 */
function announces(quote: Quote): boolean {
  return quote.kind === "full" && quote.continues === null;
}

/**
 * What reading the article aloud says, in order: the title, then each paragraph in
 * pieces, a whole quote announcing its speaker (`“We are concerned,” he said.` ->
 * `Dmitry Peskov said: We are concerned,`, then ` he said.`). With `quotes` given (one
 * speaker's, as the speaker filter shows them), those quotes only, each announced.
 */
export function readingScript(
  article: Pick<Article, "title" | "text" | "paragraphs" | "quotes">,
  quotes?: readonly Quote[],
): Utterance[] {
  if (quotes)
    return quotes.map((quote) => ({
      text: quote.continues === null ? announced(quote) : quote.text,
      target: quote.id,
    }));
  const script: Utterance[] = [{ text: article.title, target: TITLE_ID }];
  const byParagraph = new Map<number, Quote[]>();
  for (const quote of article.quotes)
    if (announces(quote))
      byParagraph.set(quote.paragraph, [
        ...(byParagraph.get(quote.paragraph) ?? []),
        quote,
      ]);
  article.paragraphs.forEach((span, index) => {
    const target = `p-${index}`;
    const say = (text: string): void => {
      if (SPEAKABLE.test(text)) script.push({ text: text.trim(), target });
    };
    let at = span.start;
    for (const quote of byParagraph.get(index) ?? []) {
      say(article.text.slice(at, quote.start));
      say(announced(quote));
      at = quote.end;
    }
    say(article.text.slice(at, span.end));
  });
  return script;
}
