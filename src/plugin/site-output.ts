import { mkdir, rm, writeFile } from "node:fs/promises";
import { closeSync, fstatSync, openSync, readSync, rmSync } from "node:fs";
import path from "node:path";
import {
  contentHash,
  fileWriter,
  inBatches,
  listFiles,
  removeEmptyFolders,
  writeInPieces,
} from "./output-files.ts";
import {
  type OutputFolder,
  emptyOutputFolder,
  readOutputFolder,
} from "./output-folder.ts";
import {
  type BundleRecord,
  MANIFEST_VERSION,
  type Manifest,
  OWNED_FILE,
  type PageSource,
  type VersionedSource,
} from "./output-manifest.ts";
import { replaceFile } from "./replace-file.ts";
import { threadCount } from "./workers/pool.ts";

/**
 * The build's output folder, written incrementally: a file whose contents did not change
 * since the last build into the same folder is not written again, a page whose renderer
 * and data did not change is not even rendered, and files the last build wrote that this
 * one does not are deleted. What was written is recorded in a manifest in the cache
 * folder, valid only while the folder still holds that build's report (a failed or
 * foreign build in between makes the next one write everything).
 */
export class SiteOutput {
  readonly dir: string;
  private readonly manifestFile: string;
  private readonly reportFile: string;
  private readonly previous: Manifest | undefined;
  /** Every file in the folder when the build started, relative, `/`-separated. */
  private readonly present: Set<string>;
  /** The files an earlier build recorded in {@link OWNED_FILE} as its own. */
  private readonly owned: ReadonlySet<string>;
  private readonly files = new Map<string, string>();
  private readonly versions = new Map<string, string>();
  /** Files {@link recorded} found as recorded: their size and time (see `Manifest`). */
  private readonly checked = new Map<string, string>();
  private readonly pages = new Map<string, PageSource & { file: string }>();
  private bundle: BundleRecord | undefined;
  private readonly write = fileWriter();
  /** Files written (not kept as they were), for the build's log. */
  written = 0;

  /**
   * A hash of every page and data module this build wrote or kept, so far: what
   * changes whenever anything a reader sees changes.
   */
  version(): string {
    const entries = [...this.files].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
    );
    return contentHash(JSON.stringify(entries));
  }

  /** Whether the folder held the last build, whose unchanged files this one keeps. */
  get incremental(): boolean {
    return this.previous !== undefined;
  }

  private constructor(dir: string, folder: OutputFolder) {
    this.dir = dir;
    this.manifestFile = folder.manifestFile;
    this.reportFile = folder.reportFile;
    this.previous = folder.previous;
    this.present = folder.present;
    this.owned = folder.owned;
  }

  /**
   * Opens `dir` for a build: reads what the last build left there
   * ({@link readOutputFolder}), then removes the report, so that a build failing from
   * here on leaves a folder the next build rewrites whole. The folder is listed on a
   * thread of its own when `threads` ({@link threadCount}) allows.
   */
  static async open(
    dir: string,
    cacheDir: string,
    reportName: string,
    threads = threadCount(),
  ): Promise<SiteOutput> {
    const folder = await readOutputFolder(dir, cacheDir, reportName, threads);
    await rm(folder.reportFile, { force: true });
    return new SiteOutput(dir, folder);
  }

  /**
   * Empties the folder for this build, keeping the pages and data modules the last build
   * wrote into it (and its bundle, when kept); see {@link emptyOutputFolder}, which
   * stops at files no build wrote unless `clean` (`vite build --emptyOutDir`).
   */
  clear(bundle: BundleRecord | undefined, clean: boolean): void {
    const keep = new Set([
      ...Object.keys(this.previous?.files ?? {}),
      ...(bundle?.files ?? []),
      OWNED_FILE,
    ]);
    emptyOutputFolder(this.dir, this.present, this.owned, keep, clean);
  }

  /** Writes a file (path relative to the folder) unless it holds these contents already. */
  writeFile(relative: string, contents: string): void {
    if (this.recordFile(relative, contents))
      this.write(path.join(this.dir, relative), contents);
  }

  /**
   * Records a file that someone else writes (a prerendering thread): returns whether
   * it must be written, its contents differing from what the last build wrote.
   */
  recordFile(relative: string, contents: string): boolean {
    const hash = contentHash(contents);
    this.files.set(relative, hash);
    const write = this.previous?.files[relative] !== hash;
    if (write) this.written += 1;
    return write;
  }

  /**
   * Like {@link recordFile}, for a file that has a version string which changes whenever
   * its contents may: with the version of the last build, its contents are known
   * unchanged without making them; else they are made and compared (a new version may
   * well give the same contents, and the pages reading it need not be rendered again).
   * A file the last build did not write is not made here: the caller writes it and
   * gives its hash to {@link recordHash}.
   */
  recordVersioned(
    relative: string,
    version: string,
    contents: () => string,
  ): boolean {
    // Kept as a hash: a speaker's version names every article quoting them, and the
    // manifest is read and written by every build.
    const digest = contentHash(version);
    this.versions.set(relative, digest);
    const hash = this.previous?.files[relative];
    if (hash !== undefined && this.previous?.versions[relative] === digest) {
      this.files.set(relative, hash);
      return false;
    }
    // Nothing to compare with (a first build): written, and its hash recorded by
    // whoever makes and writes it (a prerendering thread), see recordHash.
    if (hash === undefined) {
      this.written += 1;
      return true;
    }
    return this.recordFile(relative, contents());
  }

  /** Records the hash of a file written for {@link recordVersioned}. */
  recordHash(relative: string, hash: string): void {
    this.files.set(relative, hash);
  }

  /**
   * Writes many files, in batches between which this thread's other work goes on. A
   * generator's sources are made one at a time, not all held at once.
   */
  async writeFiles(files: Iterable<[string, string]>): Promise<void> {
    await inBatches(files, ([relative, contents]) =>
      this.writeFile(relative, contents),
    );
  }

  /**
   * {@link writeFiles} for files with versions ({@link recordVersioned}): a file whose
   * version is the last build's is kept without making its contents.
   */
  async writeVersionedFiles(files: Iterable<VersionedSource>): Promise<void> {
    await inBatches(files, ([relative, version, contents]) => {
      if (version === undefined) {
        this.writeFile(relative, contents());
        return;
      }
      let made: string | undefined;
      const make = (): string => (made ??= contents());
      if (!this.recordVersioned(relative, version, make)) return;
      // A file new to the folder: recorded here (recordVersioned leaves that to the writer).
      if (!this.files.has(relative))
        this.recordHash(relative, contentHash(make()));
      this.write(path.join(this.dir, relative), make());
    });
  }

  /**
   * A file this build wrote or kept so far, its bytes as the folder holds them; undefined when the
   * build has not recorded it, or the folder's copy is gone or is not what was recorded
   * (changed by hand since).
   */
  recorded(relative: string): Buffer | undefined {
    const hash = this.files.get(relative);
    if (hash === undefined) return undefined;
    let contents: Buffer;
    let stamp: string;
    try {
      const fd = openSync(path.join(this.dir, relative), "r");
      try {
        const { size, mtimeMs } = fstatSync(fd);
        stamp = `${size} ${mtimeMs}`;
        contents = Buffer.allocUnsafe(size);
        for (let done = 0; done < size;) {
          const got = readSync(fd, contents, done, size - done, done);
          if (got === 0) return undefined;
          done += got;
        }
      } finally {
        closeSync(fd);
      }
    } catch {
      return undefined;
    }
    // Not hashed again when the last build found it so, with this hash, and its size
    // and time have not changed since.
    const known =
      this.previous?.files[relative] === hash &&
      this.previous.checked?.[relative] === stamp;
    if (!known && contentHash(contents) !== hash) return undefined;
    this.checked.set(relative, stamp);
    return contents;
  }

  /**
   * Writes a file too large to hold whole (the archive of every quote), made of
   * `pieces` ({@link writeInPieces}). Kept without making it when its version is the
   * last build's; a new version writes it.
   */
  async writePieces(
    relative: string,
    version: string | undefined,
    pieces: () => Iterable<string | Uint8Array>,
  ): Promise<void> {
    const hash = this.previous?.files[relative];
    if (version !== undefined) {
      const digest = contentHash(version);
      this.versions.set(relative, digest);
      if (hash !== undefined && this.previous?.versions[relative] === digest) {
        this.files.set(relative, hash);
        return;
      }
    }
    const written = await writeInPieces(
      path.join(this.dir, relative),
      pieces(),
    );
    this.files.set(relative, written);
    if (written !== hash) this.written += 1;
  }

  /**
   * Forgets what the last build wrote at a path that something else (the bundler) has
   * written since: the file is written again, and a page there rendered again.
   */
  overwritten(relative: string): void {
    if (this.previous) delete this.previous.files[relative];
  }

  /**
   * The last build's bundle, if it was made from inputs with this key and every file
   * of it is still in the folder: a build may keep it instead of bundling again.
   */
  previousBundle(key: string): BundleRecord | undefined {
    const bundle = this.previous?.bundle;
    if (bundle?.key !== key) return undefined;
    return bundle.files.every((file) => this.present.has(file))
      ? bundle
      : undefined;
  }

  /**
   * Records the bundle this build wrote or kept, and returns it. `files` defaults to
   * what the folder holds that the last build did not write: what the bundler just
   * wrote.
   */
  recordBundle(
    bundle: Omit<BundleRecord, "files"> & { files?: string[] },
  ): BundleRecord {
    const files =
      bundle.files ??
      [...listFiles(this.dir)].filter(
        (relative) => this.previous?.files[relative] === undefined,
      );
    this.bundle = { ...bundle, files };
    return this.bundle;
  }

  /** The hash the last build recorded for a file, for a thread that writes it itself. */
  previousHash(relative: string): string | undefined {
    return this.previous?.files[relative];
  }

  /**
   * Keeps a route's page as the last build wrote it if it was rendered by the same
   * renderer from data modules that have not changed since; returns whether it did.
   */
  keepPage(route: string, renderer: string): boolean {
    const page = this.previous?.pages[route];
    if (!page || page.renderer !== renderer) return false;
    const hash = this.previous?.files[page.file];
    if (!hash) return false;
    for (const [dataPath, stored] of page.deps)
      if (this.files.get(dataPath) !== stored) return false;
    this.pages.set(route, page);
    this.files.set(page.file, hash);
    return true;
  }

  /** Records a page a thread rendered and wrote (or found unchanged). */
  recordPage(
    route: string,
    file: string,
    hash: string,
    source: { renderer: string; read: string[] },
  ): void {
    if (this.previous?.files[file] !== hash) this.written += 1;
    this.files.set(file, hash);
    this.pages.set(route, {
      file,
      renderer: source.renderer,
      deps: source.read.map((dataPath) => [
        dataPath,
        this.files.get(dataPath) ?? "missing",
      ]),
    });
  }

  /**
   * Deletes what the last build wrote and this one did not, writes the build report
   * last, and records this build's manifest.
   */
  async finish(report: string): Promise<void> {
    const stale = Object.keys(this.previous?.files ?? {}).filter(
      (relative) => !this.files.has(relative),
    );
    for (const relative of stale)
      rmSync(path.join(this.dir, relative), { force: true });
    removeEmptyFolders(this.dir, stale);
    // What this build wrote, its bundle and its report: the next build's to replace.
    const own = new Set([
      ...this.files.keys(),
      ...(this.bundle?.files ?? []),
      path.relative(this.dir, this.reportFile).split(path.sep).join("/"),
      OWNED_FILE,
    ]);
    await writeFile(
      path.join(this.dir, OWNED_FILE),
      `${[...own].sort().join("\n")}\n`,
    );
    await writeFile(this.reportFile, report);
    const manifest: Manifest = {
      version: MANIFEST_VERSION,
      report: contentHash(report),
      files: Object.fromEntries(this.files),
      pages: Object.fromEntries(this.pages),
      versions: Object.fromEntries(this.versions),
      checked: Object.fromEntries(this.checked),
      bundle: this.bundle,
    };
    await mkdir(path.dirname(this.manifestFile), { recursive: true });
    await replaceFile(this.manifestFile, JSON.stringify(manifest));
  }
}
