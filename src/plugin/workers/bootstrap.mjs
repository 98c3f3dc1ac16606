// Worker entry: loads the pool's bundled entry module, then answers `{ id, payload }`
// messages with its `handle(payload)`, and `{ id, init }` (a pool started before its
// data was ready) with `init(init)`.
import process from "node:process";
import { parentPort, workerData } from "node:worker_threads";

// Stack traces name the TypeScript lines the bundle was made from.
process.setSourceMapsEnabled(true);
const entry = await import(workerData.entry);
// Modules the entry will need, loaded while the caller still prepares its data.
for (const url of workerData.warm ?? []) await import(url);
if (!workerData.lateInit) await entry.init?.(workerData.init);
parentPort.on("message", async ({ id, payload, init }) => {
  try {
    const result =
      init === undefined ? await entry.handle(payload) : await entry.init(init);
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({
      id,
      error:
        error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
parentPort.postMessage({ ready: true });
