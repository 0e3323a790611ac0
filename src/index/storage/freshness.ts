import { existsSync } from "node:fs";
import { join } from "node:path";
import { corpusRoot, hashCorpusFile, listCorpusFiles, type CorpusRoot } from "../../corpus/load.js";
import { sameStamp, stampOf } from "./corpus-stamps.js";
import { SummitError } from "../../errors.js";
import type { Manifest } from "./manifest.js";
import { corpusDirOf, leftOutFiles, rebuildArgs } from "./rebuild-command.js";

export { leftOutFiles, rebuildArgs };

export interface Staleness {
  readonly changed: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/**
 * Compares the corpus on disk with the file hashes the index was built from: a file whose stamp
 * (size, mtime, ctime: corpus-stamps.ts) is the one ingest kept is its hash still, and is not read.
 */
export function corpusChanges(
  corpusDir: string,
  manifest: Manifest,
  hash: (root: CorpusRoot, file: string) => string = hashCorpusFile,
): Staleness {
  const { files } = listCorpusFiles(corpusDir);
  const known = manifest.corpus.files;
  const stamps = manifest.corpus.stamps ?? {};
  const changed: string[] = [];
  const added: string[] = [];
  const root = corpusRoot(corpusDir);
  for (const f of files) {
    if (!(f in known)) added.push(f);
    else if (Object.hasOwn(stamps, f) && sameStamp(stamps[f], stampOf(join(corpusDir, f)))) continue;
    else if (known[f] !== hash(root, f)) changed.push(f);
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
      `index at ${indexDir} is stale: the corpus at ${corpusDir} changed since it was built (${parts.join("; ")}); run \`summit-bot ${rebuildArgs(corpusDir, indexDir, manifest)}\`${leftOutNote(manifest)}`,
    );
  }
}

function leftOutNote(manifest: Manifest): string {
  const left = leftOutFiles(manifest);
  return left.length > 0 ? ` (it was built with --skip-bad, which left out ${left.join(", ")})` : "";
}
