import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * Starts a worker thread on the module at `js` (a `.js` URL beside the caller, e.g.
 * `new URL("./worker.js", import.meta.url)`): that file in the build; run from the TypeScript
 * sources (tests, tsx benches), the `.ts` file beside it through tsx's loader, registered in the
 * worker before the import (Node 20 does not apply `--import` hooks to a worker's entry module).
 * Undefined when neither file is there.
 */
export function startWorker(js: URL, options: WorkerOptions = {}): Worker | undefined {
  if (existsSync(fileURLToPath(js))) return new Worker(js, options);
  const ts = new URL(js.href.replace(/\.js$/, ".ts"));
  if (!existsSync(fileURLToPath(ts))) return undefined;
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(ts.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
