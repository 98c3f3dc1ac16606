import { data, type LoaderFunctionArgs, useLoaderData } from "react-router";
import type { Article } from "../../model/article.ts";
import { ArticleBody } from "../components/ArticleBody.tsx";
import { ArticleHeader } from "../components/ArticleHeader.tsx";
import { QuotePanel } from "../components/QuotePanel.tsx";
import { loadArticle } from "../data/articles.ts";
import { useSpeakerParam } from "../hooks/use-speaker-param.ts";
import { DEFAULT_META, type MetaHandle, SITE_NAME } from "../meta.ts";

/** Loads only this article's data module. */
export async function articleLoader({
  params,
}: LoaderFunctionArgs): Promise<Article> {
  const article = params.slug ? await loadArticle(params.slug) : null;
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
    };
  },
};

/** The reader: the article with its quotes marked, beside the quotes-and-people panel. */
export function ArticlePage() {
  const article = useLoaderData<Article>();
  const [speaker, setSpeaker] = useSpeakerParam();
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <article className="reader mx-auto w-full max-w-[65ch] min-w-0">
        <ArticleHeader article={article} />
        <ArticleBody article={article} speaker={speaker} />
      </article>
      <div className="min-w-0 border-t border-stone-200 pt-8 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:border-t-0 lg:border-l lg:pt-0 lg:pl-6 dark:border-stone-800">
        <QuotePanel
          article={article}
          speaker={speaker}
          onSpeakerChange={setSpeaker}
        />
      </div>
    </div>
  );
}
