import { SeedData, openSeedStore } from "../seed-data.ts";

/** What the dev server's data thread starts with. */
export interface DevDataInit {
  /** The seeds folder, absolute. */
  dir: string;
  /** The extraction cache's folder, absolute (the plugin's `cacheDir`). */
  cacheDir: string;
  /** Threads extraction may use (the plugin's `threads`). */
  threads: number;
}

/** What the dev server asks its data thread. */
export type DevDataRequest =
  /** A `data/` module's source, or null when there is none. */
  | { kind: "module"; path: string }
  /** A quote export's file (`exports/…`) under the base path, or null when there is none. */
  | { kind: "export"; path: string; base: string }
  /** Files changed (null: unknown which): rescan, then the new scan's warnings. */
  | { kind: "rescan"; changed: string[] | null }
  /** The last scan's warnings. */
  | { kind: "warnings" };

let data: SeedData | undefined;

/** Starts reading the seeds at once: the first page waits for them. */
export function init({ dir, cacheDir, threads }: DevDataInit): void {
  data = new SeedData(openSeedStore(dir, cacheDir, threads));
  data.scan().catch(() => undefined);
}

export async function handle(
  request: DevDataRequest,
): Promise<string | string[] | null> {
  if (!data) throw new Error("Dev data thread used before init");
  switch (request.kind) {
    case "module":
      return (await data.module(request.path)) ?? null;
    case "export":
      return (await data.exportFile(request.path, request.base)) ?? null;
    case "rescan":
      data.changed(request.changed);
      return data.warnings();
    case "warnings":
      return data.warnings();
  }
}
