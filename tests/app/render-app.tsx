import { render, type RenderResult } from "@testing-library/react";
import {
  createMemoryRouter,
  type DataRouter,
  RouterProvider,
} from "react-router";
import { vi } from "vitest";
import type { Article } from "../../src/model/article.ts";
import { routes } from "../../src/app/routes.tsx";

/**
 * The articles the mocked data layer serves; each test sets its own. While `hold` is
 * set, the list's pages wait for it (a slow network).
 */
export const store: {
  articles: Article[];
  hold?: Promise<void>;
  /** The neighbours' module cannot be fetched (offline, never saved). */
  neighboursUnreachable?: boolean;
} = {
  articles: [],
};

// The list's data computed from the same articles by the build's own code.
vi.mock("../../src/app/data/articles.ts", async () => {
  const { SiteData } = await import("../../src/plugin/site-data.ts");
  const { ALL_ARTICLES, neighboursDataPath, speakerKey } =
    await import("../../src/model/data-files.ts");
  const site = () => new SiteData(store.articles, 20);
  return {
    loadNeighbours: async (slug: string) => {
      if (store.neighboursUnreachable) throw new Error("offline");
      return (
        site().neighbourChunks().get(neighboursDataPath(slug))?.[slug] ?? [
          null,
          null,
        ]
      );
    },
    OfflineError: class OfflineError extends Error {},
    loadArticle: async (slug: string) =>
      store.articles.find((article) => article.slug === slug) ?? null,
    loadListPage: async (speaker: string | null, page: number) => {
      await store.hold;
      return (
        site().listPage(
          speaker === null ? ALL_ARTICLES : speakerKey(speaker),
          page,
        ) ?? null
      );
    },
    loadTopSpeakers: async () => site().topSpeakers(),
    loadSpeakers: async () => site().speakers,
  };
});

// Speakers computed from the same articles by the build's own code.
vi.mock("../../src/app/data/speakers.ts", async () => {
  const { collectSpeakers, summarizeSpeaker } =
    await import("../../src/plugin/speakers.ts");
  return {
    loadSpeakers: async () =>
      collectSpeakers(store.articles).map(summarizeSpeaker),
    loadSpeaker: async (slug: string) =>
      collectSpeakers(store.articles).find(
        (profile) => profile.slug === slug,
      ) ?? null,
  };
});

// Search over the same articles: titles and quotes holding every query word.
vi.mock("../../src/app/data/search.ts", () => ({
  search: async (query: string) => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    const holdsAll = (text: string): boolean =>
      words.every((word) => text.toLowerCase().includes(word));
    const excerpt = (text: string) =>
      text.split(/(\s+)/).map((part) => ({
        text: part,
        match: words.includes(part.toLowerCase().replace(/\W/g, "")),
      }));
    return store.articles.flatMap((article) => [
      ...(holdsAll(article.title)
        ? [
            {
              kind: "article",
              path: `/articles/${article.slug}/`,
              title: article.title,
              excerpt: excerpt(article.title),
            },
          ]
        : []),
      ...article.quotes
        .filter((quote) => holdsAll(quote.text))
        .map((quote) => ({
          kind: "quote",
          path: `/articles/${article.slug}/#${quote.id}`,
          title: article.title,
          excerpt: excerpt(quote.text),
        })),
    ]);
  },
}));

/** The whole app in a memory router at `url`, serving `articles`. */
export function renderApp(
  url: string,
  articles: Article[],
): RenderResult & { router: DataRouter } {
  store.articles = articles;
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  return { ...render(<RouterProvider router={router} />), router };
}
