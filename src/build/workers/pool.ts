import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * Threads to use: one per core, at most `QUOTE_READER_THREADS` when set (1 turns the
 * pools off, which tests and small sites use: starting a worker costs ~0.4 s).
 */
export function threadCount(): number {
  const limit = Number(process.env.QUOTE_READER_THREADS);
  const cores = availableParallelism();
  return Number.isInteger(limit) && limit > 0 ? Math.min(limit, cores) : cores;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * A fixed set of worker threads running one TypeScript module (`entry`, which exports
 * `handle(payload)` and optionally `init(data)`). Each call goes to the worker with the
 * fewest calls in flight.
 */
export class WorkerPool<Payload, Result> {
  private readonly workers: {
    worker: Worker;
    busy: number;
    pending: Map<number, Pending>;
    /** Stopped (crashed, exited or closed): takes no more calls. */
    gone: boolean;
  }[] = [];
  private readonly ready: Promise<unknown>;
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
    const starts: Promise<unknown>[] = [];
    for (let index = 0; index < size; index += 1) {
      const worker = new Worker(new URL("./bootstrap.mjs", import.meta.url), {
        workerData: {
          entry: entry.href,
          init,
          lateInit: options.lateInit,
          warm: options.warm,
        },
        resourceLimits: {
          maxYoungGenerationSizeMb: options.youngGenerationMb,
        },
      });
      const slot = {
        worker,
        busy: 0,
        pending: new Map<number, Pending>(),
        gone: false,
      };
      starts.push(
        new Promise((resolve, reject) => {
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
              if (message.ready) return resolve(undefined);
              const call = slot.pending.get(message.id);
              if (!call) return;
              slot.pending.delete(message.id);
              slot.busy -= 1;
              if (message.error !== undefined)
                call.reject(new Error(message.error));
              else call.resolve(message.result);
            },
          );
        }),
      );
      const stop = (error: Error): void => {
        slot.gone = true;
        for (const call of slot.pending.values()) call.reject(error);
        slot.pending.clear();
      };
      worker.on("error", stop);
      // A worker that exits without an error (process.exit) would leave its calls
      // waiting forever.
      worker.on("exit", (code) =>
        stop(new Error(`Worker exited (code ${code})`)),
      );
      this.workers.push(slot);
    }
    this.ready = Promise.all(starts);
  }

  /** Runs `handle(payload)` in the least busy worker. */
  async run(payload: Payload, transfer: ArrayBuffer[] = []): Promise<Result> {
    await this.ready;
    const live = this.workers.filter((candidate) => !candidate.gone);
    if (live.length === 0) throw new Error("Every worker has stopped");
    const slot = live.reduce((least, candidate) =>
      candidate.busy < least.busy ? candidate : least,
    );
    return this.call(slot, { payload }, transfer) as Promise<Result>;
  }

  /** Runs `init(data)` in every worker (of a pool started with `lateInit`). */
  async initAll(data: unknown): Promise<void> {
    await this.ready;
    await Promise.all(
      this.workers
        .filter((slot) => !slot.gone)
        .map((slot) => this.call(slot, { init: data })),
    );
  }

  private call(
    slot: WorkerPool<Payload, Result>["workers"][number],
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
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
