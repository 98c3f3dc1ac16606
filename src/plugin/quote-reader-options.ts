import { threadCount } from "./workers/pool.ts";

/** The cache folder when none is given, relative to the Vite root. */
export const DEFAULT_CACHE_DIR = "node_modules/.cache/quote-reader";

/**
 * Options of `quoteReader()`. Paths are relative to the Vite root or absolute. A value
 * set in the Vite config itself or on the command line (`--base`, `--outDir`) wins over
 * `base` and `outDir`. `vite.config.ts` maps the environment variables onto these.
 */
export interface QuoteReaderOptions {
  /**
   * Folder of `.txt` articles (`SEEDS_DIR`).
   * @default "seeds"
   */
  seedsDir?: string;
  /**
   * The sub-path the site is served under (`BASE_PATH`): `"news"`, `"/news"` and
   * `"/news/"` all give `/news/`.
   * @default "/"
   */
  base?: string;
  /**
   * The site's public address (`SITE_URL`): `https://news.example`, or with the base
   * path, `https://news.example/news/`. With it the build writes canonical links and
   * `og:url` on every page, the Atom feeds, `sitemap.xml` and `robots.txt`; without it
   * it leaves them out and says so.
   * @default undefined: no address
   */
  siteUrl?: string;
  /**
   * Output folder (`OUT_DIR`). Written incrementally: never emptied by Vite.
   * @default "dist"
   */
  outDir?: string;
  /**
   * The build's cache (`QUOTE_READER_CACHE`): extraction results and the last build's
   * manifest of each output folder. The server renderer stays in the app's own folder
   * (`node_modules/.cache/quote-reader/server/` there) whatever this says.
   * @default "node_modules/.cache/quote-reader"
   */
  cacheDir?: string;
  /**
   * Most threads to use, this one included (`QUOTE_READER_THREADS`); never more than
   * the cores. 1 keeps everything on one thread. Anything but a positive integer is
   * the default.
   * @default one per core
   */
  threads?: number;
  /**
   * Pages from which prerendering runs on threads (`QUOTE_READER_THREADED_FROM`): below,
   * starting workers (each loads React and the renderer, ~0.3 s) costs more than it saves.
   * The tests set 1 to put a small site on threads. Anything but a positive integer is
   * the default.
   * @default 2000
   */
  threadedFrom?: number;
  /**
   * A file to write the build's phases and peak memory to, as JSON
   * (`QUOTE_READER_TIMINGS`; what `npm run bench` reads).
   * @default undefined: no file, and no memory sampling
   */
  timings?: string;
}

/** {@link QuoteReaderOptions} with every default filled in, made once per plugin. */
export interface ResolvedQuoteReaderOptions {
  seedsDir: string;
  /** Starts and ends with `/`. */
  base: string;
  /** `siteUrl` checked: an absolute http(s) URL (`https://news.example/`), or undefined. */
  siteUrl: URL | undefined;
  outDir: string;
  cacheDir: string;
  /** Threads to use: `threads` capped at the cores ({@link threadCount}). */
  threads: number;
  threadedFrom: number;
  timings: string | undefined;
}

/** Fills in the defaults and normalises `base` (`news` -> `/news/`). */
export function resolveOptions(
  options: QuoteReaderOptions = {},
): ResolvedQuoteReaderOptions {
  const base = options.base ?? "/";
  const threadedFrom = options.threadedFrom;
  return {
    seedsDir: options.seedsDir ?? "seeds",
    base: `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/"),
    siteUrl: options.siteUrl ? siteAddress(options.siteUrl) : undefined,
    outDir: options.outDir ?? "dist",
    cacheDir: options.cacheDir ?? DEFAULT_CACHE_DIR,
    threads: threadCount(options.threads),
    threadedFrom:
      threadedFrom !== undefined &&
      Number.isInteger(threadedFrom) &&
      threadedFrom > 0
        ? threadedFrom
        : 2000,
    timings: options.timings || undefined,
  };
}

/** `siteUrl` as a URL; throws, naming the value, for anything but an http(s) address. */
function siteAddress(value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:"))
    throw new Error(
      `The site's address (SITE_URL, or quoteReader's siteUrl) must be an http or https URL such as https://news.example/, not ${JSON.stringify(value)}`,
    );
  if (url.search || url.hash)
    throw new Error(
      `The site's address (SITE_URL, or quoteReader's siteUrl) cannot have a query or fragment: ${JSON.stringify(value)}`,
    );
  return url;
}
