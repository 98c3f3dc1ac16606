import type {
  Article,
  ArticleSummary,
  SpeakerKind,
} from "../../model/article.ts";

export interface SpeakerTotal {
  name: string;
  kind: SpeakerKind;
  articles: number;
  quotes: number;
}

export interface ArticleIndex {
  summaries: ArticleSummary[];
  speakers: SpeakerTotal[];
}

/** The list's data: loaded on demand, so an article page never fetches it. */
export async function loadIndex(): Promise<ArticleIndex> {
  const { summaries, speakers } = await import("virtual:quote-reader/index");
  return { summaries, speakers };
}

/** One article's data module, or null for an unknown slug. */
export async function loadArticle(slug: string): Promise<Article | null> {
  const { articleLoaders } = await import("virtual:quote-reader/loaders");
  const load = Object.hasOwn(articleLoaders, slug)
    ? articleLoaders[slug]
    : undefined;
  if (!load) return null;
  return (await load()).default;
}
