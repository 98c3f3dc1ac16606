import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { RenderResult } from "../../model/page.ts";
import { type SiteIndex, installServerData } from "../data-source.ts";
import { fillTemplate } from "../prerender.ts";
import { toModule } from "../site-data.ts";

/** What a prerendering thread is started with. */
export interface PrerenderInit {
  serverEntry: string;
  template: string;
  outDir: string;
  /** Vite's base without its trailing slash: `` or `/news`. */
  base: string;
  index: SiteIndex;
}

/** Routes to render, and data modules (an article's) that they read and that are written too. */
export interface PrerenderJob {
  routes: { route: string; file: string }[];
  data: [string, unknown][];
}

let setup: PrerenderInit;
let render: (url: string) => Promise<RenderResult>;
const extra = new Map<string, unknown>();

export async function init(data: PrerenderInit): Promise<void> {
  // React's development build renders several times slower; prerendered pages are production.
  process.env.NODE_ENV = "production";
  setup = data;
  installServerData(data.index, extra);
  ({ render } = (await import(pathToFileURL(data.serverEntry).href)) as {
    render: (url: string) => Promise<RenderResult>;
  });
}

/** Writes the job's data modules, renders its routes and writes their HTML. */
export async function handle(job: PrerenderJob): Promise<number> {
  extra.clear();
  const writes: Promise<void>[] = [];
  const made = new Map<string, Promise<unknown>>();
  const write = async (file: string, contents: string): Promise<void> => {
    const dir = path.dirname(file);
    let ready = made.get(dir);
    if (!ready) {
      ready = mkdir(dir, { recursive: true });
      made.set(dir, ready);
    }
    await ready;
    await writeFile(file, contents);
  };
  for (const [dataPath, value] of job.data) {
    extra.set(dataPath, value);
    writes.push(write(path.join(setup.outDir, dataPath), toModule(value)));
  }
  for (const { route, file } of job.routes) {
    const result = await render(setup.base + route);
    if (route !== "/404/" && result.status !== 200)
      throw new Error(`Prerendering ${route} answered ${result.status}`);
    writes.push(
      write(
        path.join(setup.outDir, file),
        fillTemplate(setup.template, result),
      ),
    );
  }
  await Promise.all(writes);
  return job.routes.length;
}
