import { corpusRoot, readCorpusFile } from "../corpus/load.js";
import { parseDocument } from "../corpus/parse.js";
import type { DocumentMeta, Passage } from "../corpus/types.js";
import { CorpusError } from "../errors.js";
import { keywordTerms } from "../index/fields.js";

/**
 * One batch of corpus files, read, parsed and analysed: what the main thread needs to index it,
 * in a form that crosses a worker boundary cheaply. Terms are not sent per occurrence: the batch
 * has one table of its distinct terms (joined into a single string), and each passage lists the
 * table positions of its distinct terms with their frequencies, so the indexer looks each
 * distinct term of the batch up once.
 */
export interface AnalysedBatch {
  readonly documents: ReadonlyArray<{ readonly meta: DocumentMeta; readonly passages: readonly Passage[] }>;
  /** Files that could not be read or parsed, in file order (as CorpusError's parts, which survive structured cloning). */
  readonly errors: ReadonlyArray<{
    readonly file: string;
    readonly line: number | undefined;
    readonly message: string;
  }>;
  /** The batch's distinct terms, separated by TERM_SEPARATOR (the analyzer never emits it). */
  readonly terms: string;
  /** Per passage (in order): its distinct terms are termRefs[passageStarts[p] .. passageStarts[p + 1]). */
  readonly passageStarts: Uint32Array;
  readonly termRefs: Uint32Array;
  readonly termFreqs: Uint32Array;
  /** Per passage: total number of terms (BM25's document length). */
  readonly lengths: Uint32Array;
}

export const TERM_SEPARATOR = "\u0000";

/** Reads, parses and analyses `files` (paths relative to `root`). Pure apart from reading the files. */
export function analyseFiles(root: string, files: readonly string[]): AnalysedBatch {
  const documents: Array<{ meta: DocumentMeta; passages: readonly Passage[] }> = [];
  const errors: Array<{ file: string; line: number | undefined; message: string }> = [];
  const table = new Map<string, number>();
  const starts = [0];
  const refs: number[] = [];
  const freqs: number[] = [];
  const lengths: number[] = [];
  const corpus = corpusRoot(root);
  for (const file of files) {
    let doc;
    try {
      doc = parseDocument(file, readCorpusFile(corpus, file));
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      errors.push({ file: err.file, line: err.line, message: err.message });
      continue;
    }
    documents.push(doc);
    for (const passage of doc.passages) {
      const terms = keywordTerms(passage, doc.meta);
      const tf = new Map<number, number>();
      for (const term of terms) {
        let ref = table.get(term);
        if (ref === undefined) {
          ref = table.size;
          table.set(term, ref);
        }
        tf.set(ref, (tf.get(ref) ?? 0) + 1);
      }
      for (const [ref, f] of tf) {
        refs.push(ref);
        freqs.push(f);
      }
      starts.push(refs.length);
      lengths.push(terms.length);
    }
  }
  return {
    documents,
    errors,
    terms: [...table.keys()].join(TERM_SEPARATOR),
    passageStarts: Uint32Array.from(starts),
    termRefs: Uint32Array.from(refs),
    termFreqs: Uint32Array.from(freqs),
    lengths: Uint32Array.from(lengths),
  };
}

/** The error a batch reported, as the CorpusError the rest of ingest handles. */
export function corpusErrorOf(e: AnalysedBatch["errors"][number]): CorpusError {
  const err = new CorpusError(e.file, e.line, "");
  err.message = e.message;
  return err;
}
