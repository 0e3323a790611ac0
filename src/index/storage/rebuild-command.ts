/**
 * The one `ingest` command that builds an index again from its own corpus, said by every message
 * about an index that is stale (freshness.ts), damaged or missing (store.ts). Without `--corpus`
 * ingest reads the default corpus, not the one the index was built from.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { MANIFEST } from "./files.js";
import type { Manifest } from "./manifest.js";

/** The corpus folder an index was built from (the manifest keeps it relative to the index folder when it can). */
export function corpusDirOf(indexDir: string, manifest: Manifest): string {
  return resolve(indexDir, manifest.corpus.dir);
}

/** Corpus files the index was built beside but holds no article of: `ingest --skip-bad` left them out. */
export function leftOutFiles(manifest: Manifest): string[] {
  const indexed = new Set(manifest.documents.map((d) => d.file));
  return Object.keys(manifest.corpus.files).filter((f) => !indexed.has(f));
}

/**
 * The `ingest` arguments that rebuild this index from its own corpus. An index built with
 * --skip-bad gets it again: without it, a file still bad would stop the rebuild the message
 * told the person to run.
 */
export function rebuildArgs(corpusDir: string, indexDir: string, manifest: Manifest): string {
  return `ingest --corpus ${corpusDir} --index ${indexDir}${leftOutFiles(manifest).length > 0 ? " --skip-bad" : ""}`;
}

/** The manifest's corpus, when its file is there and names one (a damaged index's may not). */
function builtFrom(indexDir: string): Manifest | undefined {
  try {
    const path = join(indexDir, MANIFEST);
    if (!existsSync(path)) return undefined;
    const m = JSON.parse(readFileSync(path, "utf8")) as Partial<Manifest> | null;
    const corpus = m?.corpus;
    if (typeof corpus?.dir !== "string" || typeof corpus.files !== "object" || corpus.files === null) return undefined;
    return { ...m, documents: Array.isArray(m?.documents) ? m.documents : [] } as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * `rebuild it with \`summit-bot ingest --corpus C --index I\``: the corpus the manifest names, else
 * the command with `--corpus DIR` and what DIR is.
 */
export function rebuildHint(indexDir: string, verb: "build" | "rebuild" = "rebuild"): string {
  const manifest = builtFrom(indexDir);
  if (manifest)
    return `${verb} it with \`summit-bot ${rebuildArgs(corpusDirOf(indexDir, manifest), indexDir, manifest)}\``;
  return `${verb} it with \`summit-bot ingest --corpus DIR --index ${indexDir}\`, DIR being your folder of articles (without --corpus, ingest reads the default corpus)`;
}
