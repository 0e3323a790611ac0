import { resolve } from "node:path";
import type { Config } from "../config.js";
import { hashCorpusFile, loadCorpus, type SkippedFile } from "../corpus/load.js";
import type { DocumentMeta, Passage } from "../corpus/types.js";
import { createEmbedder, type DownloadProgress } from "../embed/index.js";
import { CorpusError, SummitError } from "../errors.js";
import { analyze } from "../text/analyzer.js";
import { KeywordIndex, KeywordIndexBuilder } from "./keyword.js";
import type { Manifest } from "./manifest.js";
import { readStoredVectors, writeIndex } from "./store.js";
// The vocabulary is a statistic of the corpus text that English questions are translated
// against; it is computed here, at ingest, so that opening an index computes nothing.
import { encodeVocabulary, VocabularyBuilder } from "../translate/vocabulary.js";

export interface BuildProgress {
  readonly phase: "read" | "keyword" | "download" | "embed" | "write";
  readonly done: number;
  readonly total: number;
  readonly detail?: string;
}

export interface BuildOptions {
  readonly corpusDir: string;
  readonly indexDir: string;
  readonly config: Pick<Config, "embedder" | "model">;
  /** Index the good files when some are bad (the bad ones are reported); otherwise stop. */
  readonly skipBad?: boolean;
  readonly onProgress?: (p: BuildProgress) => void;
}

export interface BuildSummary {
  readonly manifest: Manifest;
  readonly documents: number;
  readonly paragraphs: number;
  readonly skipped: readonly SkippedFile[];
  readonly rejected: readonly CorpusError[];
  readonly reusedVectors: number;
  readonly embeddedVectors: number;
  readonly seconds: number;
}

/** What the keyword index sees of a passage: its text, its section heading and (twice) its article title. */
export function keywordTerms(passage: Passage, meta: Pick<DocumentMeta, "title">): string[] {
  return [...analyze(passage.text), ...analyze(passage.section ?? ""), ...analyze(meta.title), ...analyze(meta.title)];
}

/** What the embedder sees of a passage: title, section and text, so a vector knows its topic. */
export function embeddingText(passage: Passage, meta: Pick<DocumentMeta, "title">): string {
  return [meta.title, passage.section, passage.text].filter(Boolean).join("\n");
}

/** The translation vocabulary's texts, in this order: passage texts, titles, original titles. */
export function vocabularyOf(documents: readonly Pick<DocumentMeta, "title" | "sourceTitle">[], passages: readonly Pick<Passage, "text">[]) {
  const builder = new VocabularyBuilder();
  for (const p of passages) builder.add(p.text);
  for (const d of documents) builder.add(d.title);
  for (const d of documents) if (d.sourceTitle) builder.add(d.sourceTitle);
  return builder.build();
}

/** Reads a corpus folder and writes a complete, fresh index for it (atomically). */
export async function buildIndex(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const corpusDir = resolve(options.corpusDir);
  const indexDir = resolve(options.indexDir);
  const progress = options.onProgress ?? (() => {});
  progress({ phase: "read", done: 0, total: 1 });
  const corpus = loadCorpus(corpusDir);
  if (corpus.errors.length && !options.skipBad) {
    throw new SummitError(
      "CORPUS",
      `${corpus.errors.length} corpus file(s) could not be read; the existing index was left as it was:\n` +
        corpus.errors.map((e) => `  ${e.message}`).join("\n") +
        "\nFix them, or pass --skip-bad to index the other files.",
    );
  }
  if (corpus.documents.length === 0) {
    throw new SummitError("CORPUS", `corpus at ${corpusDir}: expected at least one .md or .txt article, found none`);
  }
  const passages: Passage[] = corpus.documents.flatMap((d) => d.passages);
  const metaOf = new Map(corpus.documents.map((d) => [d.meta.docId, d.meta]));
  progress({ phase: "read", done: 1, total: 1, detail: `${corpus.documents.length} documents` });

  const keywordBuilder = new KeywordIndexBuilder();
  for (const p of passages) keywordBuilder.add(keywordTerms(p, metaOf.get(p.docId)!));
  const keywordData = keywordBuilder.build();
  const keyword = new KeywordIndex(keywordData);
  progress({ phase: "keyword", done: 1, total: 1 });

  const embedder = await createEmbedder(options.config, keyword, (d: DownloadProgress) =>
    progress({ phase: "download", done: d.loaded, total: d.total, detail: d.file }),
  );
  try {
    // Reuse the vectors of unchanged documents when the embedder is the same and its vectors do not depend on the corpus.
    const previous = embedder.corpusIndependent ? readStoredVectors(indexDir) : undefined;
    const reusable =
      previous && previous.manifest.embedder.id === embedder.id && previous.manifest.embedder.dims === embedder.dims ? previous : undefined;
    // Judged by the documents indexed before (not every hashed file: a file rejected then may be accepted now).
    const indexedBefore = new Set(reusable?.manifest.documents.map((m) => `${m.file}\n${m.hash}`));
    const unchanged = new Set(
      corpus.documents.filter((d) => indexedBefore.has(`${d.meta.file}\n${d.meta.hash}`)).map((d) => d.meta.docId),
    );
    const vectors: (Float32Array | undefined)[] = passages.map((p) => (unchanged.has(p.docId) ? reusable?.byPassage.get(p.id) : undefined));
    const todo = passages.map((p, i) => ({ p, i })).filter(({ i }) => vectors[i] === undefined);
    const fresh = await embedder.embedPassages(
      todo.map(({ p }) => embeddingText(p, metaOf.get(p.docId)!)),
      (done, total) => progress({ phase: "embed", done, total }),
    );
    todo.forEach(({ i }, j) => (vectors[i] = fresh[j]));

    progress({ phase: "write", done: 0, total: 1 });
    const manifest = writeIndex(indexDir, {
      corpusDir,
      // Rejected files (--skip-bad) are hashed too: otherwise the new index would be stale at once, their files "added".
      corpusFiles: Object.fromEntries([
        ...corpus.documents.map((d) => [d.meta.file, d.meta.hash] as const),
        ...corpus.errors.map((e) => [e.file, hashCorpusFile(corpusDir, e.file)] as const),
      ]),
      documents: corpus.documents.map((d) => d.meta),
      passages,
      keyword: keywordData,
      vocabulary: encodeVocabulary(vocabularyOf(corpus.documents.map((d) => d.meta), passages)),
      vectors: vectors as Float32Array[],
      embedder: { id: embedder.id, dims: embedder.dims },
    });
    progress({ phase: "write", done: 1, total: 1 });
    return {
      manifest,
      documents: corpus.documents.length,
      paragraphs: passages.length,
      skipped: corpus.skipped,
      rejected: corpus.errors,
      reusedVectors: passages.length - todo.length,
      embeddedVectors: todo.length,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await embedder.dispose();
  }
}
