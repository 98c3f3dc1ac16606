import path from "node:path";
import { pathToFileURL } from "node:url";
import type { RenderResult } from "../../model/page.ts";
import {
  SERVER_DATA_KEY,
  type SiteIndex,
  installServerData,
} from "../data-source.ts";
import { fillTemplate } from "../prerender.ts";
import { RenderCache, valueHash } from "../render-cache.ts";
import { fileWriter, toModule } from "../site-data.ts";

/** What a prerendering thread is started with. */
export interface PrerenderInit {
  serverEntry: string;
  template: string;
  outDir: string;
  /** Vite's base without its trailing slash: `` or `/news`. */
  base: string;
  index: SiteIndex;
  /** Where rendered pages are kept between builds, and the renderer's hash; none: no cache. */
  cache?: { dir: string; renderer: string };
}

/** Routes to render, and data modules (an article's) that they read and that are written too. */
export interface PrerenderJob {
  routes: { route: string; file: string }[];
  data: [string, unknown][];
}

let setup: PrerenderInit;
let render: (url: string) => Promise<RenderResult>;
const extra = new Map<string, unknown>();
let cache: RenderCache | undefined;
/**
 * Data modules the render in progress has read, by value (renders in a thread run one at
 * a time): their paths for the render cache, their values to refer to in the payload.
 */
let reading: Map<unknown, string> | undefined;
/** Hashes of data values, by path, for this job. */
const hashes = new Map<string, Promise<string>>();
let loadData: (dataPath: string) => Promise<unknown>;

/** The hash of a data module's current value; `missing` for one that does not exist. */
function currentHash(dataPath: string): Promise<string> {
  let known = hashes.get(dataPath);
  if (!known) {
    known = loadData(dataPath).then(valueHash, () => "missing");
    hashes.set(dataPath, known);
  }
  return known;
}

export async function init(data: PrerenderInit): Promise<void> {
  // React's development build renders several times slower; prerendered pages are production.
  process.env.NODE_ENV = "production";
  setup = data;
  installServerData(data.index, extra);
  // Record what each render reads, for the render cache.
  const global = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(SERVER_DATA_KEY);
  loadData = global[key] as typeof loadData;
  global[key] = async (dataPath: string) => {
    const value = await loadData(dataPath);
    reading?.set(value, dataPath);
    return value;
  };
  if (data.cache) cache = new RenderCache(data.cache.dir, data.cache.renderer);
  ({ render } = (await import(pathToFileURL(data.serverEntry).href)) as {
    render: (url: string) => Promise<RenderResult>;
  });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Writes the job's data modules, renders its routes and writes their HTML. Jobs run one
 * after another: the data a render reads belongs to its job.
 */
export function handle(job: PrerenderJob): Promise<number> {
  const run = queue.then(() => handleJob(job));
  queue = run.catch(() => undefined);
  return run;
}

async function handleJob(job: PrerenderJob): Promise<number> {
  extra.clear();
  hashes.clear();
  const writes: Promise<void>[] = [];
  const write = fileWriter();
  for (const [dataPath, value] of job.data) {
    extra.set(dataPath, value);
    writes.push(write(path.join(setup.outDir, dataPath), toModule(value)));
  }
  for (const { route, file } of job.routes) {
    const result = await renderCached(route);
    if (route !== "/404/" && result.status !== 200)
      throw new Error(`Prerendering ${route} answered ${result.status}`);
    writes.push(
      write(
        path.join(setup.outDir, file),
        fillTemplate(setup.template, result, setup.base),
      ),
    );
  }
  await Promise.all(writes);
  return job.routes.length;
}

/** The route's cached render if nothing it read has changed, else a new render, kept. */
async function renderCached(route: string): Promise<RenderResult> {
  const url = setup.base + route;
  const cached = await cache?.get(url, currentHash).catch(() => undefined);
  if (cached) return cached;
  reading = new Map();
  const result = withDataRefs(await render(url), reading);
  const read = [...new Set(reading.values())];
  reading = undefined;
  if (cache) {
    const deps = await Promise.all(
      read.map(async (dataPath): Promise<[string, string]> => [
        dataPath,
        await currentHash(dataPath),
      ]),
    );
    await cache.set(url, deps, result).catch(() => undefined);
  }
  return result;
}

/**
 * The payload with each route's loader data that is a whole data module the page read
 * (the same value, not a copy) replaced by that module's path: the browser imports it.
 */
function withDataRefs(
  result: RenderResult,
  read: Map<unknown, string>,
): RenderResult {
  const loaderData: Record<string, unknown> = {};
  const dataRefs: Record<string, string> = {};
  for (const [id, value] of Object.entries(result.payload.loaderData)) {
    const dataPath =
      value !== null && typeof value === "object" ? read.get(value) : undefined;
    if (dataPath) dataRefs[id] = dataPath;
    else loaderData[id] = value;
  }
  return { ...result, payload: { ...result.payload, loaderData, dataRefs } };
}
