import path from "node:path";
import { pathToFileURL } from "node:url";
import type { RenderResult } from "../../model/page.ts";
import { SERVER_DATA_KEY, installServerData } from "../data-source.ts";
import { dataModuleKind } from "../data-modules.ts";
import { jsonModule } from "../module-source.ts";
import { fillTemplate } from "../page-template.ts";
import { contentHash, fileWriter } from "../output-files.ts";

/** What a prerendering thread is started with. */
export interface PrerenderInit {
  serverEntry: string;
  template: string;
  outDir: string;
  /** Vite's base without its trailing slash: `` or `/news`. */
  base: string;
  /** The site's address without the base (`https://news.example`), if given. */
  origin: string | undefined;
  /** The data modules any page may read (path, value), see `DataModuleKind.everyPage`. */
  shared: [string, unknown][];
}

/**
 * Routes to render, each with its file and the hash of what the last build wrote there
 * (an identical page is not written again), and the data modules (an article's) they read.
 */
export interface PrerenderJob {
  routes: { route: string; file: string; previous: string | undefined }[];
  /**
   * Data module path, value, whether its file must be written (it changed; written as
   * its kind encodes it, see data-modules.ts), and the value's JSON when the build has
   * it already (an article's) instead of the value.
   */
  data: [string, unknown, boolean, string?][];
}

let setup: PrerenderInit;
let render: (url: string) => Promise<RenderResult>;
const extra = new Map<string, unknown>();
/**
 * Data modules the render in progress has read, by value (renders in a thread run one at
 * a time): the payload refers to them instead of carrying them.
 */
let reading: Map<unknown, string> | undefined;
let loadData: (dataPath: string) => Promise<unknown>;

export async function init(data: PrerenderInit): Promise<void> {
  // React's development build renders several times slower; prerendered pages are production.
  process.env.NODE_ENV = "production";
  setup = data;
  installServerData(data.shared, extra);
  // Record what each render reads.
  const global = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(SERVER_DATA_KEY);
  loadData = global[key] as typeof loadData;
  global[key] = async (dataPath: string) => {
    const value = await loadData(dataPath);
    reading?.set(value, dataPath);
    return value;
  };
  ({ render } = (await import(pathToFileURL(data.serverEntry).href)) as {
    render: (url: string) => Promise<RenderResult>;
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** A page rendered: its file's hash and the data modules the render read. */
export interface RenderedPage {
  route: string;
  file: string;
  hash: string;
  read: string[];
}

/**
 * Renders the job's routes and writes their HTML. Jobs run one after another: the data
 * a render reads belongs to its job.
 */
export function handle(job: PrerenderJob): Promise<RenderedJob> {
  const run = queue.then(() => handleJob(job));
  queue = run.catch(() => undefined);
  return run;
}

/** A job done: its pages, and the hash of each data module it wrote. */
export interface RenderedJob {
  pages: RenderedPage[];
  modules: [dataPath: string, hash: string][];
}

async function handleJob(job: PrerenderJob): Promise<RenderedJob> {
  extra.clear();
  const write = fileWriter();
  const modules: [string, string][] = [];
  for (const [dataPath, given, changed, json] of job.data) {
    const value: unknown = json === undefined ? given : JSON.parse(json);
    extra.set(dataPath, value);
    if (!changed) continue;
    const kind = dataModuleKind(dataPath);
    if (!kind)
      throw new Error(`No kind of data module has the path ${dataPath}`);
    const source = encode(
      json !== undefined ? jsonModule(json) : kind.encode(value),
    );
    modules.push([dataPath, contentHash(source)]);
    write(path.join(setup.outDir, dataPath), source);
  }
  const pages: RenderedPage[] = [];
  for (const { route, file, previous } of job.routes) {
    const { result, read } = await renderPage(route);
    if (route !== "/404/" && result.status !== 200)
      throw new Error(`Prerendering ${route} answered ${result.status}`);
    // Encoded once, for the hash and the file.
    const html = encode(
      fillTemplate(setup.template, result, setup.base, setup.origin),
    );
    const hash = contentHash(html);
    if (hash !== previous) write(path.join(setup.outDir, file), html);
    pages.push({ route, file, hash, read });
  }
  return { pages, modules };
}

let scratch = Buffer.allocUnsafe(1024 * 1024);

/**
 * `text` in UTF-8, in a buffer this thread reuses: valid until the next call, so hashed
 * and written before it. A new buffer for each of thousands of pages and modules (50 KB
 * each) cost page faults and garbage collections forced by their external memory.
 */
function encode(text: string): Buffer {
  // At most 3 bytes a UTF-16 unit: a longer text gets a larger buffer.
  if (text.length * 3 > scratch.length)
    scratch = Buffer.allocUnsafe(text.length * 3);
  return scratch.subarray(0, scratch.write(text));
}

/**
 * Renders a route, with the data modules it read; its payload refers to the modules it
 * read whole instead of repeating them.
 */
async function renderPage(
  route: string,
): Promise<{ result: RenderResult; read: string[] }> {
  const read = new Map<unknown, string>();
  reading = read;
  try {
    const result = withDataRefs(await render(setup.base + route), read);
    return { result, read: [...new Set(read.values())] };
  } finally {
    reading = undefined;
  }
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
