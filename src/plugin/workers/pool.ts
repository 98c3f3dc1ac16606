import { createHash } from "node:crypto";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "rolldown";
import { pruneStale } from "../prune.ts";
import { replaceFile } from "../replace-file.ts";

/**
 * Threads to use: one per core, at most `limit` when it is a positive integer (1 turns
 * the pools off, which tests and small sites use). The plugin's `threads` option.
 */
export function threadCount(limit?: number): number {
  const cores = availableParallelism();
  return limit !== undefined && Number.isInteger(limit) && limit > 0
    ? Math.min(limit, cores)
    : cores;
}

/**
 * One call of a worker entry's `handle`: on a thread started now (so that it is ready when
 * the call comes) when `threads` ({@link threadCount}) allows a second one, else `here`,
 * the same code on this thread. The thread stops after the call.
 */
export function startOneCall<Payload, Result>(
  entry: URL,
  here: (payload: Payload) => Result | Promise<Result>,
  threads: number,
): (payload: Payload) => Promise<Result> {
  if (threads < 2) return async (payload) => here(payload);
  const pool = new WorkerPool<Payload, Result>(entry, 1);
  return async (payload) => {
    try {
      return await pool.run(payload);
    } finally {
      void pool.close();
    }
  };
}

/**
 * Where worker entries go once bundled: in the project's own `node_modules`, so that the
 * packages a bundle leaves out (anything imported by name) resolve from it.
 */
export const BUNDLE_DIR = fileURLToPath(
  new URL(
    "../../../node_modules/.cache/quote-reader/workers/",
    import.meta.url,
  ),
);

const bundles = new Map<string, Promise<string>>();

/**
 * A worker's TypeScript entry and the project's modules it imports, bundled into one
 * JavaScript module with its source map (stack traces name the TypeScript lines), once
 * per process: `file:` URL of the bundle. A thread loading it is ready in about 30 ms;
 * one loading the TypeScript through tsx took 170 ms and 0.23 s of CPU, and tsx's hooks
 * slowed every module it imported after (the server renderer, React). The last bundle
 * is used again while none of the files it was made from changed (size and time).
 */
export function bundledEntry(entry: URL): Promise<string> {
  let bundle = bundles.get(entry.href);
  if (!bundle) {
    bundle = bundleEntry(entry);
    bundles.set(entry.href, bundle);
  }
  return bundle;
}

/** What a bundle was made from: `<entry name>-<hash of its path>.json` beside it. */
interface BundleSources {
  bundle: string;
  /** Each module bundled: path, size, modification time (ms). */
  inputs: [string, number, number][];
}

function stamp(file: string): [string, number, number] | undefined {
  try {
    const stats = statSync(file);
    return [file, stats.size, stats.mtimeMs];
  } catch {
    return undefined;
  }
}

async function bundleEntry(entry: URL): Promise<string> {
  const source = fileURLToPath(entry);
  const name = path.basename(source).replace(/\.[cm]?[jt]s$/, "");
  const record = path.join(
    BUNDLE_DIR,
    `${name}-${createHash("sha256").update(source).digest("hex").slice(0, 8)}.json`,
  );
  try {
    const last = JSON.parse(await readFile(record, "utf8")) as BundleSources;
    const file = path.join(BUNDLE_DIR, last.bundle);
    if (
      existsSync(file) &&
      last.inputs.every(([input, size, mtime]) => {
        const now = stamp(input);
        return now?.[1] === size && now[2] === mtime;
      })
    )
      return pathToFileURL(file).href;
  } catch {
    // No record yet, or a damaged one: bundle.
  }
  const { output } = await build({
    input: source,
    platform: "node",
    // Packages and Node's modules are imported as they are.
    external: (id) => !id.startsWith(".") && !path.isAbsolute(id),
    write: false,
    logLevel: "silent",
    plugins: [ORIGINAL_IMPORT_META_URL],
    // The source map names the sources relative to where the bundle goes.
    output: { format: "esm", sourcemap: true, dir: BUNDLE_DIR },
  });
  const [chunk, ...rest] = output;
  if (!chunk || chunk.type !== "chunk")
    throw new Error(`Bundling ${entry.href} made no module`);
  const map = rest.find((file) => file.type === "asset");
  // Named by its contents: builds of other versions of the code, at once, do not clash.
  const hash = createHash("sha256")
    .update(chunk.code)
    .digest("base64url")
    .slice(0, 16);
  const file = path.join(BUNDLE_DIR, `${name}-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(BUNDLE_DIR, { recursive: true });
    if (map)
      await replaceFile(
        `${file}.map`,
        typeof map.source === "string"
          ? map.source
          : Buffer.from(map.source).toString("utf8"),
      );
    await replaceFile(
      file,
      `${chunk.code.replace(/\/\/# sourceMappingURL=.*\n?$/, "")}\n//# sourceMappingURL=${path.basename(file)}.map\n`,
    );
    // Bundles of older code, a day after they were replaced.
    pruneStale(
      BUNDLE_DIR,
      (other) =>
        other.startsWith(`${name}-`) &&
        !path.join(BUNDLE_DIR, other).startsWith(file),
    );
  }
  const inputs = chunk.moduleIds
    .filter((id) => path.isAbsolute(id))
    .map(stamp)
    .filter((input) => input !== undefined);
  const sources: BundleSources = { bundle: path.basename(file), inputs };
  await replaceFile(record, JSON.stringify(sources)).catch(() => undefined);
  return pathToFileURL(file).href;
}

/**
 * Each module's `import.meta.url` stays its own file's, not the bundle's: paths made from
 * it (the extraction cache's sources, the pool's bootstrap) point where they did.
 */
const ORIGINAL_IMPORT_META_URL = {
  name: "quote-reader:original-import-meta-url",
  transform(code: string, id: string) {
    if (!path.isAbsolute(id)) return null;
    const own = code.replace(
      IMPORT_META_URL,
      JSON.stringify(pathToFileURL(id).href),
    );
    return own === code ? null : { code: own };
  },
};
/** `import.meta.url` as code, not in a string (this file names it in one). */
const IMPORT_META_URL = /(?<!["'`])\bimport\.meta\.url\b/g;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

type Slot = {
  worker: Worker;
  busy: number;
  pending: Map<number, Pending>;
  /** Stopped (crashed, exited or closed): takes no more calls. */
  gone: boolean;
};

/**
 * A fixed set of worker threads running one TypeScript module (`entry`, which exports
 * `handle(payload)` and optionally `init(data)`), bundled first ({@link bundledEntry}).
 * Each call goes to the worker with the fewest calls in flight.
 */
export class WorkerPool<Payload, Result> {
  /** The threads, once the entry is bundled and each has loaded it. */
  private readonly ready: Promise<Slot[]>;
  private nextId = 0;

  /**
   * `youngGenerationMb` sizes each thread's young generation, where short-lived objects
   * live: larger than V8's default (48 MB), it is collected less often (prerendering
   * with 128 MB: 30% less time in the collector, about 90 MB more memory per thread).
   */
  constructor(
    entry: URL,
    size: number,
    init?: unknown,
    options: {
      youngGenerationMb?: number;
      /** `init` comes later, through {@link initAll}: the threads start meanwhile. */
      lateInit?: boolean;
      /** Modules each thread loads as it starts (`file:` URLs), before `init`. */
      warm?: string[];
    } = {},
  ) {
    this.ready = bundledEntry(entry).then(async (bundle) => {
      const slots = Array.from({ length: size }, () =>
        startWorker(bundle, init, options),
      );
      // A thread that fails to start stops the others.
      await Promise.all(slots.map(({ started }) => started)).catch(
        async (error: unknown) => {
          await Promise.all(slots.map(({ slot }) => slot.worker.terminate()));
          throw error;
        },
      );
      return slots.map(({ slot }) => slot);
    });
    // Reported by the first call that waits for it.
    this.ready.catch(() => undefined);
  }

  /** Runs `handle(payload)` in the least busy worker. */
  async run(payload: Payload, transfer: ArrayBuffer[] = []): Promise<Result> {
    const live = (await this.ready).filter((candidate) => !candidate.gone);
    if (live.length === 0) throw new Error("Every worker has stopped");
    const slot = live.reduce((least, candidate) =>
      candidate.busy < least.busy ? candidate : least,
    );
    return this.call(slot, { payload }, transfer) as Promise<Result>;
  }

  /** Runs `init(data)` in every worker (of a pool started with `lateInit`). */
  async initAll(data: unknown): Promise<void> {
    const slots = await this.ready;
    await Promise.all(
      slots
        .filter((slot) => !slot.gone)
        .map((slot) => this.call(slot, { init: data })),
    );
  }

  private call(
    slot: Slot,
    message: { payload: Payload } | { init: unknown },
    transfer: ArrayBuffer[] = [],
  ): Promise<unknown> {
    const id = this.nextId++;
    slot.busy += 1;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, ...message }, transfer);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    const slots = await this.ready.catch(() => []);
    await Promise.all(slots.map(({ worker }) => worker.terminate()));
  }
}

/** Starts one thread on a bundled entry; `started` settles once it has loaded it. */
function startWorker(
  bundle: string,
  init: unknown,
  options: { youngGenerationMb?: number; lateInit?: boolean; warm?: string[] },
): { slot: Slot; started: Promise<void> } {
  const worker = new Worker(new URL("./bootstrap.mjs", import.meta.url), {
    workerData: {
      entry: bundle,
      init,
      lateInit: options.lateInit,
      warm: options.warm,
    },
    resourceLimits: { maxYoungGenerationSizeMb: options.youngGenerationMb },
  });
  const slot: Slot = { worker, busy: 0, pending: new Map(), gone: false };
  const started = new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`Worker exited (code ${code}) before starting`)),
    );
    worker.on(
      "message",
      (message: {
        ready?: true;
        id: number;
        result?: unknown;
        error?: string;
      }) => {
        if (message.ready) return resolve();
        const call = slot.pending.get(message.id);
        if (!call) return;
        slot.pending.delete(message.id);
        slot.busy -= 1;
        if (message.error !== undefined) call.reject(new Error(message.error));
        else call.resolve(message.result);
      },
    );
  });
  const stop = (error: Error): void => {
    slot.gone = true;
    for (const call of slot.pending.values()) call.reject(error);
    slot.pending.clear();
  };
  worker.on("error", stop);
  // A worker that exits without an error (process.exit) would leave its calls waiting
  // forever.
  worker.on("exit", (code) => stop(new Error(`Worker exited (code ${code})`)));
  return { slot, started };
}
