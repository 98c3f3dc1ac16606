import path from "node:path";
import { readFileSync, utimesSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { type ViteBuilder, version as viteVersion } from "vite";
import { plural } from "../model/format.ts";
import { ALL_ARTICLES } from "../model/data-files.ts";
import { APP_ROOT } from "./app-page.ts";
import { bundleKey } from "./bundle-reuse.ts";
import { dataModuleFiles } from "./data-modules.ts";
import { discoveryFiles } from "./discovery-files.ts";
import { prerenderSite, startPrerenderThreads } from "./prerender.ts";
import { pruneStale } from "./prune.ts";
import { PRECACHE_FILE, precacheEntries, precacheScript } from "./pwa.ts";
import { QuoteExports } from "./quote-exports.ts";
import type { ResolvedQuoteReaderOptions } from "./quote-reader-options.ts";
import { buildReport, formatSummary, REPORT_FILE } from "./report.ts";
import { startSearchThread } from "./search-files.ts";
import { WITHOUT_ADDRESS, siteOrigin } from "./site-address.ts";
import type { SeedsApi } from "./seeds-plugin.ts";
import { rendererHash } from "./output-files.ts";
import type { BundleRecord } from "./output-manifest.ts";
import { SiteOutput } from "./site-output.ts";
import {
  addTime,
  phaseTime,
  sampleMemory,
  timed,
  writeTimings,
} from "./timings.ts";

/**
 * `vite build`: the browser bundle, the server renderer (into `serverOutDir`), then one
 * HTML file per route, the `data/` modules, the search index, the quote exports
 * (`exports/`), the service worker's precache list and `build-report.json`. The
 * `buildApp` hook of `quoteReader()`; `seeds` is the seeds plugin's API.
 */
export async function buildApp(
  builder: ViteBuilder,
  seeds: SeedsApi,
  options: ResolvedQuoteReaderOptions,
  serverOutDir: string,
): Promise<void> {
  const { client, ssr } = builder.environments;
  if (!client || !ssr)
    throw new Error("Vite did not create the client and ssr environments");
  const root = builder.config.root;
  const started = performance.now();
  if (options.timings) sampleMemory();
  // First, so a missing seeds folder fails fast with its path, before any bundling
  // or any change to the output folder.
  await seeds.checkFolder();
  // A site address that does not fit the base path fails before anything is done too.
  const origin = siteOrigin(options.siteUrl, builder.config.base);
  // Ready by the time the seeds are scanned.
  const searchThread = startSearchThread(options.threads);
  const outDir = path.resolve(root, client.config.build.outDir);
  // Written incrementally: files and pages that did not change since the last build
  // into this folder are kept. Like Vite's emptyOutDir (off: see quote-reader-plugin.ts), every other
  // file an earlier build wrote is removed first; files no build wrote stop the build
  // (`--emptyOutDir` deletes them). Opened (its files listed on a thread) while the
  // seeds are scanned.
  const opening = SiteOutput.open(
    outDir,
    path.resolve(root, options.cacheDir),
    REPORT_FILE,
    options.threads,
  );
  opening.catch(() => undefined);
  // The app's last bundle is kept when nothing it is made from changed (a rebuild
  // after seed edits) and all of it is still there, its server renderer included.
  const serverDir = path.resolve(root, serverOutDir);
  const base = builder.config.base.replace(/\/$/, "");
  const key = bundleKey(APP_ROOT, {
    vite: viteVersion,
    base: builder.config.base,
    mode: builder.config.mode,
    env: builder.config.env,
    // Not an option of this plugin: NODE_ENV is React's and Vite's, and changes the bundle.
    nodeEnv: process.env.NODE_ENV,
    argv: process.argv.slice(2),
    outDir: path.relative(root, outDir),
    // Another project's config (its own plugins, say) goes into the bundle as well.
    project:
      root === APP_ROOT || !builder.config.configFile
        ? undefined
        : readFileSync(builder.config.configFile, "utf8"),
  });
  const bundleApp = async (): Promise<{
    output: SiteOutput;
    bundle: BundleRecord;
    kept: boolean;
  }> => {
    const output = await opening;
    let kept = output.previousBundle(key);
    if (
      kept &&
      (await rendererHash(serverDir, `${base}\0${kept.template}`)) !==
        kept.renderer
    )
      kept = undefined;
    output.clear(kept, client.config.build.emptyOutDir === true);
    if (kept) {
      // Built, as far as Vite knows: it bundles every environment after this hook when
      // none was.
      client.isBuilt = true;
      ssr.isBuilt = true;
      // In use: not another output folder's stale renderer (see below).
      const now = new Date();
      utimesSync(serverDir, now, now);
      builder.config.logger.info(
        "The app's code did not change since the last build: its bundle is kept.",
      );
      return { output, bundle: output.recordBundle(kept), kept: true };
    }
    await timed("bundle", async () => {
      await builder.build(client);
      await builder.build(ssr);
    });
    // Server renderers of other output folders (a test's, last month's) that no
    // build used for a day: megabytes each. Such a folder's next build bundles again.
    pruneStale(
      path.dirname(serverDir),
      (name) => name !== path.basename(serverDir),
    );
    // The client build wrote the page template where the home page goes.
    output.overwritten("index.html");
    const template = await readFile(path.join(outDir, "index.html"), "utf8");
    const bundle = output.recordBundle({
      key,
      template,
      renderer: await rendererHash(serverDir, `${base}\0${template}`),
    });
    return { output, bundle, kept: false };
  };
  // The bundle and the seeds at once: Rolldown bundles on threads of its own while
  // this one reads the seeds (and extracts them beside a worker).
  const bundled = bundleApp();
  bundled.catch(() => undefined);
  const scanStarted = performance.now();
  const scan = await seeds.scan();
  // Reading is what the scan spent outside extraction (which times itself).
  addTime("read", performance.now() - scanStarted - phaseTime("extract"));
  const { articles } = scan;
  // The search index, on its thread from now on: it needs only the scan.
  const searchFiles = timed("search index", () =>
    searchThread.files(
      articles.map((article) => article.slug),
      scan.terms,
    ),
  );
  searchFiles.catch(() => undefined);
  const { output, bundle, kept } = await bundled;
  const serverEntry = path.join(serverDir, "entry-server.js");
  // A new bundle renders every page again: with many, the rendering threads start
  // now, loading the renderer while this thread makes the data they need.
  const threads =
    !kept && articles.length >= options.threadedFrom && options.threads > 1
      ? startPrerenderThreads(serverEntry, options.threads)
      : undefined;
  // The `data/` modules the prerendered pages read (the whole list's pages, the
  // speakers index) first: a page whose modules did not change is kept as it is.
  // Articles' and speakers' own modules come with their pages.
  // A rebuild into the folder of the last build: few speakers' files are made again.
  const speakers = await seeds.speakers(output.incremental);
  const siteData = await seeds.siteData();
  const sources = { articles, site: siteData, speakers };
  await timed("write", () =>
    output.writeVersionedFiles(
      dataModuleFiles(sources, (kind) => kind.written === "before pages"),
    ),
  );
  // Beside the pages: the modules only the browser reads, written here, and the
  // search index's, made on its thread.
  const besides = timed("write speaker lists", () =>
    output.writeVersionedFiles(
      dataModuleFiles(
        sources,
        (kind) => kind.written === "beside pages" && kind.from !== "search",
        scan.fingerprints,
      ),
    ),
  )
    .then(async () => output.writeFiles(await searchFiles))
    .then(() =>
      origin
        ? timed("write feeds and sitemap", () =>
            output.writeFiles(
              discoveryFiles(
                { origin, base: builder.config.base },
                {
                  articles,
                  speakers: speakers.profiles,
                  listPages: siteData.pageCount(ALL_ARTICLES),
                },
              ),
            ),
          )
        : builder.config.logger.info(WITHOUT_ADDRESS),
    );
  besides.catch(() => undefined);
  // The quote exports (CSV and JSON), beside the pages too: no page reads them.
  const exports = new QuoteExports(
    articles,
    speakers.profiles,
    builder.config.base,
  );
  const exported = timed("write exports", async () => {
    await output.writeVersionedFiles(exports.sources(scan.fingerprints));
    // Made of the articles' files just written or kept.
    for (const archive of exports.archive(scan.fingerprints, (relative) =>
      output.recorded(relative),
    ))
      await output.writePieces(archive.path, archive.version, archive.pieces);
  });
  exported.catch(() => undefined);
  const pages = await timed("prerender", () =>
    prerenderSite({
      output,
      serverEntry,
      threads,
      template: bundle.template,
      // The site's address is in every page: another address, every page again.
      renderer: origin ? `${bundle.renderer}\0${origin}` : bundle.renderer,
      base: builder.config.base,
      origin,
      articles,
      fingerprints: scan.fingerprints,
      speakers,
      siteData,
      threadCount: options.threads,
      threadedFrom: options.threadedFrom,
    }),
  );
  await besides;
  await exported;
  builder.config.logger.info(
    `Prerendered ${plural(pages, "page")} from ${plural(articles.length, "article")}; wrote ${plural(output.written, "file")}${output.incremental ? " (the others were unchanged since the last build)" : ""}.`,
  );
  // Every seed file is an article or a line of the report; skipped ones are warnings.
  const report = buildReport(scan, root);
  const summary = formatSummary(report);
  if (report.skipped.length > 0) builder.config.logger.warn(summary);
  else builder.config.logger.info(summary);
  // The service worker's precache list, from the pages as written: a deploy that
  // changes any of them gives browsers a new worker to install.
  output.writeFile(
    PRECACHE_FILE,
    precacheScript(
      precacheEntries(outDir, client.config.build.assetsDir),
      output.version(),
    ),
  );
  // The report last: its presence says the folder holds a whole build.
  await output.finish(`${JSON.stringify(report, null, 2)}\n`);
  await writeTimings(options.timings, {
    total: performance.now() - started,
  });
}
