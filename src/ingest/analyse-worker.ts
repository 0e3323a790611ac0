/** Worker thread of ingest: analyses the batches of files it is sent (see analysis.ts). */
import { parentPort } from "node:worker_threads";
import { analyseFiles } from "./analysis.js";

parentPort!.on("message", (task: { readonly id: number; readonly root: string; readonly files: readonly string[] }) => {
  try {
    const batch = analyseFiles(task.root, task.files);
    parentPort!.postMessage(
      { id: task.id, batch },
      [batch.passageStarts, batch.termRefs, batch.termFreqs, batch.lengths].map((a) => a.buffer as ArrayBuffer),
    );
  } catch (err) {
    parentPort!.postMessage({ id: task.id, error: (err as Error).stack ?? String(err) });
  }
});
