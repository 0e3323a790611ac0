/**
 * `/sources remove`: one article out of the corpus and the index, all or nothing (the file is
 * put back if the index cannot be rebuilt without it).
 */
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config.js";
import { SummitError } from "../errors.js";
import { buildIndex, type BuildSummary } from "../ingest/pipeline.js";
import { CorpusCatalogue, type CorpusDocument } from "./corpus-writer.js";

export interface RemoveOptions {
  readonly corpusDir: string;
  readonly indexDir: string;
  readonly config: Pick<Config, "embedder" | "model">;
  /** Index the corpus's good files when some cannot be read (as `ingest --skip-bad`). */
  readonly skipBad?: boolean;
}

export async function removeSource(
  docId: string,
  options: RemoveOptions,
): Promise<{ removed: CorpusDocument; index: BuildSummary }> {
  const catalogue = new CorpusCatalogue(options.corpusDir);
  const doc = catalogue.byId.get(docId);
  if (!doc)
    throw new SummitError(
      "SOURCE",
      `expected the id of an article in the corpus (its file name without .md/.txt), received ${JSON.stringify(docId.slice(0, 80))}`,
    );
  const path = join(options.corpusDir, doc.file);
  const before = readFileSync(path);
  unlinkSync(path);
  try {
    const index = await buildIndex({
      corpusDir: options.corpusDir,
      indexDir: options.indexDir,
      config: options.config,
      skipBad: options.skipBad,
    });
    return { removed: doc, index };
  } catch (err) {
    writeFileSync(path, before);
    throw err;
  }
}
