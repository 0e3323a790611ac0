import { hashedSlots, SLOT_WEIGHT } from "../embed/hash.js";

/** What hashing passages from the postings needs of the keyword index (see index/keyword/keyword-index.ts). */
export interface TermPostings {
  /** Term t is termText[termStarts[t] .. termStarts[t + 1]). */
  readonly termText: string;
  readonly termStarts: Uint32Array;
  readonly idfs: Float64Array;
  /** Term t's postings are docs/tfs[postingStarts[t] .. postingStarts[t + 1]). */
  readonly postingStarts: Uint32Array;
  readonly docs: Uint32Array;
  readonly tfs: Uint16Array | Uint32Array;
  readonly lengths: Uint32Array;
}

/** One term's postings, or a part of them (see HashRows.addTerm). */
export interface PostingsPart {
  readonly docs: ArrayLike<number>;
  readonly tfs: ArrayLike<number>;
}

/**
 * The hashed embedder's passage vectors, computed from the keyword index's postings instead of
 * analysing every text again: each (term, passage, tf) is added to the passage's row as
 * HashEmbedder.embedTerms would, term by term, then each row is scaled to unit length. The result
 * is the same (up to float rounding) as embedding each passage's keyword terms (title ×2,
 * section, text) one by one; at 100k paragraphs it takes about a second instead of ~20 s of
 * re-analysis. Rows are laid out passage after passage in one Float32Array. Ingest feeds it from
 * the merge of the postings (terms ascending), so no postings need be in memory at once.
 */
export class HashRows {
  /** `rows` holds passages base, base + 1, … (a vector graph's share, or every passage from 0). */
  constructor(
    readonly dims: number,
    readonly rows: Float32Array,
    readonly base = 0,
  ) {}

  /** Adds a term's postings (given in parts that share no passage: a row's sums keep one order). */
  addTerm(term: string, idf: number, parts: readonly PostingsPart[]): void {
    const { dims, rows, base } = this;
    for (const slot of hashedSlots(term, dims)) {
      const bucket = Math.abs(slot) - 1;
      const signedIdf = Math.sign(slot) * SLOT_WEIGHT * idf;
      for (const { docs, tfs } of parts) {
        for (let i = 0; i < docs.length; i++)
          rows[(docs[i]! - base) * dims + bucket]! += signedIdf * (1 + Math.log(tfs[i]!));
      }
    }
  }

  /** Scales every row to unit length (once every term is added). */
  normalise(): Float32Array {
    const { dims, rows } = this;
    for (let base = 0; base < rows.length; base += dims) {
      let norm = 0;
      for (let j = 0; j < dims; j++) norm += rows[base + j]! * rows[base + j]!;
      if (norm > 0) {
        const inv = 1 / Math.sqrt(norm);
        for (let j = 0; j < dims; j++) rows[base + j]! *= inv;
      }
    }
    return rows;
  }
}

/** The hashed vectors of an index held in memory (see HashRows). */
export function hashVectorsFromPostings(
  index: TermPostings,
  dims: number,
  rows: Float32Array = new Float32Array(index.lengths.length * dims),
): Float32Array {
  const size = index.lengths.length;
  if (rows.length !== size * dims)
    throw new Error(`hash vectors: expected room for ${size} × ${dims} values, received ${rows.length}`);
  const hash = new HashRows(dims, rows);
  for (let t = 0; t < index.termStarts.length - 1; t++) {
    const from = index.postingStarts[t]!;
    const to = index.postingStarts[t + 1]!;
    hash.addTerm(index.termText.slice(index.termStarts[t]!, index.termStarts[t + 1]!), index.idfs[t]!, [
      { docs: index.docs.subarray(from, to), tfs: index.tfs.subarray(from, to) },
    ]);
  }
  return hash.normalise();
}
