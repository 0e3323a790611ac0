import { join } from "node:path";
import {
  GraphFiles,
  shardStarts,
  VectorIndex,
  type GraphParams,
  type GraphSource,
} from "../index/vector/vector-index.js";
import { startIngestWorker } from "./pool.js";

/** Below this many passages a graph builds in well under a second: no thread is started. */
const MIN_PASSAGES_FOR_THREADS = 5_000;

/**
 * The vector graphs of an index. A small corpus's graph is built here; larger ones
 * (several past SHARD_PASSAGES) are built on worker threads at once, each written to a file in `tmpDir` named
 * with `tmpPrefix` (so a killed ingest's files are recognised as leftovers), then moved into the
 * index. Each graph's rows are asked of `fillRows` as its thread starts: at most `threads` graphs' rows exist at once.
 */
export interface GraphBuild {
  readonly params: GraphParams;
  /** Threads to build graphs on at once (fewer than 2: one graph after the other, here). */
  readonly threads: number;
  /** Where finished graph files wait, and the prefix of their names. */
  readonly tmp: { readonly dir: string; readonly prefix: string };
  readonly onProgress: (done: number, total: number) => void;
  /** Passages per graph (default SHARD_PASSAGES; tests use small ones). */
  readonly perShard?: number;
  /** Fewer passages than this are built on this thread (default MIN_PASSAGES_FOR_THREADS; tests use 0). */
  readonly minForThreads?: number;
}

/**
 * Puts the vectors of passages from..to-1, row after row, into `into` (zeroed, exactly that
 * long): called as a graph's thread is about to start, so only the graphs being built have rows.
 */
export type FillRows = (from: number, to: number, into: Float32Array) => void;

const sharedRows = (values: number) => new Float32Array(new SharedArrayBuffer(values * Float32Array.BYTES_PER_ELEMENT));

export async function buildGraphs(
  size: number,
  fillRows: FillRows,
  dims: number,
  options: GraphBuild,
): Promise<GraphSource> {
  const { params, threads, tmp, onProgress } = options;
  const starts = shardStarts(size, options.perShard);
  // A small graph is built here at once; a larger one goes to a thread even alone, so that this thread can finish the rest of the index meanwhile.
  if (size < (options.minForThreads ?? MIN_PASSAGES_FOR_THREADS) || threads < 2) {
    const rows = new Float32Array(size * dims);
    fillRows(0, size, rows);
    const index = VectorIndex.build(rows, dims, {
      params,
      ...(options.perShard ? { perShard: options.perShard } : {}),
    });
    onProgress(size, size);
    return index;
  }
  const added = new Array<number>(starts.length - 1).fill(0);
  const files = starts.slice(0, -1).map((_, s) => join(tmp.dir, `${tmp.prefix}vectors-${s}.hnsw`));
  // At most `threads` graphs at once: each holds its vectors and links in native memory while it
  // grows. Each of those threads in turn reads its graph's rows from one buffer of its own
  // (shared, so not copied), refilled for its next graph: the rows never outnumber the graphs being built.
  const largest = Math.max(...starts.slice(1).map((to, s) => to - starts[s]!));
  let next = 0;
  // Set by the first graph that fails (at once, not a microtask later): no thread starts another graph.
  let failed = false;
  const fail = (err: unknown): never => {
    failed = true;
    throw err;
  };
  const runOne = async (): Promise<void> => {
    const buffer = sharedRows(largest * dims);
    while (!failed && next < files.length) {
      const s = next++;
      const from = starts[s]!;
      const to = starts[s + 1]!;
      const rows = buffer.subarray(0, (to - from) * dims).fill(0);
      try {
        fillRows(from, to, rows);
      } catch (err) {
        fail(err);
      }
      await new Promise<void>((resolve, reject) => {
        const w = startIngestWorker("graph-worker", { rows, dims, from, to, params, file: files[s]! });
        if (!w) return reject(new Error("ingest: the vector graph worker script is missing from the build"));
        w.on("message", (m: { added?: number; done?: boolean }) => {
          if (m.added !== undefined) {
            added[s] = m.added;
            onProgress(
              added.reduce((a, b) => a + b, 0),
              size,
            );
          }
          if (m.done) resolve();
        });
        w.on("error", reject);
        w.on("exit", (code) =>
          code === 0 ? resolve() : reject(new Error(`vector graph worker stopped with code ${code}`)),
        );
      }).catch(fail);
    }
  };
  // Settles once every thread has ended, so a caller that cleans up after a failure removes nothing a thread still uses.
  const ended = await Promise.allSettled(Array.from({ length: Math.min(threads, files.length) }, runOne));
  const failure = ended.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure) throw failure.reason;
  return new GraphFiles(files);
}
