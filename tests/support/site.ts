import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import sirv from "sirv";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");

export interface BuiltSite {
  outDir: string;
  stdout: string;
  stderr: string;
}

/**
 * Runs `vite build` as a user would, with `SEEDS_DIR` and `BASE_PATH`, into `outDir` or
 * else a new temp folder.
 */
export async function buildSite(
  options: {
    seedsDir?: string;
    basePath?: string;
    outDir?: string;
    /** More environment for the build (`QUOTE_READER_THREADS`, …). */
    env?: NodeJS.ProcessEnv;
    /** More arguments for `vite build` (`--emptyOutDir`). */
    args?: string[];
  } = {},
): Promise<BuiltSite> {
  const outDir =
    options.outDir ??
    (await mkdtemp(path.join(tmpdir(), "quote-reader-site-")));
  // As `npm run build` would: vitest sets NODE_ENV=test, which would give React dev JSX.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    OUT_DIR: outDir,
    ...options.env,
  };
  if (options.seedsDir) env.SEEDS_DIR = options.seedsDir;
  if (options.basePath) env.BASE_PATH = options.basePath;
  const { stdout, stderr } = await run(
    path.join(ROOT, "node_modules/.bin/vite"),
    ["build", ...(options.args ?? [])],
    {
      cwd: ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { outDir, stdout, stderr };
}

export interface StaticServer {
  origin: string;
  /** While offline, every request fails at the network level, as with no connection. */
  setOffline(offline: boolean): void;
  close(): Promise<void>;
}

/**
 * A plain static file server, like any CDN: files under `base`, a directory answers with
 * its index.html, anything else gets 404.html with status 404. No rewrites.
 */
export async function serveStatic(
  dir: string,
  base = "/",
  /** Look files up on each request, as after a redeploy into the same folder. */
  live = false,
): Promise<StaticServer> {
  const files = sirv(dir, { dev: live, etag: true });
  const notFoundPage = async (): Promise<Buffer | null> =>
    existsSync(path.join(dir, "404.html"))
      ? readFile(path.join(dir, "404.html"))
      : null;
  let notFound = await notFoundPage();
  let offline = false;
  const server: Server = createServer((request, response) => {
    if (offline) {
      request.socket.destroy();
      return;
    }
    const url = request.url ?? "/";
    const sendNotFound = (): void => {
      response.statusCode = 404;
      response.setHeader("content-type", "text/html; charset=utf-8");
      if (!live) {
        response.end(notFound ?? "Not found");
        return;
      }
      void notFoundPage().then((page) => {
        notFound = page;
        response.end(page ?? "Not found");
      });
    };
    if (!url.startsWith(base)) return sendNotFound();
    request.url = `/${url.slice(base.length)}`;
    files(request, response, sendNotFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setOffline: (value) => {
      offline = value;
      if (value) server.closeAllConnections();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The project's bundled seeds folder. */
export const SEEDS_DIR = path.join(ROOT, "seeds");

/** The bundled seed's article as the site shows it: its slug (made from its title). */
export const SEED_SLUG =
  "putin-blames-us-for-hamas-attack-fails-to-condemn-terror";
/** The bundled seed's title. */
export const SEED_TITLE =
  "Putin blames US for Hamas attack, fails to condemn terror";
