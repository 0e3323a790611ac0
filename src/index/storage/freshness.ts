import { existsSync } from "node:fs";
import { corpusRoot, hashCorpusFile, listCorpusFiles } from "../../corpus/load.js";
import { SummitError } from "../../errors.js";
import type { Manifest } from "./manifest.js";
import { corpusDirOf } from "./store.js";

export interface Staleness {
  readonly changed: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** Compares the corpus on disk with the file hashes the index was built from. */
export function corpusChanges(corpusDir: string, manifest: Manifest): Staleness {
  const { files } = listCorpusFiles(corpusDir);
  const known = manifest.corpus.files;
  const changed: string[] = [];
  const added: string[] = [];
  const root = corpusRoot(corpusDir);
  for (const f of files) {
    const h = hashCorpusFile(root, f);
    if (!(f in known)) added.push(f);
    else if (known[f] !== h) changed.push(f);
  }
  const present = new Set(files);
  const removed = Object.keys(known).filter((f) => !present.has(f));
  return { changed, added, removed };
}

/**
 * Refuses an index whose corpus has changed since it was built, so answers never silently come
 * from old text. A corpus folder that is gone (an index copied elsewhere) is not an error.
 */
export function assertFresh(indexDir: string, manifest: Manifest): void {
  const corpusDir = corpusDirOf(indexDir, manifest);
  if (!existsSync(corpusDir)) return;
  const s = corpusChanges(corpusDir, manifest);
  const parts = [
    s.changed.length ? `changed: ${s.changed.join(", ")}` : "",
    s.added.length ? `added: ${s.added.join(", ")}` : "",
    s.removed.length ? `removed: ${s.removed.join(", ")}` : "",
  ].filter(Boolean);
  if (parts.length) {
    throw new SummitError(
      "INDEX_STALE",
      `index at ${indexDir} is stale: the corpus at ${corpusDir} changed since it was built (${parts.join("; ")}); run \`summit-bot ingest --corpus ${corpusDir} --index ${indexDir}\``,
    );
  }
}
