import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Config } from "../config.js";
import { corpusRoot, hashCorpusFile, listCorpusFiles, type SkippedFile } from "../corpus/load.js";
import { EXTENSIONS } from "../corpus/formats.js";
import type { DocumentMeta, Passage } from "../corpus/types.js";
import { createEmbedder } from "../embed/registry.js";
import { type DownloadProgress } from "../embed/types.js";
import { CorpusError, SummitError } from "../errors.js";
import { embeddingText } from "../index/fields.js";
import { KeywordIndexBuilder } from "../index/keyword/keyword-index.js";
import { DEFAULT_SPILL_POSTINGS, idfFor } from "../index/keyword/builder.js";
import type { Manifest } from "../index/storage/manifest.js";
import { readStoredVectors } from "../index/storage/store.js";
import { MANIFEST, STAGING_PREFIX } from "../index/storage/files.js";
import { corpusStamps } from "../index/storage/corpus-stamps.js";
import { writeIndex, type StagedFile } from "../index/storage/write-index.js";
import { removeLeftovers } from "../index/storage/durable.js";
import { GRAPH_DEFAULTS } from "../index/vector/vector-index.js";
import { corpusErrorOf, TERM_SEPARATOR, type AnalysedBatch } from "./analysis.js";
import { buildGraphs, type FillRows } from "./graphs.js";
import { HashRows } from "./hash-vectors.js";
import { analyseInOrder, defaultThreads } from "./pool.js";
import { VocabularyBuilder } from "../index/vocabulary.js";
import { encodeVocabulary } from "../index/vocabulary-file.js";
import { reverseFileAtIngest } from "./reverse-at-ingest.js";
import { decodePassages, PassageFileWriter } from "../index/storage/passages-file.js";
import type { encodeQuoteIndex } from "../index/quotes/quote-index.js";
import { ParagraphNumbering, type NumberingSummary } from "./paragraph-numbering.js";
import { readBackIndexes, type CopyLink } from "./read-back-indexes.js";

export interface BuildProgress {
  readonly phase: "read" | "keyword" | "download" | "embed" | "vectors" | "write";
  readonly done: number;
  readonly total: number;
  readonly detail?: string;
}

export interface BuildOptions {
  readonly corpusDir: string;
  readonly indexDir: string;
  /** translate and dictPath decide reverse.bin (reverse-at-ingest.ts); without them it is left empty and opening builds its table. */
  readonly config: Pick<Config, "embedder" | "model"> & Partial<Pick<Config, "translate" | "dictPath">>;
  /** Index the good files when some are bad (the bad ones are reported); otherwise stop. */
  readonly skipBad?: boolean;
  readonly onProgress?: (p: BuildProgress) => void;
  /** Analysis threads (default: one per core; 0 analyses on the calling thread). */
  readonly threads?: number;
  /** Postings held in memory before they are written out as a sorted run (default DEFAULT_SPILL_POSTINGS; tests force many runs). */
  readonly spillPostings?: number;
  /** When paragraph changes are dated (ISO 8601; default: now). */
  readonly now?: string;
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
  /** What stable paragraph numbering found in changed articles (paragraph-numbering.ts). */
  readonly numbering: NumberingSummary;
  /** Articles whose paragraphs were grouped as near-copies of another's, published earlier (see copyLinksOf). */
  readonly copies: readonly CopyLink[];
}

/** Files per analysis batch: large enough that a batch's term table pays off, small enough that few are in flight. */
const FILES_PER_BATCH = 32;
/** Below this many files, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_THREADS = 64;

/**
 * Reads a corpus folder and writes a complete, fresh index for it (atomically: the old index
 * stays until the new one is complete).
 *
 * Streams: files are read, parsed and analysed in batches on worker threads (both cores), and
 * each batch goes straight into the keyword index builder, in file order; no passage's term list
 * outlives its batch. Postings are written out as sorted runs whenever DEFAULT_SPILL_POSTINGS
 * are held, and merged term by term into the keyword file, so they take bounded memory however
 * large the corpus. The hashed embedder's vectors are summed from that same merge (see
 * HashRows), not by analysing every text a second time. What still grows with the corpus is
 * stated in docs/design.md ("Ingest memory").
 */
export async function buildIndex(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const corpusDir = resolve(options.corpusDir);
  const indexDir = resolve(options.indexDir);
  const progress = options.onProgress ?? (() => {});
  const { files, skipped } = listCorpusFiles(corpusDir);
  // Taken before any file is read: a file changed while ingest reads it then has another stamp, and is hashed at open.
  const stamps = corpusStamps(corpusDir, files, options.now ? Date.parse(options.now) : Date.now());
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += FILES_PER_BATCH) batches.push(files.slice(i, i + FILES_PER_BATCH));
  const threads = files.length < MIN_FILES_FOR_THREADS ? 0 : (options.threads ?? defaultThreads());
  // Unchanged paragraphs keep their ids across an article's revisions (corpus/paragraph-ids.ts).
  const numbering = new ParagraphNumbering(corpusDir, indexDir, options.now ?? new Date().toISOString());

  const documents: DocumentMeta[] = [];
  const errors: CorpusError[] = [];
  const seen = new Map<string, string>();
  // What ingest writes as it goes (postings spilled as sorted runs, the keyword file, graph files)
  // waits in the index folder under a leftover-style name until writeIndex moves it into the new
  // generation; this process removes its own on the way out, and a killed ingest's are removed by the next one.
  const tmp = { dir: indexDir, prefix: `${STAGING_PREFIX}${process.pid}-` };
  const builder = new KeywordIndexBuilder({
    spill: { ...tmp, maxPostings: options.spillPostings ?? DEFAULT_SPILL_POSTINGS },
  });
  // Passages are written out column by column as they come (see PassageFileWriter).
  const passages = new PassageFileWriter(tmp.dir, tmp.prefix);
  // The translation vocabulary is a statistic of the corpus text that English questions are
  // translated against: computed here so that opening an index computes nothing. Its texts go in
  // this order: passage texts (as they stream past), then titles, then original titles.
  const vocabulary = new VocabularyBuilder();
  const addPassage = (p: Passage): void => {
    passages.add(p);
    vocabulary.add(p.text);
  };
  let filesDone = 0;
  try {
    progress({ phase: "read", done: 0, total: files.length });
    for await (const batch of analyseInOrder(corpusDir, batches, threads)) {
      addBatch(batch, builder, { documents, errors, seen, addPassage, numbering });
      filesDone += batch.documents.length + batch.errors.length;
      progress({ phase: "read", done: filesDone, total: files.length, detail: `${passages.size} paragraphs` });
    }
    // Errors are reported in file order, as a sequential read would.
    const order = new Map(files.map((f, i) => [f, i]));
    errors.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
    if (errors.length && !options.skipBad) {
      throw new SummitError(
        "CORPUS",
        `${errors.length} corpus file(s) could not be read; ${existsSync(join(indexDir, MANIFEST)) ? "the existing index was left as it was" : `no index was written to ${indexDir}`}:\n` +
          errors.map((e) => `  ${e.message}`).join("\n") +
          "\nFix them, or pass --skip-bad to index the other files.",
      );
    }
    if (documents.length === 0) {
      throw new SummitError(
        "CORPUS",
        `corpus at ${corpusDir}: expected at least one ${EXTENSIONS.join(" or ")} article, found none`,
      );
    }

    for (const d of documents) vocabulary.add(d.title);
    for (const d of documents) if (d.sourceTitle) vocabulary.add(d.sourceTitle);
    const count = passages.size;
    const passagesFile: StagedFile = { staged: join(indexDir, `${tmp.prefix}passages.bin`) };
    mkdirSync(indexDir, { recursive: true });
    passages.finish(passagesFile.staged);
    const idfs = builder.idfs();
    const stats = {
      idf: (term: string) => idfs[builder.idOf(term)] ?? idfFor(count, 0),
      has: (term: string) => builder.idOf(term) !== -1,
    };
    const embedder = await createEmbedder(options.config, stats, (d: DownloadProgress) =>
      progress({ phase: "download", done: d.loaded, total: d.total, detail: d.file }),
    );
    try {
      const dims = embedder.dims;
      // The keyword file, merged from the runs.
      const keyword: StagedFile = { staged: join(indexDir, `${tmp.prefix}keyword.bin`) };
      const terms = builder.termCount;
      progress({ phase: "keyword", done: 0, total: terms });
      builder.writeFile(keyword.staged, (t) => {
        if ((t & 0xffff) === 0) progress({ phase: "keyword", done: t, total: terms });
      });
      progress({ phase: "keyword", done: terms, total: terms });
      let reused = 0;
      let fillRows: FillRows;
      if (!embedder.corpusIndependent) {
        // The hashed embedder: each graph's vectors are summed from the runs of its passages as
        // its thread starts, so only the graphs being built hold vectors.
        fillRows = (from, to, into) => {
          const rows = new HashRows(dims, into, from);
          builder.mergeRange(from, to, (t, parts) => rows.addTerm(builder.term(t), idfs[t]!, parts));
          rows.normalise();
        };
      } else {
        // A neural embedder needs the texts: read back from the file just written.
        const rows = new Float32Array(count * dims);
        reused = await embedNeural(
          embedder,
          decodePassages(readFileSync(passagesFile.staged)),
          documents,
          indexDir,
          rows,
          progress,
        );
        fillRows = (from, to, into) => into.set(rows.subarray(from * dims, to * dims));
      }
      const graphs = buildGraphs(count, fillRows, dims, {
        params: GRAPH_DEFAULTS,
        threads: options.threads ?? defaultThreads(),
        tmp,
        onProgress: (done, total) => progress({ phase: "vectors", done, total }),
      });
      // Awaited below on every path: on this thread's failure too, so its rejection is never unhandled.
      graphs.catch(() => undefined);
      // While worker threads build the graphs, this thread finishes the vocabulary and the quote checker's index (it would otherwise wait idle).
      let vocabularyBytes: ReturnType<typeof encodeVocabulary>;
      let quoteBytes: ReturnType<typeof encodeQuoteIndex>;
      let copyBytes: Uint8Array[];
      let copies: CopyLink[];
      // Articles gone from the corpus (not merely rejected this time) retire their paragraphs.
      let revisions = numbering.history(errors.map((e) => e.file));
      try {
        vocabularyBytes = encodeVocabulary(vocabulary.build());
        ({ quoteBytes, copyBytes, copies, revisions } = readBackIndexes(passagesFile.staged, documents, revisions));
      } catch (err) {
        // The graph threads read the runs and write staged files: they end before the cleanup below removes those.
        await Promise.allSettled([graphs]);
        throw err;
      }
      const vectors = await graphs;
      builder.removeRuns();
      // After the graph threads have ended: the whole dictionary is unpacked for it, and beside
      // the threads it raised ingest's peak memory (+160 MB at 20k mixed).
      const reverseBytes = reverseFileAtIngest(options.config, builder);

      progress({ phase: "write", done: 0, total: 1 });
      const root = corpusRoot(corpusDir);
      const manifest = writeIndex(indexDir, {
        corpusDir,
        // Rejected files (--skip-bad) are hashed too: otherwise the new index would be stale at once, their files "added".
        corpusFiles: Object.fromEntries([
          ...documents.map((d) => [d.file, d.hash] as const),
          ...errors.map((e) => [e.file, hashCorpusFile(root, e.file)] as const),
        ]),
        corpusStamps: stamps,
        documents,
        passages: passagesFile,
        passageCount: count,
        keyword,
        vocabulary: vocabularyBytes,
        reverse: reverseBytes,
        quotes: quoteBytes,
        copies: copyBytes,
        vectors,
        embedder: { id: embedder.id, dims: embedder.dims },
        revisions,
      });
      numbering.save();
      progress({ phase: "write", done: 1, total: 1 });
      return {
        manifest,
        documents: documents.length,
        paragraphs: count,
        skipped,
        rejected: errors,
        reusedVectors: reused,
        embeddedVectors: count - reused,
        seconds: (performance.now() - started) / 1000,
        numbering: numbering.summary(),
        copies,
      };
    } finally {
      await embedder.dispose();
    }
  } finally {
    // What this process staged and did not move into an index (runs, files of a failed ingest).
    builder.removeRuns();
    passages.remove();
    removeLeftovers(indexDir, [STAGING_PREFIX], "mine");
  }
}

/** Adds one analysed batch: its documents (a duplicate id is an error, as in loadCorpus) and their passages' postings. */
function addBatch(
  batch: AnalysedBatch,
  builder: KeywordIndexBuilder,
  into: {
    documents: DocumentMeta[];
    errors: CorpusError[];
    seen: Map<string, string>;
    addPassage: (p: Passage) => void;
    numbering: Pick<ParagraphNumbering, "number">;
  },
): void {
  for (const e of batch.errors) into.errors.push(corpusErrorOf(e));
  // The batch's term table, as the builder's term ids (one lookup per distinct term of the batch).
  const ids = batch.terms === "" ? [] : batch.terms.split(TERM_SEPARATOR).map((t) => builder.intern(t));
  const globalIds: number[] = [];
  let p = 0;
  for (const doc of batch.documents) {
    const other = into.seen.get(doc.meta.docId);
    if (other) {
      into.errors.push(
        new CorpusError(
          doc.meta.file,
          undefined,
          `expected a unique document id, received "${doc.meta.docId}" which ${other} already uses`,
        ),
      );
      p += doc.passages.length;
      continue;
    }
    into.seen.set(doc.meta.docId, doc.meta.file);
    into.documents.push(doc.meta);
    for (const passage of into.numbering.number(doc.meta, doc.passages)) {
      const from = batch.passageStarts[p]!;
      const to = batch.passageStarts[p + 1]!;
      globalIds.length = 0;
      for (let i = from; i < to; i++) globalIds.push(ids[batch.termRefs[i]!]!);
      builder.addCounted(globalIds, batch.termFreqs.subarray(from, to), batch.lengths[p]!);
      into.addPassage(passage);
      p++;
    }
  }
}

/**
 * Embeds with a neural embedder, reusing the stored vectors of unchanged documents when the
 * previous index was built by the same embedder. Returns how many vectors were reused.
 */
async function embedNeural(
  embedder: Awaited<ReturnType<typeof createEmbedder>>,
  passages: readonly Passage[],
  documents: readonly DocumentMeta[],
  indexDir: string,
  rows: Float32Array,
  progress: (p: BuildProgress) => void,
): Promise<number> {
  const { dims } = embedder;
  const previous = readStoredVectors(indexDir);
  const reusable =
    previous && previous.manifest.embedder.id === embedder.id && previous.manifest.embedder.dims === dims
      ? previous
      : undefined;
  // Judged by the documents indexed before (not every hashed file: a file rejected then may be accepted now).
  const indexedBefore = new Set(reusable?.manifest.documents.map((m) => `${m.file}\n${m.hash}`));
  const unchanged = new Set(documents.filter((d) => indexedBefore.has(`${d.file}\n${d.hash}`)).map((d) => d.docId));
  const metaOf = new Map(documents.map((d) => [d.docId, d]));
  const todo: number[] = [];
  passages.forEach((p, i) => {
    const old = unchanged.has(p.docId) ? reusable?.byPassage.get(p.id) : undefined;
    if (old) rows.set(old, i * dims);
    else todo.push(i);
  });
  const fresh = await embedder.embedPassages(
    todo.map((i) => embeddingText(passages[i]!, metaOf.get(passages[i]!.docId)!)),
    (done, total) => progress({ phase: "embed", done, total }),
  );
  todo.forEach((i, j) => rows.set(fresh[j]!, i * dims));
  return passages.length - todo.length;
}
