import { useEffect, useMemo } from "react";
import {
  data,
  type LoaderFunctionArgs,
  useLoaderData,
  useNavigate,
  useNavigation,
  useRevalidator,
} from "react-router";
import type { ArticleSummary } from "../../model/article.ts";
import { ArticleCard } from "../components/ArticleCard.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { SpeakerSelect } from "../components/SpeakerSelect.tsx";
import {
  type SpeakerTotal,
  loadListPage,
  loadTopSpeakers,
} from "../data/articles.ts";
import { plural } from "../../model/format.ts";
import { useSpeakerParam } from "../hooks/use-speaker-param.ts";
import { DEFAULT_META, type MetaHandle, SITE_NAME } from "../meta.ts";
import { paths } from "../../model/paths.ts";
import { SPEAKER_PARAM } from "../query-params.ts";

export interface HomeData {
  page: number;
  pageCount: number;
  /** The speaker filter the data was loaded for. */
  speaker: string | null;
  total: number;
  articles: ArticleSummary[];
  /**
   * The 40 most quoted speakers, and the filter's speaker: what the speaker control
   * offers. Everyone is on the speakers page; a control with the thousands of a large
   * archive cost 60-190 ms of layout on every filter (measured at 3,000 articles).
   */
  speakers: SpeakerTotal[];
}

/**
 * One page of the list, narrowed to a speaker when the URL asks for one: loads that page's
 * data module (20 summaries) and the most quoted speakers, never the whole archive.
 */
export async function homeLoader({
  request,
  params,
}: LoaderFunctionArgs): Promise<HomeData> {
  const page = params.page === undefined ? 1 : Number(params.page);
  const speaker = new URL(request.url).searchParams.get(SPEAKER_PARAM) || null;
  if (!Number.isInteger(page) || page < 1) {
    throw data("No such page", { status: 404 });
  }
  const [list, top] = await Promise.all([
    loadListPage(speaker, page),
    loadTopSpeakers(),
  ]);
  // Nobody by that name is quoted: an empty first page, as for any filter with no match.
  if (!list && !(speaker && page === 1)) {
    throw data("No such page", { status: 404 });
  }
  const current = list?.speaker;
  return {
    page,
    pageCount: list?.pageCount ?? 1,
    speaker,
    total: list?.total ?? 0,
    articles: list?.articles ?? [],
    speakers:
      current && !top.some((entry) => entry.name === current.name)
        ? [...top, current]
        : top,
  };
}

export const homeHandle: MetaHandle = {
  meta: (loaded) => {
    const home = loaded as HomeData | undefined;
    const page = home?.page ?? 1;
    if (page > 1)
      return {
        ...DEFAULT_META,
        title: `Articles, page ${page} – ${SITE_NAME}`,
      };
    // Feeds hold dated articles only; the newest comes first.
    return home?.articles[0]?.date && !home.speaker
      ? {
          ...DEFAULT_META,
          feed: { title: `${SITE_NAME}: newest articles`, path: paths.feed() },
        }
      : DEFAULT_META;
  },
};

/** The article list with a speaker filter across all articles. */
export function HomePage() {
  const loaded = useLoaderData<HomeData>();
  const [speaker] = useSpeakerParam();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  // A prerendered page is unfiltered; once hydrated, load what the URL's filter asks for.
  const stale = speaker !== loaded.speaker;
  useEffect(() => {
    if (stale && revalidator.state === "idle") void revalidator.revalidate();
  }, [stale, revalidator]);

  // While a filter loads (half a second on a slow network), the control shows the
  // choice made rather than the speaker the URL still names.
  const navigation = useNavigation();
  const chosen =
    navigation.location?.pathname === paths.home()
      ? new URLSearchParams(navigation.location.search).get(SPEAKER_PARAM) ||
        null
      : undefined;
  const choose = (next: string | null): void => {
    // The loader's module, asked for now: its request goes out before the router and
    // React have handled the navigation's start (about 6 ms on a laptop-class core).
    void loadListPage(next, 1);
    void navigate(paths.withSpeaker(paths.home(), next));
  };
  usePrefetchNext(loaded);
  const options = useMemo(
    () =>
      loaded.speakers.map((entry) => ({
        name: entry.name,
        detail: plural(entry.articles, "article"),
      })),
    [loaded.speakers],
  );

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">Articles</h1>
      <div className="mt-4 flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p
          className="text-sm text-stone-600 dark:text-stone-400"
          aria-live="polite"
        >
          {loaded.speaker
            ? `${plural(loaded.total, "article")} quoting ${loaded.speaker}`
            : plural(loaded.total, "article")}
        </p>
        {options.length > 0 && (
          <SpeakerSelect
            speakers={options}
            value={chosen === undefined ? speaker : chosen}
            onChange={choose}
          />
        )}
      </div>
      <ul aria-label="Articles" className="mt-2">
        {loaded.articles.map((summary) => (
          <ArticleCard key={summary.slug} summary={summary} />
        ))}
      </ul>
      <Pagination
        page={loaded.page}
        pageCount={loaded.pageCount}
        speaker={loaded.speaker}
      />
    </div>
  );
}

/**
 * Fetches what the next click needs ahead of it: the next page's data module, and the
 * speakers every list page shows (a prerendered page has them in its HTML).
 */
function usePrefetchNext(loaded: HomeData): void {
  const { page, pageCount, speaker } = loaded;
  useEffect(() => {
    if (page < pageCount) void loadListPage(speaker, page + 1);
    void loadTopSpeakers().catch(() => undefined);
  }, [page, pageCount, speaker]);
}
