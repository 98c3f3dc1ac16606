/**
 * Every kind of data module the site has (the `data/` folder, paths in
 * src/model/data-files.ts), each declared once: its path, what it is made from, how, and
 * when the build writes it. The dev server answers a module's path from here
 * ({@link dataModule}), the build writes each kind's modules from here
 * ({@link dataModuleFiles}), and the prerendering threads write the modules that come
 * with their pages' jobs by their kind's {@link DataModuleKind.encode}.
 */
import type { Article } from "../model/article.ts";
import {
  ALL_ARTICLES,
  SPEAKERS_DATA_PATH,
  TOP_SPEAKERS_DATA_PATH,
  articleDataPath,
  listDataPath,
  neighboursDataPath,
  speakerDataPath,
} from "../model/data-files.ts";
import { docsDataPath, termsDataPath } from "../model/search.ts";
import {
  type DataModuleKind,
  type ModuleSources,
  NAME,
  type SourceName,
  declare,
  nameIn,
} from "./data-module-kind.ts";
import { articleJson } from "./extraction-cache/stored-article.ts";
import { articleModule, toJsonModule, toModule } from "./module-source.ts";
import type { VersionedSource } from "./output-manifest.ts";

/** A page of a list: `all` or a speaker's key, and the page's number. */
interface ListPageName {
  key: string;
  page: number;
}

function listPageName(dataPath: string): ListPageName | undefined {
  const name = nameIn(dataPath, listDataPath(NAME, 1), `${NAME}-1`);
  const dash = name?.lastIndexOf("-") ?? -1;
  if (name === undefined || dash < 0) return undefined;
  return { key: name.slice(0, dash), page: Number(name.slice(dash + 1)) };
}

/** `data/articles/<slug>.js`: an article, what its page shows. */
export const ARTICLE_MODULES = declare({
  kind: "article",
  from: "articles",
  written: "with its page",
  path: articleDataPath,
  name: (dataPath) => nameIn(dataPath, articleDataPath(NAME), NAME),
  names: (articles) => articles.map((article) => article.slug),
  value: (articles, slug) => articles.find((article) => article.slug === slug),
  // Cut from the extraction cache's stored JSON when it is there.
  module(articles, slug) {
    const article = articles.find((candidate) => candidate.slug === slug);
    return article && articleModule(article, articleJson(article));
  },
  encode: (article) => articleModule(article, articleJson(article as Article)),
});

/** `data/list/all-<page>.js`: a page of the whole list, what the home page shows. */
export const LIST_PAGE_MODULES = declare({
  kind: "list page",
  from: "site",
  written: "before pages",
  path: ({ page }: ListPageName) => listDataPath(ALL_ARTICLES, page),
  name: (dataPath) => {
    const name = listPageName(dataPath);
    return name?.key === ALL_ARTICLES ? name : undefined;
  },
  value: (site, { key, page }) => site.listPage(key, page),
  encode: toModule,
  files: (site) => site.listSources(ALL_ARTICLES),
});

/**
 * `data/list/<speaker key>-<page>.js`: a page of the list narrowed to one speaker
 * (`speakerKey`), which only the browser reads, when filtering.
 */
export const SPEAKER_LIST_PAGE_MODULES = declare({
  kind: "speaker's list page",
  from: "site",
  written: "beside pages",
  path: ({ key, page }: ListPageName) => listDataPath(key, page),
  name: (dataPath) => {
    const name = listPageName(dataPath);
    return name && name.key !== ALL_ARTICLES ? name : undefined;
  },
  value: (site, { key, page }) => site.listPage(key, page),
  encode: toModule,
  files: (site, fingerprints) => site.speakerListSources(fingerprints),
});

/** The folder `neighboursDataPath` puts every neighbours module in. */
const NEIGHBOURS_FOLDER = neighboursDataPath("").replace(/[^/]*$/, "");

/** `data/neighbours/<chunk>.js`: the articles before and after each, for `j`/`k`. */
export const NEIGHBOURS_MODULES = declare({
  kind: "neighbours",
  from: "site",
  written: "before pages",
  // Named by their path: which chunk holds a slug is neighboursDataPath's to say.
  path: (dataPath: string) => dataPath,
  name: (dataPath) =>
    dataPath.startsWith(NEIGHBOURS_FOLDER) ? dataPath : undefined,
  names: (site) => site.neighbourChunks().keys(),
  value: (site, dataPath) => site.neighbourChunks().get(dataPath),
  encode: toModule,
});

/** The path and name of a kind's only module, at `dataPath`. */
function oneModule(dataPath: string): {
  path: () => string;
  name: (candidate: string) => true | undefined;
  names: () => true[];
} {
  return {
    path: () => dataPath,
    name: (candidate) => (candidate === dataPath ? true : undefined),
    names: () => [true],
  };
}

/** `data/speakers-top.js`: the most quoted speakers, for the list's speaker control. */
export const TOP_SPEAKERS_MODULE = declare({
  kind: "top speakers",
  from: "site",
  written: "before pages",
  everyPage: true,
  ...oneModule(TOP_SPEAKERS_DATA_PATH),
  value: (site) => site.topSpeakers(),
  encode: toModule,
});

/** `data/speakers.js`: everyone quoted, with counts, most quoted first. */
export const SPEAKERS_INDEX_MODULE = declare({
  kind: "speakers index",
  from: "speakers",
  written: "before pages",
  everyPage: true,
  ...oneModule(SPEAKERS_DATA_PATH),
  value: (speakers) => speakers.summaries(),
  encode: toJsonModule,
});

/** `data/speakers/<slug>.js`: a speaker's profile, what their page shows. */
export const SPEAKER_MODULES = declare({
  kind: "speaker",
  from: "speakers",
  written: "with its page",
  path: speakerDataPath,
  name: (dataPath) => nameIn(dataPath, speakerDataPath(NAME), NAME),
  names: (speakers) => speakers.profiles.map((profile) => profile.slug),
  value: (speakers, slug) => speakers.profile(slug),
  encode: toModule,
});

/** `data/search/terms/<group>.js`: the postings of the words of one group. */
export const SEARCH_TERMS_MODULES = declare({
  kind: "search terms",
  from: "search",
  written: "beside pages",
  path: termsDataPath,
  name: (dataPath) => nameIn(dataPath, termsDataPath(NAME), NAME),
  names: (search) => search.groupKeys(),
  value: (search, group) => search.group(group),
  encode: toJsonModule,
});

/** `data/search/docs/<n>.js`: the slugs of the articles the search index numbers. */
export const SEARCH_DOCS_MODULES = declare({
  kind: "search articles",
  from: "search",
  written: "beside pages",
  path: docsDataPath,
  name: (dataPath) => {
    // The last `0` of the first module's path is its number.
    const name = nameIn(dataPath, docsDataPath(0), "0");
    return name === undefined ? undefined : Number(name);
  },
  *names(search) {
    for (let shard = 0; shard < search.docShards(); shard += 1) yield shard;
  },
  value: (search, shard) => search.docs(shard),
  encode: toModule,
});

/** Every kind, in the order a build writes those written at the same time. */
export const DATA_MODULES: readonly DataModuleKind[] = [
  ARTICLE_MODULES,
  TOP_SPEAKERS_MODULE,
  LIST_PAGE_MODULES,
  NEIGHBOURS_MODULES,
  SPEAKERS_INDEX_MODULE,
  SPEAKER_MODULES,
  SPEAKER_LIST_PAGE_MODULES,
  SEARCH_TERMS_MODULES,
  SEARCH_DOCS_MODULES,
];

/** The kind of module at `dataPath`; undefined: no data module's path. */
export function dataModuleKind(dataPath: string): DataModuleKind | undefined {
  return DATA_MODULES.find((kind) => kind.owns(dataPath));
}

/**
 * The module at `dataPath` (the dev server's answer), made from the one source its kind
 * reads, which `source` gives (made when first asked for); undefined: there is none.
 */
export async function dataModule(
  dataPath: string,
  source: (name: SourceName) => Promise<ModuleSources[SourceName]>,
): Promise<string | undefined> {
  const kind = dataModuleKind(dataPath);
  return kind && kind.module(await source(kind.from), dataPath);
}

/** {@link dataModule} from the sources at hand; undefined too when its source is not. */
export function moduleFrom(
  sources: Partial<ModuleSources>,
  dataPath: string,
): string | undefined {
  const kind = dataModuleKind(dataPath);
  const source = kind && sources[kind.from];
  return source && kind.module(source, dataPath);
}

/**
 * Every module of the kinds made from the sources given, made now: path and source (the
 * search index's on its thread).
 */
export function modulesOf(sources: Partial<ModuleSources>): [string, string][] {
  const files = dataModuleFiles(
    sources,
    (kind) => sources[kind.from] !== undefined,
  );
  return Array.from(files, ([dataPath, , contents]) => [dataPath, contents()]);
}

/**
 * Every module of the kinds `which` picks, each made when asked for, from `sources`
 * (which must hold what those kinds are made from).
 */
export function* dataModuleFiles(
  sources: Partial<ModuleSources>,
  which: (kind: DataModuleKind) => boolean,
  fingerprints?: readonly string[],
): Generator<VersionedSource> {
  for (const kind of DATA_MODULES)
    if (which(kind)) yield* kind.files(sourceOf(kind, sources), fingerprints);
}

/**
 * The values of the modules any prerendered page may read ({@link
 * DataModuleKind.everyPage}), by path, for every prerendering thread.
 */
export function everyPageValues(
  sources: Partial<ModuleSources>,
): [string, unknown][] {
  const values: [string, unknown][] = [];
  for (const kind of DATA_MODULES) {
    if (!kind.everyPage) continue;
    const source = sourceOf(kind, sources);
    for (const [dataPath] of kind.files(source))
      values.push([dataPath, kind.value(source, dataPath)]);
  }
  return values;
}

function sourceOf(
  kind: DataModuleKind,
  sources: Partial<ModuleSources>,
): ModuleSources[SourceName] {
  const source = sources[kind.from];
  if (source === undefined)
    throw new Error(`The ${kind.kind} modules need the ${kind.from}`);
  return source;
}
