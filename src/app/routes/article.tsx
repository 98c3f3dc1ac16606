import { useRef } from "react";
import {
  data,
  type LoaderFunctionArgs,
  useLoaderData,
  useNavigate,
} from "react-router";
import type { Article } from "../../model/article.ts";
import { ArticleBody, prerenderedEnd } from "../components/ArticleBody.tsx";
import { ArticleHeader } from "../components/ArticleHeader.tsx";
import { PrintFootnotes } from "../components/PrintFootnotes.tsx";
import { QuotePanel } from "../components/QuotePanel.tsx";
import { ReadAloud } from "../components/ReadAloud.tsx";
import { ReadingOptions } from "../components/ReadingOptions.tsx";
import { ReadingProgress } from "../components/ReadingProgress.tsx";
import { QuoteViewToggle } from "../components/QuoteViewToggle.tsx";
import { loadArticle, OfflineError } from "../data/articles.ts";
import { hashId, useHashTarget } from "../hooks/use-hash-target.ts";
import { useHydrated } from "../hooks/use-hydrated.ts";
import { useQueryParam } from "../hooks/use-query-param.ts";
import { useReadingPosition } from "../hooks/use-reading-position.ts";
import { useReadingPrefs } from "../hooks/use-reading-prefs.ts";
import { useReadingScript } from "../hooks/use-reading-script.ts";
import { useShortcuts } from "../hooks/use-shortcuts.ts";
import { useSpeakerParam } from "../hooks/use-speaker-param.ts";
import { DEFAULT_META, type MetaHandle, SITE_NAME } from "../meta.ts";
import { SURE_PARAM, VIEW_PARAM } from "../query-params.ts";
import { shownQuote } from "../speaker-confidence.ts";
import { stepIndex } from "../step-index.ts";

/** Loads only this article's data module. */
export async function articleLoader({
  params,
}: LoaderFunctionArgs): Promise<Article> {
  const article = params.slug
    ? await loadArticle(params.slug).catch((error: unknown) => {
        if (error instanceof OfflineError)
          throw data("Not saved for offline reading", { status: 503 });
        throw error;
      })
    : null;
  if (!article) throw data("No such article", { status: 404 });
  return article;
}

export const articleHandle: MetaHandle = {
  meta: (loaded) => {
    const article = loaded as Article | undefined;
    if (!article) return DEFAULT_META;
    return {
      title: `${article.title} – ${SITE_NAME}`,
      description: article.standfirst ?? DEFAULT_META.description,
      about: {
        kind: "article",
        headline: article.title,
        published: article.date,
        modified: article.updated,
        author: article.byline,
        quoted: article.speakers.map(({ name, kind }) => ({ name, kind })),
      },
    };
  },
};

/** The reader: the article with its quotes marked, beside the quotes-and-people panel. */
export function ArticlePage() {
  const article = useLoaderData<Article>();
  const [speaker, setSpeaker] = useSpeakerParam();
  const [view, setView] = useQueryParam(VIEW_PARAM);
  const [sure, setSure] = useQueryParam(SURE_PARAM);
  const sureOnly = sure === "1";
  const target = useHashTarget();
  const navigate = useNavigate();
  const { size, width } = useReadingPrefs();
  const body = useRef<HTMLElement>(null);
  const resumeAt = useReadingPosition(article.slug, body);
  const quotesOnly = view === "quotes";
  // A long transcript's page carries its start; the browser renders the rest.
  const complete = useHydrated();
  const shownEnd = complete ? Infinity : prerenderedEnd(article);
  const script = useReadingScript(article, speaker, sureOnly);

  // `[` and `]` step through the quotes shown (one speaker's when filtered).
  const stepQuote = (step: 1 | -1): void => {
    const shown = article.quotes.filter((quote) =>
      shownQuote(quote, speaker, sureOnly),
    );
    if (shown.length === 0) return;
    // The URL, not render state: a second key press may come before the next render.
    const at = hashId(window.location.hash);
    const current = shown.findIndex((quote) => quote.id === at);
    const quote = shown[stepIndex(current, step, shown.length)];
    if (!quote) return;
    void navigate(
      { search: window.location.search, hash: quote.id },
      { replace: true },
    );
    document.getElementById(quote.id)?.focus({ preventScroll: true });
  };
  useShortcuts({ "[": () => stepQuote(-1), "]": () => stepQuote(1) });

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem] print:block">
      <ReadingProgress target={body} />
      <article
        ref={body}
        className="reader mx-auto w-full min-w-0"
        data-size={size}
        data-width={width}
      >
        <ArticleHeader article={article} />
        <div className="mb-6 flex flex-wrap items-start gap-3 print:hidden">
          <QuoteViewToggle
            quotesOnly={quotesOnly}
            onChange={(next) => setView(next ? "quotes" : null)}
          />
          <ReadAloud script={script} speaker={speaker} />
          {resumeAt && !target && !quotesOnly && (
            <a
              href={`#${resumeAt}`}
              className="rounded-md px-3 py-1.5 text-sm underline"
            >
              Continue where you stopped
            </a>
          )}
          <div className="basis-full">
            <ReadingOptions />
          </div>
        </div>
        <ArticleBody
          article={article}
          speaker={speaker}
          sureOnly={sureOnly}
          target={target}
          quotesOnly={quotesOnly}
          complete={complete}
        />
        <PrintFootnotes
          quotes={
            shownEnd === Infinity
              ? article.quotes
              : article.quotes.filter((quote) => quote.end <= shownEnd)
          }
        />
      </article>
      <div className="min-w-0 border-t border-stone-200 pt-8 print:hidden lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:border-t-0 lg:border-l lg:pt-0 lg:pl-6 dark:border-stone-800">
        <QuotePanel
          article={article}
          speaker={speaker}
          onSpeakerChange={setSpeaker}
          sureOnly={sureOnly}
          onSureOnlyChange={(next) => setSure(next ? "1" : null)}
        />
      </div>
    </div>
  );
}
