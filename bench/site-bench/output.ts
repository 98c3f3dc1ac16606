import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Bytes and files under `dir`. */
export async function folderSize(
  dir: string,
): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, {
    withFileTypes: true,
    recursive: true,
  })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

/**
 * What the home page fetches before it is interactive: its HTML, the scripts and
 * stylesheets it names, and the chunks the entry imports statically (its modulepreload
 * links), each gzipped.
 */
export async function firstLoad(
  outDir: string,
): Promise<{ total: number; parts: [string, number][] }> {
  const html = await readFile(path.join(outDir, "index.html"), "utf8");
  const parts: [string, number][] = [["index.html", gzipSync(html).length]];
  const urls = new Set<string>();
  for (const match of html.matchAll(
    /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"[^>]*>/g,
  )) {
    const tag = match[0];
    if (
      tag.startsWith("<link") &&
      !/rel="(stylesheet|modulepreload)"/.test(tag)
    )
      continue;
    urls.add(match[1] as string);
  }
  for (const url of urls) {
    const file = path.join(
      outDir,
      url.replace(/^\/+/, "").split("?")[0] as string,
    );
    const body = await readFile(file).catch(() => null);
    if (body) parts.push([path.basename(file), gzipSync(body).length]);
  }
  return { total: parts.reduce((sum, [, bytes]) => sum + bytes, 0), parts };
}
