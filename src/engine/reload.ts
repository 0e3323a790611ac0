/**
 * Reloading a rebuilt index without a restart: `reload()` opens the new index and swaps it in
 * (EngineHolder keeps answers in flight on the old one). Triggered by SIGHUP or, when enabled,
 * by the index manifest being replaced (what `ingest` does last). A failed
 * load — half-written, stale, corrupt — is logged and the current engine stays; the load is
 * retried with a growing delay (an index copied by hand lands its manifest before its data), and
 * `status()` says that the newest index failed, which /readyz and `doctor` show: until it loads,
 * the next restart would fail on it.
 */
import { statSync, unwatchFile, watch, watchFile, type FSWatcher } from "node:fs";
import { join } from "node:path";
import { MANIFEST } from "../index/storage/files.js";
import type { EngineHolder } from "./holder.js";
import { indexSummary, type Engine, type EngineLog } from "./types.js";

/** The newest index that failed to load, while no later load has succeeded. */
export interface ReloadFailure {
  readonly reason: string;
  readonly error: string;
  /** When the first failure of this spell happened (ms since the epoch). */
  readonly since: number;
  readonly attempts: number;
  /** When the next retry runs (ms since the epoch); absent once stopped. */
  readonly nextRetryAt?: number;
}

export interface ReloadStatus {
  /** Successful reloads since start. */
  readonly reloads: number;
  readonly failed?: ReloadFailure;
}

export interface ReloaderOptions {
  /** Delay before the first retry of a failed load, doubling up to `retryMaxMs`. */
  readonly retryFirstMs?: number;
  readonly retryMaxMs?: number;
  readonly now?: () => number;
}

export interface Reloader {
  /** Resolves true when a new engine is in use; concurrent calls share one reload. */
  reload(reason: string): Promise<boolean>;
  /** Reloads so far, and the failure that is being retried, if any. */
  status(): ReloadStatus;
  /** Cancels a pending retry (at shutdown). */
  stop(): void;
  /**
   * Reloads whenever `indexDir`'s manifest is replaced, until the returned function is called;
   * keeps working when the whole folder is removed and built again.
   */
  watch(indexDir: string, debounceMs?: number, pollMs?: number): () => void;
}

export function createReloader(
  open: () => Promise<Engine>,
  engines: EngineHolder,
  log: EngineLog,
  options: ReloaderOptions = {},
): Reloader {
  const now = options.now ?? Date.now;
  const retryFirstMs = options.retryFirstMs ?? 1_000;
  const retryMaxMs = options.retryMaxMs ?? 60_000;
  let running: Promise<boolean> | undefined;
  let again = false;
  let reloads = 0;
  let failed: ReloadFailure | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  const once = async (reason: string): Promise<boolean> => {
    const started = performance.now();
    try {
      const next = await open();
      const swapped = engines.swap(next);
      reloads++;
      const index = indexSummary(next);
      const recovered = failed ? { afterAttempts: failed.attempts, failedForMs: now() - failed.since } : {};
      failed = undefined;
      clearTimeout(retryTimer);
      log.info(
        {
          event: "index_reloaded",
          reason,
          generation: index.generation,
          reloads,
          documents: index.documents,
          index,
          ...recovered,
          ms: Math.round(performance.now() - started),
        },
        "index reloaded",
      );
      // The old engine closes once its answers in flight are done; nobody needs to wait for it.
      void swapped.catch((err: unknown) =>
        log.warn({ event: "engine_close_failed", err }, "closing the old engine failed"),
      );
      return true;
    } catch (err) {
      const attempts = (failed?.attempts ?? 0) + 1;
      const delay = Math.min(retryMaxMs, retryFirstMs * 2 ** (attempts - 1));
      const served = indexSummary(engines.current).generation;
      failed = {
        reason,
        error: (err as Error)?.message ?? String(err),
        since: failed?.since ?? now(),
        attempts,
        ...(stopped ? {} : { nextRetryAt: now() + delay }),
      };
      log.error(
        { event: "index_reload_failed", reason, attempts, retryInMs: stopped ? undefined : delay, served, err },
        `index reload failed (attempt ${attempts}); still answering from the previous index${served ? ` ${served}` : ""}, and a restart now would fail on the new one${stopped ? "" : `; retrying in ${Math.round(delay / 1000)} s`}`,
      );
      if (!stopped) {
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void reload("retry after a failed reload"), delay);
        retryTimer.unref();
      }
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
    status: () => ({ reloads, ...(failed ? { failed } : {}) }),
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
    },
    watch(indexDir, debounceMs = 500, pollMs = 2_000) {
      const manifestPath = join(indexDir, MANIFEST);
      // Which manifest is loaded: a change of inode, size or time means `ingest` renamed a new one in.
      const signature = () => {
        const st = statSync(manifestPath, { throwIfNoEntry: false });
        return st ? `${st.ino}:${st.size}:${st.mtimeMs}` : undefined;
      };
      let seen = signature();
      let timer: NodeJS.Timeout | undefined;
      let watcher: FSWatcher | undefined;
      let watchedIno: number | undefined;
      let stopped = false;

      const check = (reason: string) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const now = signature();
          if (now === seen) return;
          seen = now;
          if (now === undefined) {
            log.warn(
              { event: "index_missing", indexDir },
              "the index manifest is gone; still answering from the loaded index until a new one appears",
            );
            return;
          }
          void reload(reason);
        }, debounceMs);
        timer.unref();
      };

      // fs.watch reacts at once but follows the folder's inode: when the folder is removed and
      // made again (rm -rf, then ingest) it goes quiet. It is re-armed on the new folder.
      const arm = () => {
        const ino = statSync(indexDir, { throwIfNoEntry: false })?.ino;
        if (stopped || ino === undefined || ino === watchedIno) return;
        watcher?.close();
        watchedIno = ino;
        try {
          watcher = watch(indexDir, { persistent: false }, (_event, file) => {
            if (file === MANIFEST) check("index manifest changed");
          });
          watcher.on("error", (err) => {
            log.warn({ event: "index_watch_failed", err }, "watching the index folder failed; polling it instead");
            watcher?.close();
            watchedIno = undefined;
          });
        } catch (err) {
          watchedIno = undefined;
          log.warn(
            { event: "index_watch_failed", err, indexDir },
            "cannot watch the index folder; polling it instead (SIGHUP still reloads)",
          );
        }
      };
      arm();
      // Polling the manifest's stat survives the folder being replaced and catches what fs.watch misses.
      const onPoll = () => {
        arm();
        check("index manifest changed");
      };
      watchFile(manifestPath, { persistent: false, interval: pollMs }, onPoll);
      return () => {
        stopped = true;
        clearTimeout(timer);
        watcher?.close();
        unwatchFile(manifestPath, onPoll);
      };
    },
  };
}
