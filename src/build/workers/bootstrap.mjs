// Worker entry: lets a worker run TypeScript (through tsx, as the build's config does),
// then answers `{ id, payload }` messages with the entry module's `handle(payload)`.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const entry = await import(workerData.entry);
await entry.init?.(workerData.init);
parentPort.on("message", async ({ id, payload }) => {
  try {
    parentPort.postMessage({ id, result: await entry.handle(payload) });
  } catch (error) {
    parentPort.postMessage({
      id,
      error:
        error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
parentPort.postMessage({ ready: true });
