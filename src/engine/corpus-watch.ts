/**
 * Noticing, while the bot runs, that the corpus was edited after its index was built. Answers keep
 * coming from the loaded index (they are still verbatim quotes, of the old text), but a restart
 * would refuse the index as stale (index/freshness.ts), so the running bot says so at once: a log
 * line, and `status()` for /readyz and `doctor`. It compares the corpus with the manifest on disk —
 * what the next start would check — and clears once `ingest` has caught up.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { listCorpusFiles } from "../corpus/load.js";
import { corpusChanges, type Staleness } from "../index/storage/freshness.js";
import { MANIFEST } from "../index/storage/files.js";
import { corpusDirOf, readManifest } from "../index/storage/store.js";
import type { EngineLog } from "./types.js";

export interface CorpusStale extends Staleness {
  readonly corpusDir: string;
  /** When the bot first noticed (ms since the epoch). */
  readonly since: number;
}

export interface CorpusWatch {
  /** The corpus changes the index on disk does not hold yet; undefined while it is fresh. */
  status(): CorpusStale | undefined;
  /** Compares now (the poll does this every `pollMs`); returns the status. */
  check(): CorpusStale | undefined;
  stop(): void;
}

export interface CorpusWatchOptions {
  readonly pollMs?: number;
  readonly now?: () => number;
}

/** What changes when a file is edited, added or removed, without reading any file. */
function statSignature(indexDir: string, corpusDir: string): string {
  const files = listCorpusFiles(corpusDir).files;
  const parts = files.map((f) => {
    const st = statSync(join(corpusDir, f), { throwIfNoEntry: false });
    return `${f}:${st?.size}:${st?.mtimeMs}`;
  });
  const manifest = statSync(join(indexDir, MANIFEST), { throwIfNoEntry: false });
  return `${manifest?.ino}:${manifest?.mtimeMs}|${parts.join("|")}`;
}

export function watchCorpus(indexDir: string, log: EngineLog, options: CorpusWatchOptions = {}): CorpusWatch {
  const now = options.now ?? Date.now;
  let stale: CorpusStale | undefined;
  let seen: string | undefined;

  const check = (): CorpusStale | undefined => {
    try {
      const manifest = readManifest(indexDir);
      const corpusDir = corpusDirOf(indexDir, manifest);
      // An index copied without its corpus cannot be checked, and a start does not check it either.
      if (!existsSync(corpusDir)) return (stale = undefined);
      const signature = statSignature(indexDir, corpusDir);
      if (signature === seen) return stale;
      seen = signature;
      const s = corpusChanges(corpusDir, manifest);
      const count = s.changed.length + s.added.length + s.removed.length;
      if (count === 0) {
        if (stale) log.info({ event: "corpus_fresh", corpusDir }, "the index matches the corpus again");
        return (stale = undefined);
      }
      const fresh = !stale;
      stale = { ...s, corpusDir, since: stale?.since ?? now() };
      if (fresh) {
        log.warn(
          { event: "corpus_stale", corpusDir, changed: s.changed, added: s.added, removed: s.removed },
          `the corpus changed since the index was built (${s.changed.length} changed, ${s.added.length} added, ${s.removed.length} removed): answers still come from the loaded index, and a restart would refuse it; run \`summit-bot ingest\``,
        );
      }
      return stale;
    } catch {
      // No manifest or an unreadable corpus: the reloader and doctor report those; nothing to compare.
      return stale;
    }
  };

  check();
  const timer = setInterval(check, options.pollMs ?? 10_000);
  timer.unref();
  return {
    status: () => stale,
    check,
    stop: () => clearInterval(timer),
  };
}
