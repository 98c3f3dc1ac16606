/** `Symbol.for` key of the function the server renderer loads data with (see seeds-plugin). */
export const SERVER_DATA_KEY = "quote-reader.data";

/**
 * Answers the server renderer's `loadData(path)` while prerendering: the modules any
 * page may read from `shared` (the speakers'), anything else (the list page, article or
 * speaker being rendered) from `extra`. A prerendered page is never filtered, so
 * speakers' lists are not needed.
 */
export function installServerData(
  shared: readonly [string, unknown][],
  extra: Map<string, unknown>,
): void {
  const everyPage = new Map<string, unknown>(shared);
  (globalThis as Record<symbol, unknown>)[Symbol.for(SERVER_DATA_KEY)] = async (
    dataPath: string,
  ) => {
    if (extra.has(dataPath)) return extra.get(dataPath);
    if (everyPage.has(dataPath)) return everyPage.get(dataPath);
    throw new Error(`No data at ${dataPath} while prerendering`);
  };
}
