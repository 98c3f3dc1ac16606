import type { Article } from "../../model/article.ts";
import { plural } from "../../model/format.ts";
import { ArticleDate } from "./ArticleDate.tsx";
import { TITLE_ID } from "../read-aloud-script.ts";

/**
 * Title, standfirst, byline, date (and a later revision's), reading time, and a way to
 * the panel on small screens.
 */
export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="mb-8 font-sans">
      <h1
        id={TITLE_ID}
        className="font-serif text-3xl leading-tight font-bold sm:text-4xl"
      >
        {article.title}
      </h1>
      {article.standfirst && (
        <p className="mt-3 text-lg leading-snug text-stone-700 dark:text-stone-300">
          {article.standfirst}
        </p>
      )}
      <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">
        {article.byline && (
          <span className="font-medium">{article.byline} · </span>
        )}
        <ArticleDate date={article.date} />
        {article.updated && (
          <>
            <span> · </span>
            <ArticleDate date={article.updated} prefix="Updated " />
          </>
        )}
        <span> · </span>
        <span>{article.readingMinutes} min read</span>
        <span> · </span>
        <a href="#panel" className="underline lg:no-underline">
          {plural(article.quotes.length, "quote")}
        </a>
      </p>
    </header>
  );
}
