/**
 * Reloading a rebuilt index without a restart: `reload()` opens the new index and swaps it in
 * (EngineHolder keeps answers in flight on the old one). Triggered by SIGHUP or, when enabled,
 * by the index manifest being replaced (what `ingest` does last). A failed
 * load — half-written, stale, corrupt — is logged and the current engine stays.
 */
import { watch, type FSWatcher } from "node:fs";
import type { EngineHolder } from "../engine-holder.js";
import type { Engine } from "../engine-types.js";
import { MANIFEST } from "../index/index.js";
import type { Logger } from "./log.js";

export interface Reloader {
  /** Resolves true when a new engine is in use; concurrent calls share one reload. */
  reload(reason: string): Promise<boolean>;
  /** Reloads whenever `indexDir`'s manifest is replaced, until the returned function is called. */
  watch(indexDir: string, debounceMs?: number): () => void;
}

export function createReloader(open: () => Promise<Engine>, engines: EngineHolder, log: Logger): Reloader {
  let running: Promise<boolean> | undefined;
  let again = false;

  const once = async (reason: string): Promise<boolean> => {
    const started = performance.now();
    try {
      const next = await open();
      const swapped = engines.swap(next);
      log.info({ event: "index_reloaded", reason, generation: engines.generation, documents: next.documents().length, ms: Math.round(performance.now() - started) }, "index reloaded");
      // The old engine closes once its answers in flight are done; nobody needs to wait for it.
      void swapped.catch((err: unknown) => log.warn({ event: "engine_close_failed", err }, "closing the old engine failed"));
      return true;
    } catch (err) {
      log.error({ event: "index_reload_failed", reason, err }, "index reload failed; still answering from the previous index");
      return false;
    }
  };

  const reload = (reason: string): Promise<boolean> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let ok = await once(reason);
      while (again) {
        again = false;
        ok = await once(`${reason} (changed again)`);
      }
      return ok;
    })().finally(() => (running = undefined));
    return running;
  };

  return {
    reload,
    watch(indexDir, debounceMs = 500) {
      let timer: NodeJS.Timeout | undefined;
      let watcher: FSWatcher | undefined;
      try {
        // ingest writes data into a new generation folder, then renames the manifest into place:
        // the manifest changing is the one signal that a complete new index is there.
        watcher = watch(indexDir, { persistent: false }, (_event, file) => {
          if (file !== MANIFEST) return;
          clearTimeout(timer);
          timer = setTimeout(() => void reload("index manifest changed"), debounceMs);
          timer.unref();
        });
        watcher.on("error", (err) => log.warn({ event: "index_watch_failed", err }, "watching the index stopped; SIGHUP still reloads"));
      } catch (err) {
        log.warn({ event: "index_watch_failed", err, indexDir }, "cannot watch the index folder; SIGHUP still reloads");
      }
      return () => {
        clearTimeout(timer);
        watcher?.close();
      };
    },
  };
}
