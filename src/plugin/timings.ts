import { writeFile } from "node:fs/promises";

/**
 * Wall-clock milliseconds per build phase: `read`, `extract`, `bundle`, `prerender`,
 * `write`. Kept on `globalThis`: Vite may evaluate this module more than once (the config
 * bundle and the plugins it loads), and every copy must add to the same figures.
 */
const phases = ((globalThis as Record<symbol, Map<string, number>>)[
  Symbol.for("quote-reader.timings")
] ??= new Map<string, number>());

/** Adds `ms` to a phase. */
export function addTime(phase: string, ms: number): void {
  phases.set(phase, (phases.get(phase) ?? 0) + ms);
}

/** Milliseconds spent so far in a phase. */
export function phaseTime(phase: string): number {
  return phases.get(phase) ?? 0;
}

/** Highest resident memory seen while each timed phase ran, sampled every 100 ms. */
const peaks = new Map<string, number>();
const running = new Set<string>();
let sampler: ReturnType<typeof setInterval> | undefined;
/** Whether {@link timed} samples memory: only when the timings are written. */
let sampling = false;

/** Samples memory during the phases from now on, for {@link writeTimings}. */
export function sampleMemory(): void {
  sampling = true;
}

function sample(): void {
  const rss = process.memoryUsage.rss();
  for (const phase of running)
    peaks.set(phase, Math.max(peaks.get(phase) ?? 0, rss));
}

/** Runs `task`, adding its wall-clock time to `phase`. */
export async function timed<T>(
  phase: string,
  task: () => Promise<T>,
): Promise<T> {
  const start = performance.now();
  running.add(phase);
  if (sampling) (sampler ??= setInterval(sample, 100)).unref();
  try {
    return await task();
  } finally {
    sample();
    running.delete(phase);
    addTime(phase, performance.now() - start);
  }
}

/**
 * Writes the phases and peak memory to `file` as JSON (what `npm run bench` reads, via
 * the plugin's `timings` option); nothing when `file` is undefined.
 */
export async function writeTimings(
  file: string | undefined,
  extra: Record<string, number>,
): Promise<void> {
  if (!file) return;
  const usage = process.resourceUsage();
  const result = {
    ...Object.fromEntries(phases),
    ...extra,
    ...Object.fromEntries(
      [...peaks].map(([phase, bytes]) => [`peakRssBytes ${phase}`, bytes]),
    ),
    // Kilobytes in Node's resourceUsage; worker threads share the process, so this counts them.
    peakRssBytes: usage.maxRSS * 1024,
    // CPU time of every thread: what the build costs, whatever else the machine runs.
    cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    // Of which in the kernel: creating files, faulting pages in. It grows when the file
    // system is slow to allocate (see docs/benchmarks.md).
    cpuKernel: usage.systemCPUTime / 1000,
  };
  await writeFile(file, JSON.stringify(result));
}
