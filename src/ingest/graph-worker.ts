/** Worker thread of ingest: builds one HNSW graph over the vector rows of its passages (shared, not copied) and writes it to a file. */
import { parentPort, workerData } from "node:worker_threads";
import { buildGraph, type GraphParams } from "../index/vector/vector-index.js";

const task = workerData as {
  rows: Float32Array;
  dims: number;
  from: number;
  to: number;
  params: GraphParams;
  file: string;
};
// The rows are this graph's passages only, from `from` on.
const graph = buildGraph(
  task.rows,
  task.dims,
  task.from,
  task.to,
  task.params,
  (added) => parentPort!.postMessage({ added }),
  task.from,
);
graph.writeIndexSync(task.file);
parentPort!.postMessage({ done: true });
