/**
 * How a kind of data module is declared (see data-modules.ts for the site's kinds): what
 * its modules are made from, when the build writes them, and its modules' paths, values
 * and sources.
 */
import type { Article } from "../model/article.ts";
import type { VersionedSource } from "./output-manifest.ts";
import type { SearchIndex } from "./search-index.ts";
import type { SiteData } from "./site-data.ts";
import type { SpeakerData } from "./speaker-data.ts";

/** What one scan's data modules are made from: each kind reads one of these. */
export interface ModuleSources {
  /** The scan's articles, in list order (newest first). */
  articles: readonly Article[];
  /** The list's pages, speakers' totals and neighbours. */
  site: SiteData;
  /** The speakers' profiles. */
  speakers: SpeakerData;
  /** The search index. */
  search: SearchIndex;
}

export type SourceName = keyof ModuleSources;

/** When a build writes a kind's modules. */
export type WhenWritten =
  /** Before any page is rendered: pages read them, and a page is kept only if they did not change. */
  | "before pages"
  /** With the page that reads it: the rendering thread writes it, from its job's value. */
  | "with its page"
  /** While the pages are rendered: only the browser reads them. */
  | "beside pages";

/** One kind of data module, as the dev server, the build and the prerender use it. */
export interface DataModuleKind {
  /** What it is, for people: `article`, `speaker's list page`. */
  readonly kind: string;
  readonly from: SourceName;
  readonly written: WhenWritten;
  /**
   * Given to every prerendering thread for the pages that read it (the list's and the
   * speakers index), rather than with one page's job.
   */
  readonly everyPage: boolean;
  /** Whether `dataPath` is one of this kind's paths (whether or not its module exists). */
  owns(dataPath: string): boolean;
  /** The module at `dataPath`, made from the kind's source; undefined: there is none. */
  module(
    source: ModuleSources[SourceName],
    dataPath: string,
  ): string | undefined;
  /** The value of the module at `dataPath`; undefined: there is none. */
  value(source: ModuleSources[SourceName], dataPath: string): unknown;
  /** A module's source from its value. */
  encode(value: unknown): string;
  /**
   * Every module of the kind, each made when asked for, with a version when the kind
   * has one and the articles have `fingerprints` (in list order, see `SeedScan`).
   */
  files(
    source: ModuleSources[SourceName],
    fingerprints?: readonly string[],
  ): Iterable<VersionedSource>;
}

/** A kind as declared, its modules named by `N` (a slug, a page of a list). */
interface Declaration<S extends SourceName, N> {
  kind: string;
  from: S;
  written: WhenWritten;
  everyPage?: true;
  /** A module's path from its name. */
  path(name: N): string;
  /** A path's name, if the path has this kind's form (checked against {@link path}). */
  name(dataPath: string): N | undefined;
  /** A module's value; undefined: no module has this name. */
  value(source: ModuleSources[S], name: N): unknown;
  /** A module's source from its value. */
  encode(value: unknown): string;
  /** A module's source made from the kind's source, when quicker than from its value. */
  module?(source: ModuleSources[S], name: N): string | undefined;
}

/** Every module of a kind: by name, or made by the kind's source (with their versions). */
type Listed<S extends SourceName, N> =
  | { names(source: ModuleSources[S]): Iterable<N>; files?: never }
  | {
      /** See {@link DataModuleKind.files}. */
      files(
        source: ModuleSources[S],
        fingerprints?: readonly string[],
      ): Iterable<VersionedSource>;
      names?: never;
    };

export function declare<S extends SourceName, N>(
  declared: Declaration<S, N> & Listed<S, N>,
): DataModuleKind {
  const nameOf = (dataPath: string): N | undefined => {
    const name = declared.name(dataPath);
    return name !== undefined && declared.path(name) === dataPath
      ? name
      : undefined;
  };
  const value = (source: ModuleSources[S], dataPath: string): unknown => {
    const name = nameOf(dataPath);
    return name === undefined ? undefined : declared.value(source, name);
  };
  return {
    kind: declared.kind,
    from: declared.from,
    written: declared.written,
    everyPage: declared.everyPage ?? false,
    owns: (dataPath) => nameOf(dataPath) !== undefined,
    // The kind's `from` says which source it is given.
    value: (source, dataPath) => value(source as ModuleSources[S], dataPath),
    module(source, dataPath) {
      const own = source as ModuleSources[S];
      if (declared.module) {
        const name = nameOf(dataPath);
        return name === undefined ? undefined : declared.module(own, name);
      }
      const found = value(own, dataPath);
      return found === undefined ? undefined : declared.encode(found);
    },
    encode: declared.encode,
    *files(source, fingerprints) {
      const own = source as ModuleSources[S];
      if (declared.files) {
        yield* declared.files(own, fingerprints);
        return;
      }
      for (const name of declared.names(own))
        yield [
          declared.path(name),
          undefined,
          () => declared.encode(declared.value(own, name)),
        ];
    },
  };
}

/** A name no path holds, to find where a path function puts its name. */
export const NAME = "\0";

/**
 * The name standing in `dataPath` where `sample` has `name`
 * (`data/speakers/<name>.js`); undefined: `dataPath` has another form.
 */
export function nameIn(
  dataPath: string,
  sample: string,
  name: string,
): string | undefined {
  const at = sample.lastIndexOf(name);
  const before = sample.slice(0, at);
  const after = sample.slice(at + name.length);
  if (
    dataPath.length <= before.length + after.length ||
    !dataPath.startsWith(before) ||
    !dataPath.endsWith(after)
  )
    return undefined;
  const found = dataPath.slice(before.length, dataPath.length - after.length);
  return found.includes("/") ? undefined : found;
}
