declare module "virtual:quote-reader/data" {
  /**
   * The default export of a data module under `data/` (paths in src/model/data-files.ts):
   * fetched by `import()` in the browser, from memory while prerendering. Rejects when
   * there is no such module.
   */
  export function loadData<T>(path: string): Promise<T>;
  /** In dev, calls `listener` when seeds change (after which `loadData` fetches anew). */
  export function onDataChange(listener: () => void): () => void;
}
