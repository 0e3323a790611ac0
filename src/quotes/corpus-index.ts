/**
 * The corpus side of the checker: every paragraph normalized, and an index from each bigram of
 * normalized text to the paragraphs holding it, to pick the few paragraphs worth aligning.
 */
import type { Passage } from "../corpus/types.js";
import { normalizeWithMap, type Normalized } from "./normalize.js";

export interface CorpusIndex {
  readonly passages: readonly Passage[];
  readonly norm: readonly Normalized[];
  readonly bigrams: Map<string, number[]>;
  /** Index of the following paragraph of the same article, or -1. */
  readonly next: Int32Array;
}

const cache = new WeakMap<readonly Passage[], CorpusIndex>();

function bigramsOf(s: string): Set<string> {
  const out = new Set<string>();
  const u = Array.from(s);
  for (let k = 0; k + 1 < u.length; k++) out.add(u[k]! + u[k + 1]!);
  if (u.length === 1) out.add(u[0]!);
  return out;
}

export function corpusIndex(passages: readonly Passage[]): CorpusIndex {
  const hit = cache.get(passages);
  if (hit) return hit;
  const norm = passages.map((p) => normalizeWithMap(p.text));
  const bigrams = new Map<string, number[]>();
  norm.forEach((n, idx) => {
    for (const b of bigramsOf(n.text)) {
      const list = bigrams.get(b);
      if (list) list.push(idx);
      else bigrams.set(b, [idx]);
    }
  });
  const next = Int32Array.from(passages, (p, i) => {
    const q = passages[i + 1];
    return q && q.docId === p.docId && q.n === p.n + 1 ? i + 1 : -1;
  });
  const index = { passages, norm, bigrams, next };
  cache.set(passages, index);
  return index;
}

/**
 * Paragraphs sharing the most bigrams with the quote, best first: at most `limit`, and none
 * with under half the best one's share (alignment is the expensive step).
 */
export function candidates(index: CorpusIndex, quote: string, limit: number): number[] {
  const grams = bigramsOf(quote);
  const counts = new Map<number, number>();
  for (const g of grams) for (const idx of index.bigrams.get(g) ?? []) counts.set(idx, (counts.get(idx) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const floor = Math.max(1, Math.floor(grams.size * 0.25), Math.floor((ranked[0]?.[1] ?? 0) / 2));
  return ranked
    .filter(([, c]) => c >= floor)
    .slice(0, limit)
    .map(([idx]) => idx);
}

