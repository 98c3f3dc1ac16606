import { memo } from "react";
import { AppLink } from "./AppLink.tsx";
import { ArticleDate } from "./ArticleDate.tsx";
import type { ArticleSummary } from "../../model/article.ts";
import { paths } from "../../model/paths.ts";
import { plural } from "../../model/format.ts";

/**
 * One article in the list: what it is and who speaks in it. A list narrowed to a
 * speaker opens the article narrowed to them too (`?speaker=`). Memoized: a
 * navigation's start renders the list again with the same summaries.
 */
export const ArticleCard = memo(function ArticleCard({
  summary,
  speaker = null,
}: {
  summary: ArticleSummary;
  speaker?: string | null;
}) {
  return (
    <li className="border-b border-stone-200 py-5 dark:border-stone-800">
      <h2 className="font-serif text-xl leading-snug font-semibold">
        <AppLink
          to={paths.withSpeaker(paths.article(summary.slug), speaker)}
          className="hover:underline"
          data-article-link
        >
          {summary.title}
        </AppLink>
      </h2>
      {summary.standfirst && (
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          {summary.standfirst}
        </p>
      )}
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        <ArticleDate date={summary.date} />
        <span> · </span>
        {summary.byline && <span>{summary.byline} · </span>}
        <span>{plural(summary.quoteCount, "quote")}</span>
        <span> · {summary.readingMinutes} min read</span>
      </p>
      {summary.speakers.length > 0 && (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Quoted: {summary.speakers.join(", ")}
        </p>
      )}
    </li>
  );
});
