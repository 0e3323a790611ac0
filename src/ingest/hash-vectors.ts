import { hashedSlots, SLOT_WEIGHT } from "../embed/hash.js";

/** What hashing passages from the postings needs of the keyword index (see index/keyword.ts). */
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

/**
 * The hashed embedder's passage vectors, computed from the keyword index instead of analysing
 * every text again: one pass over the postings adds each (term, passage, tf) to the passage's
 * row as HashEmbedder.embedTerms would, then each row is scaled to unit length. The result is
 * the same (up to float rounding) as embedding each passage's keyword terms (title ×2, section, text) one by one; at
 * 100k paragraphs it takes about a second instead of ~20 s of re-analysis. Rows are laid out
 * passage after passage in one Float32Array.
 */
export function hashVectorsFromPostings(index: TermPostings, dims: number, rows: Float32Array = new Float32Array(index.lengths.length * dims)): Float32Array {
  const size = index.lengths.length;
  if (rows.length !== size * dims) throw new Error(`hash vectors: expected room for ${size} × ${dims} values, received ${rows.length}`);
  const terms = index.termStarts.length - 1;
  for (let t = 0; t < terms; t++) {
    for (const slot of hashedSlots(index.termText.slice(index.termStarts[t]!, index.termStarts[t + 1]!), dims)) {
      const bucket = Math.abs(slot) - 1;
      const signedIdf = Math.sign(slot) * SLOT_WEIGHT * index.idfs[t]!;
      for (let i = index.postingStarts[t]!, end = index.postingStarts[t + 1]!; i < end; i++) {
        rows[index.docs[i]! * dims + bucket]! += signedIdf * (1 + Math.log(index.tfs[i]!));
      }
    }
  }
  for (let d = 0; d < size; d++) {
    const base = d * dims;
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += rows[base + j]! * rows[base + j]!;
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let j = 0; j < dims; j++) rows[base + j]! *= inv;
    }
  }
  return rows;
}
