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
import { PeriodSelect } from "../components/PeriodSelect.tsx";
import { SpeakerFinder } from "../components/SpeakerFinder.tsx";
import { SpeakerSelect } from "../components/SpeakerSelect.tsx";
import {
  type ListPage,
  type SpeakerTotal,
  loadListPage,
  loadTopSpeakers,
} from "../data/articles.ts";
import { useQueryParam } from "../hooks/use-query-param.ts";
import {
  type MonthCount,
  formatPeriod,
  isPeriod,
  periodRange,
} from "../../model/periods.ts";
import { plural } from "../../model/format.ts";
import { useSpeakerParam } from "../hooks/use-speaker-param.ts";
import { DEFAULT_META, type MetaHandle, SITE_NAME } from "../meta.ts";
import { PAGE_SIZE, paths } from "../../model/paths.ts";
import { PERIOD_PARAM, SPEAKER_PARAM } from "../query-params.ts";

export interface HomeData {
  page: number;
  pageCount: number;
  /** The speaker filter the data was loaded for. */
  speaker: string | null;
  /** The period filter the data was loaded for: `2023` or `2023-10`. */
  period: string | null;
  /** The (speaker's) list's months and their counts, for the period control. */
  months: MonthCount[];
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
  const query = new URL(request.url).searchParams;
  const speaker = query.get(SPEAKER_PARAM) || null;
  const period = query.get(PERIOD_PARAM) || null;
  if (!Number.isInteger(page) || page < 1 || (period && !isPeriod(period))) {
    throw data("No such page", { status: 404 });
  }
  const [list, top] = await Promise.all([
    period
      ? loadPeriodPage(speaker, period, page)
      : loadListPage(speaker, page),
    loadTopSpeakers(),
  ]);
  // Nobody by that name is quoted, or nothing in that period: an empty first page, as
  // for any filter with no match.
  if (!list && !((speaker || period) && page === 1)) {
    throw data("No such page", { status: 404 });
  }
  const current = list?.speaker;
  return {
    page,
    pageCount: list?.pageCount ?? 1,
    speaker,
    period,
    months: list?.periods ?? [],
    total: list?.total ?? 0,
    articles: list?.articles ?? [],
    speakers:
      current && !top.some((entry) => entry.name === current.name)
        ? [...top, current]
        : top,
  };
}

/**
 * One page of a list narrowed to a period. The list is newest first, so the period's
 * articles stand together: its range (from the list's months) is cut from the one or
 * two pages of the list that hold it. `ListPage.periods` stays the whole list's.
 */
async function loadPeriodPage(
  speaker: string | null,
  period: string,
  page: number,
): Promise<ListPage | null> {
  const first = await loadListPage(speaker, 1);
  if (!first) return null;
  const [start, end] = periodRange(first.periods, period) ?? [0, 0];
  const pageCount = Math.max(1, Math.ceil((end - start) / PAGE_SIZE));
  if (page > pageCount) return null;
  const from = start + (page - 1) * PAGE_SIZE;
  const to = Math.min(end, from + PAGE_SIZE);
  const firstPage = Math.floor(from / PAGE_SIZE) + 1;
  const lastPage = Math.max(firstPage, Math.ceil(to / PAGE_SIZE));
  const pages = await Promise.all(
    Array.from({ length: lastPage - firstPage + 1 }, (_, index) =>
      firstPage + index === 1
        ? first
        : loadListPage(speaker, firstPage + index),
    ),
  );
  const articles = pages.flatMap((list) => list?.articles ?? []);
  const offset = from - (firstPage - 1) * PAGE_SIZE;
  return {
    ...first,
    total: end - start,
    pageCount,
    articles: articles.slice(offset, offset + to - from),
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
    return home?.articles[0]?.date && !home.speaker && !home.period
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
  const [period] = useQueryParam(PERIOD_PARAM);
  // A prerendered page is unfiltered; once hydrated, load what the URL's filters ask for.
  const stale = speaker !== loaded.speaker || period !== loaded.period;
  useEffect(() => {
    if (stale && revalidator.state === "idle") void revalidator.revalidate();
  }, [stale, revalidator]);

  // While a filter loads (half a second on a slow network), the control shows the
  // choice made rather than the speaker the URL still names.
  const navigation = useNavigation();
  const pending =
    navigation.location?.pathname === paths.home()
      ? new URLSearchParams(navigation.location.search)
      : undefined;
  const chosen = pending && (pending.get(SPEAKER_PARAM) || null);
  const chosenPeriod = pending && (pending.get(PERIOD_PARAM) || null);
  const choose = (next: string | null): void => {
    // The loader's module, asked for now: its request goes out before the router and
    // React have handled the navigation's start (about 6 ms on a laptop-class core).
    void loadListPage(next, 1);
    void navigate(
      paths.withFilters(paths.home(), { speaker: next, period: loaded.period }),
    );
  };
  const choosePeriod = (next: string | null): void => {
    void navigate(
      paths.withFilters(paths.home(), {
        speaker: loaded.speaker,
        period: next,
      }),
    );
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
          {plural(loaded.total, "article")}
          {loaded.speaker && ` quoting ${loaded.speaker}`}
          {loaded.period && ` in ${formatPeriod(loaded.period)}`}
        </p>
        <div className="flex flex-col gap-2 sm:items-end">
          {options.length > 0 && (
            <SpeakerSelect
              speakers={options}
              value={chosen === undefined ? speaker : chosen}
              onChange={choose}
            />
          )}
          {options.length > 0 && <SpeakerFinder onChoose={choose} />}
          {loaded.months.length > 0 && (
            <PeriodSelect
              months={loaded.months}
              value={chosenPeriod === undefined ? period : chosenPeriod}
              onChange={choosePeriod}
            />
          )}
        </div>
      </div>
      <ul aria-label="Articles" className="mt-2">
        {loaded.articles.map((summary) => (
          <ArticleCard
            key={summary.slug}
            summary={summary}
            speaker={loaded.speaker}
          />
        ))}
      </ul>
      <Pagination
        page={loaded.page}
        pageCount={loaded.pageCount}
        speaker={loaded.speaker}
        period={loaded.period}
      />
    </div>
  );
}

/**
 * Fetches what the next click needs ahead of it: the next page's data module, and the
 * speakers every list page shows (a prerendered page has them in its HTML).
 */
function usePrefetchNext(loaded: HomeData): void {
  const { page, pageCount, speaker, period } = loaded;
  useEffect(() => {
    // A period's next page is cut from the list's pages: none to fetch as such.
    if (page < pageCount && !period) void loadListPage(speaker, page + 1);
    void loadTopSpeakers().catch(() => undefined);
  }, [page, pageCount, speaker, period]);
}
