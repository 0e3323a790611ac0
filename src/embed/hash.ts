import { analyze } from "../text/analyzer.js";
import type { Embedder } from "./types.js";

/** Where the hashed embedder gets term rarity from (the keyword index's statistics at run time). */
export interface TermStatistics {
  idf(term: string): number;
}

/** 2: a passage's vector hashes its keyword-index terms (title counted twice), computed from the postings at ingest. */
export const HASH_EMBEDDER_VERSION = 2;

/** The id an index built by the hashed embedder records. */
export const HASH_EMBEDDER_ID = `hash-ngram-v${HASH_EMBEDDER_VERSION}`;

/**
 * The offline default: feature hashing of the analyzer's character n-grams and Latin words into
 * a fixed-width vector, each term weighted by (1 + log tf) · idf, with a hashed sign so that
 * colliding terms cancel on average instead of piling up. Deterministic, no download, and
 * language-agnostic (it sees Japanese n-grams and English words alike). Unit length, so inner
 * product = cosine.
 */
export class HashEmbedder implements Embedder {
  readonly id = HASH_EMBEDDER_ID;
  readonly corpusIndependent = false;

  constructor(
    readonly dims: number,
    private readonly stats: TermStatistics,
  ) {
    if (!Number.isInteger(dims) || dims < 16) throw new Error(`hash embedder: expected dims ≥ 16, received ${dims}`);
  }

  embedText(text: string): Float32Array {
    return this.embedTerms(analyze(text));
  }

  embedTerms(terms: readonly string[]): Float32Array {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Float32Array(this.dims);
    for (const [term, f] of tf) {
      const slot = hashedSlot(term, this.dims);
      v[Math.abs(slot) - 1]! += Math.sign(slot) * (1 + Math.log(f)) * this.stats.idf(term);
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
    return v;
  }

  async embedPassages(texts: readonly string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    texts.forEach((t, i) => {
      out.push(this.embedText(t));
      if (onProgress && (i % 200 === 199 || i === texts.length - 1)) onProgress(i + 1, texts.length);
    });
    return out;
  }

  async embedQuery(text: string): Promise<Float32Array> {
    return this.embedText(text);
  }

  async dispose(): Promise<void> {}
}

/** Where a term lands in a vector of `dims`: ±(bucket + 1), the sign being the hashed sign. */
export function hashedSlot(term: string, dims: number): number {
  const h = fnv1a(term);
  return (h & 0x80000000 ? -1 : 1) * ((h % dims) + 1);
}

/** 32-bit FNV-1a over UTF-16 code units: fast, stable across platforms and releases. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
