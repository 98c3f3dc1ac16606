/* What the build's output folder records of itself (see site-output.ts): the files it
 * wrote and their versions, the pages and what they were rendered from, and the bundle. */

/** A file to write: its path, its version if it has one, and how to make its source. */
export type VersionedSource = [
  relative: string,
  version: string | undefined,
  contents: () => string,
];

/** What one route's page was rendered from: the renderer, and each data module it read. */
export interface PageSource {
  renderer: string;
  deps: [dataPath: string, hash: string][];
}

/** What a build wrote into its output folder (kept in the cache, not published). */
export interface Manifest {
  version: typeof MANIFEST_VERSION;
  /** Hash of the build report written last: the folder still holds that build. */
  report: string;
  /** Every file the build wrote (pages, data modules), by path relative to the folder. */
  files: Record<string, string>;
  /** Every prerendered route, and what it was rendered from. */
  pages: Record<string, PageSource & { file: string }>;
  /** Files recorded with a version ({@link SiteOutput.recordVersioned}): its hash. */
  versions: Record<string, string>;
  /**
   * Files whose bytes the build read back and found as recorded (an article's export,
   * copied into the archive's): their size and modification time, `"<size> <mtimeMs>"`.
   * The next build trusts such a file's recorded hash while both are the same.
   */
  checked?: Record<string, string>;
  /** What the bundler wrote, for a later build of the same app to keep. */
  bundle?: BundleRecord;
}

/** A bundle written into the folder: the app's code, styles, page template, service worker. */
export interface BundleRecord {
  /** `bundleKey` of what it was made from. */
  key: string;
  /** Every file the bundler wrote into the folder, relative. */
  files: string[];
  /** The page template (the client build's `index.html`, which the home page replaced). */
  template: string;
  /** `rendererHash` of the server renderer built with it, which lives outside the folder. */
  renderer: string;
}

export const MANIFEST_VERSION = 4;

/**
 * The list of every file a build wrote into its output folder, one relative path a line,
 * kept in the folder itself: whatever the cache holds or where it lives, the next build
 * knows which files are its own to replace or delete, and which are somebody else's.
 */
export const OWNED_FILE = ".quote-reader-files";
