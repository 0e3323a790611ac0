/**
 * `summit-bot add` and `/sources add`: URLs and files → corpus articles → the index, in one
 * step, so the article answers at once (the running bot picks the new index up as after
 * `ingest`). Each input succeeds or fails on its own; the index is rebuilt once for all of them,
 * and if that fails every file written is put back.
 */
import type { Config } from "../config.js";
import { buildIndex, type BuildSummary } from "../ingest/pipeline.js";
import type { Article } from "./article.js";
import { CorpusCatalogue, CorpusTransaction, planWrite, type WriteStatus } from "./corpus-writer.js";
import { docIdFor, localFileKey } from "./doc-id.js";
import type { Fetcher } from "./fetcher.js";
import type { ParagraphChanges } from "./paragraph-changes.js";
import { isUrl, readSource } from "./read-source.js";

export interface AddOutcome {
  readonly input: string;
  readonly status: WriteStatus | "failed";
  readonly docId?: string;
  readonly article?: Article;
  /** Why it failed: what was expected and what arrived; why an unchanged one was not written, when not as before. */
  readonly reason?: string;
  /** For an update: what happened to the paragraphs and their ids. */
  readonly changes?: ParagraphChanges;
  /** Said last on its line: a file's article from before `source_file` was recorded, updated or left beside it. */
  readonly note?: string;
}

export interface AddOptions {
  readonly corpusDir: string;
  readonly indexDir: string;
  readonly config: Pick<Config, "embedder" | "model" | "fetch">;
  readonly fetcher: Fetcher;
  /** The time written as `fetched:` (tests fix it). */
  readonly now?: () => Date;
  readonly onProgress?: (message: string) => void;
  /** Index the corpus's good files when some cannot be read (as `ingest --skip-bad`). */
  readonly skipBad?: boolean;
}

export interface AddResult {
  readonly outcomes: readonly AddOutcome[];
  /** Undefined when nothing changed, so no index was built. */
  readonly index?: BuildSummary;
}

/** Why an input was not written: an article of the same outlet (or of none named) has its paragraphs already. */
const ALREADY_THERE = "the same paragraphs are already in the corpus as this article: nothing written";

/** The `fetched:` value: to the second, in UTC. */
export const fetchedAt = (now: Date) => now.toISOString().replace(/\.\d{3}Z$/, "Z");

export async function addSources(inputs: readonly string[], options: AddOptions): Promise<AddResult> {
  const catalogue = new CorpusCatalogue(options.corpusDir);
  const tx = new CorpusTransaction(catalogue);
  const outcomes: AddOutcome[] = [];
  const fetched = fetchedAt((options.now ?? (() => new Date()))());
  for (const [k, input] of inputs.entries()) {
    options.onProgress?.(`reading ${input}`);
    try {
      const { article, fetchedUrl } = await readSource(input, options.fetcher, options.config.fetch.maxBytes);
      const idBase = isUrl(input)
        ? docIdFor(article, { fetchedUrl: fetchedUrl ?? input })
        : docIdFor(article, { file: input });
      // A local file has no address: it is known by its folder and name, and `fetched` is when it was added.
      // Inputs of one add share `fetched`: their place on the command line orders copies among them (docs/copies.md).
      const plan = planWrite(catalogue, article, idBase, fetchedUrl, fetched, {
        ...(isUrl(input) ? {} : { sourceFile: localFileKey(input) }),
        ...(inputs.length > 1 ? { inputOrder: k + 1 } : {}),
      });
      // The same paragraphs from the same outlet (or none named) are that article again — a local file
      // added twice, a second address of one page —, not a new one under -2 (sync skips them alike).
      const same = plan.status === "added" ? catalogue.findByContent(article) : undefined;
      if (same && !catalogue.fromAnotherOutlet(same, article)) {
        outcomes.push({ input, status: "unchanged", docId: same, article, reason: ALREADY_THERE });
        continue;
      }
      tx.write(plan);
      outcomes.push({
        input,
        status: plan.status,
        docId: plan.docId,
        article,
        ...(plan.changes ? { changes: plan.changes } : {}),
        ...(plan.note ? { note: plan.note } : {}),
      });
    } catch (err) {
      outcomes.push({ input, status: "failed", reason: (err as Error).message });
    }
  }
  if (!tx.written) return { outcomes };
  options.onProgress?.("updating the index");
  try {
    const index = await buildIndex({
      corpusDir: options.corpusDir,
      indexDir: options.indexDir,
      config: options.config,
      skipBad: options.skipBad,
    });
    return { outcomes, index };
  } catch (err) {
    tx.rollback();
    throw err;
  }
}
