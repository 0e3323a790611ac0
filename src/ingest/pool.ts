import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { startWorker } from "../util/worker.js";
import { analyseFiles, type AnalysedBatch } from "./analysis.js";

/** How many analysis threads to use: one per core, none on a single core (the main thread does it). */
export function defaultThreads(): number {
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

/** Starts the worker thread `name` (a module next to this one); undefined when it is not there. */
export function startIngestWorker(name: "analyse-worker" | "graph-worker", workerData?: unknown): Worker | undefined {
  return startWorker(new URL(`./${name}.js`, import.meta.url), { workerData });
}

/**
 * Analyses batches of files on worker threads and yields the results in batch order, with at
 * most two batches in flight per thread: memory stays bounded by the batch size however large
 * the corpus, and the consumer (the single-threaded indexer) overlaps with the analysis.
 * With `threads` 0 (or no worker script) the batches are analysed here, one at a time.
 */
export async function* analyseInOrder(
  root: string,
  batches: readonly (readonly string[])[],
  threads: number,
): AsyncGenerator<AnalysedBatch> {
  const workers: Worker[] = [];
  for (let i = 0; i < Math.min(threads, batches.length); i++) {
    const w = startIngestWorker("analyse-worker");
    if (w) workers.push(w);
  }
  if (workers.length === 0) {
    for (const files of batches) yield analyseFiles(root, files);
    return;
  }
  const pending = new Map<number, { resolve: (b: AnalysedBatch) => void; reject: (e: Error) => void }>();
  const results = new Map<number, Promise<AnalysedBatch>>();
  let failure: Error | undefined;
  for (const w of workers) {
    w.on("message", (m: { id: number; batch?: AnalysedBatch; error?: string }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.batch) p?.resolve(m.batch);
      else p?.reject(new Error(`ingest worker: ${m.error}`));
    });
    w.on("error", (err) => {
      failure = err;
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  let next = 0;
  const submit = () => {
    if (next >= batches.length) return;
    const id = next++;
    results.set(
      id,
      new Promise<AnalysedBatch>((resolve, reject) => {
        if (failure) return reject(failure);
        pending.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage({ id, root, files: batches[id] });
      }),
    );
  };
  try {
    for (let i = 0; i < workers.length * 2; i++) submit();
    for (let id = 0; id < batches.length; id++) {
      const batch = await results.get(id)!;
      results.delete(id);
      submit();
      yield batch;
    }
  } finally {
    // Rejections of batches never awaited (an early stop) must not surface as unhandled.
    for (const r of results.values()) r.catch(() => {});
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
