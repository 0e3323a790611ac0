/**
 * The sources as a running bot changes them (`/sources add`, `/sources remove`, the scheduled
 * sync): one change at a time (two managers adding at once must not build two indexes over
 * each other's files), and after each change that wrote an index, `afterChange` (the bot
 * reloads its engine there, so the next question is answered from the new article).
 */
import type { Config } from "../config.js";
import { addSources, type AddResult } from "./add-sources.js";
import { Fetcher } from "./fetcher.js";
import { removeSource } from "./remove-source.js";
import { syncFeeds, type SyncResult } from "./sync.js";

export interface SourcesManager {
  add(url: string, onProgress?: (message: string) => void): Promise<AddResult>;
  remove(docId: string): Promise<Awaited<ReturnType<typeof removeSource>>>;
  sync(): Promise<SyncResult>;
}

export function createSourcesManager(
  config: Pick<Config, "corpusDir" | "indexDir" | "embedder" | "model" | "fetch">,
  afterChange: () => Promise<unknown>,
): SourcesManager {
  const fetcher = new Fetcher(config.fetch);
  const dirs = { corpusDir: config.corpusDir, indexDir: config.indexDir, config };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    add: (url, onProgress) =>
      serial(async () => {
        const result = await addSources([url], { ...dirs, fetcher, ...(onProgress ? { onProgress } : {}) });
        if (result.index) await afterChange();
        return result;
      }),
    remove: (docId) =>
      serial(async () => {
        const result = await removeSource(docId, dirs);
        await afterChange();
        return result;
      }),
    sync: () =>
      serial(async () => {
        const result = await syncFeeds({ ...dirs, fetcher });
        if (result.index) await afterChange();
        return result;
      }),
  };
}
