import type { ReactNode } from "react";
import type { Article, Quote, Span } from "../../model/article.ts";
import { contextSpan } from "../context.ts";
import { shownQuote, speakerLabel, uncertain } from "../speaker-confidence.ts";

interface ArticleBodyProps {
  article: Article;
  /** When set, only this speaker's quotes are highlighted and the rest is dimmed. */
  speaker: string | null;
  /** Leave out (dim, or in quotes-only, drop) quotes whose speaker is uncertain. */
  sureOnly: boolean;
  /** The id the URL points at (`q-3`, `p-2`): highlighted. */
  target: string | null;
  /** Show only the quotes, each in its sentence, instead of the whole text. */
  quotesOnly: boolean;
  /**
   * Whether to render all of a long text; when false (the prerendered page and its
   * hydration), only its first {@link PRERENDERED_TEXT_CHARS}, then a note.
   */
  complete?: boolean;
}

/**
 * Characters of text (whole paragraphs) a prerendered page holds: all of a news article,
 * the start of a long transcript, whose page would otherwise be many megabytes to load
 * and parse before anything shows. The browser renders the rest, whose paragraphs it
 * lays out only near the screen.
 */
const PRERENDERED_TEXT_CHARS = 100_000;

type Block =
  | { kind: "paragraph"; index: number; span: Span }
  | { kind: "related"; span: Span };

/**
 * The body paragraphs, with every extracted quote marked and its speaker shown on hover
 * and focus; related-link lines stay where they were, set apart from the text.
 */
export function ArticleBody({
  article,
  speaker,
  sureOnly,
  target,
  quotesOnly,
  complete = true,
}: ArticleBodyProps) {
  const marks = { speaker, sureOnly, target };
  if (quotesOnly) return <QuotesOnly article={article} {...marks} />;
  const blocks = bodyBlocks(article);
  const head = withinLimit(blocks, PRERENDERED_TEXT_CHARS);
  const quotesIn = quotesByParagraph(article.quotes);
  const render = (block: Block): ReactNode =>
    block.kind === "related" ? (
      <p
        key={block.span.start}
        className="related-link border-y border-stone-200 py-2 font-sans text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400"
      >
        {article.text.slice(block.span.start, block.span.end)}
      </p>
    ) : (
      <p
        key={block.span.start}
        id={`p-${block.index}`}
        data-target={target === `p-${block.index}`}
      >
        {markQuotes(
          article.text,
          block.span,
          quotesIn.get(block.index) ?? [],
          marks,
        )}
      </p>
    );
  const rest = head.length < blocks.length ? blocks.slice(head.length) : [];
  return (
    <div
      className="reader-text space-y-[1em]"
      data-lens={speaker || sureOnly ? "on" : "off"}
      data-long={rest.length > 0 || undefined}
    >
      {head.map(render)}
      {rest.length > 0 &&
        (complete ? (
          // One new element holding the rest: React places it once, instead of
          // looking for each of thousands of new paragraphs' next sibling.
          <div className="space-y-[1em]">{rest.map(render)}</div>
        ) : (
          <p className="font-sans text-sm text-stone-600 italic dark:text-stone-400">
            The rest of this long article appears once the page has loaded.
          </p>
        ))}
    </div>
  );
}

/**
 * Each paragraph's quotes, in one pass: asking every paragraph to filter all quotes
 * costs paragraphs times quotes (400 million steps for a 20,000-quote transcript).
 */
function quotesByParagraph(quotes: readonly Quote[]): Map<number, Quote[]> {
  const byParagraph = new Map<number, Quote[]>();
  for (const quote of quotes) {
    const list = byParagraph.get(quote.paragraph);
    if (list) list.push(quote);
    else byParagraph.set(quote.paragraph, [quote]);
  }
  return byParagraph;
}

/** Body paragraphs and related-link lines, in text order. */
function bodyBlocks(article: Article): Block[] {
  return [
    ...article.paragraphs.map((span, index) => ({
      kind: "paragraph" as const,
      index,
      span,
    })),
    ...article.relatedLinks.map((span) => ({ kind: "related" as const, span })),
  ].sort((a, b) => a.span.start - b.span.start);
}

/**
 * Where the text a prerendered page holds ends (`ArticleBody` with `complete` false);
 * Infinity when it holds all of it.
 */
export function prerenderedEnd(article: Article): number {
  const blocks = bodyBlocks(article);
  const head = withinLimit(blocks, PRERENDERED_TEXT_CHARS);
  return head.length < blocks.length
    ? (head.at(-1)?.span.end ?? Infinity)
    : Infinity;
}

/** The blocks in order up to `limit` characters of text (whole blocks, at least one). */
function withinLimit(blocks: Block[], limit: number): Block[] {
  let total = 0;
  let count = 0;
  for (const block of blocks) {
    total += block.span.end - block.span.start;
    if (count > 0 && total > limit) break;
    count++;
  }
  return count === blocks.length ? blocks : blocks.slice(0, count);
}

interface MarkState {
  speaker: string | null;
  sureOnly: boolean;
  target: string | null;
}

/** Each quote (of the chosen speaker) in the sentence around it. */
function QuotesOnly({
  article,
  speaker,
  sureOnly,
  target,
}: { article: Article } & MarkState) {
  const quotes = article.quotes.filter((quote) =>
    shownQuote(quote, speaker, sureOnly),
  );
  if (quotes.length === 0) return <p>No quotes to show.</p>;
  return (
    <ol className="reader-text space-y-[1em]" aria-label="Quotes in context">
      {quotes.map((quote) => {
        const paragraph = article.paragraphs[quote.paragraph] ?? quote;
        const context = contextSpan(article.text, paragraph, quote);
        return (
          <li
            key={quote.id}
            className="border-l-2 border-stone-300 pl-4 dark:border-stone-700"
          >
            {markQuotes(article.text, context, [quote], {
              speaker: null,
              sureOnly: false,
              target,
            })}
          </li>
        );
      })}
    </ol>
  );
}

/** Splits a span of text into plain runs and `<mark>`ed quotes. */
function markQuotes(
  text: string,
  { start, end }: Span,
  quotes: Quote[],
  state: MarkState,
): ReactNode[] {
  const nodes: ReactNode[] = [];
  let cursor = start;
  for (const quote of quotes) {
    if (quote.start < cursor || quote.end > end) continue;
    nodes.push(text.slice(cursor, quote.start));
    nodes.push(
      <QuoteMark
        key={quote.id}
        quote={quote}
        active={shownQuote(quote, state.speaker, state.sureOnly)}
        targeted={state.target === quote.id}
      />,
    );
    cursor = quote.end;
  }
  nodes.push(text.slice(cursor, end));
  return nodes;
}

function QuoteMark({
  quote,
  active,
  targeted,
}: {
  quote: Quote;
  active: boolean;
  targeted: boolean;
}) {
  const tipId = `${quote.id}-speaker`;
  return (
    <mark
      id={quote.id}
      tabIndex={0}
      aria-describedby={tipId}
      data-active={active}
      data-target={targeted}
      data-uncertain={uncertain(quote) || undefined}
      data-n={quote.id.replace(/^q-/, "")}
      className="quote-mark"
    >
      {quote.text}
      <span role="tooltip" id={tipId} className="quote-tip">
        {speakerLabel(quote)}
      </span>
    </mark>
  );
}
