/**
 * The corpus side of the checker: the paragraphs, the bigram index that picks the few worth
 * aligning (index/quotes/quote-index.ts: stored at ingest, opened with the index), and each
 * paragraph's successor in its article. Paragraphs are normalized again (with their map) only
 * when aligned, a dozen per quotation.
 */
import type { Passage } from "../corpus/types.js";
import { buildQuoteIndex, forEachPosting, inMemory, termOfKey, type QuoteIndex } from "../index/quotes/quote-index.js";
import { keysOf } from "../index/quotes/quote-bigrams.js";
import { normalizeWithMap, type Normalized } from "../text/quote-form.js";

/** What the checker aligns against. */
export interface QuoteCorpus {
  readonly passages: readonly Passage[];
  /** Index of the following paragraph of the same article, or -1. */
  readonly next: Int32Array;
  /**
   * Paragraphs sharing the most bigrams with `quote` (normalized), best first (ties by position):
   * at most `limit`, and none with under half the best one's share (alignment is the expensive step).
   */
  candidates(quote: string, limit: number): number[];
}

/** Each paragraph's successor in the same article, or -1. */
export function successors(passages: readonly Passage[]): Int32Array {
  return Int32Array.from(passages, (p, i) => {
    const q = passages[i + 1];
    return q && q.docId === p.docId && q.n === p.n + 1 ? i + 1 : -1;
  });
}

const built = new WeakMap<readonly Passage[], QuoteCorpus>();

/**
 * The checker's corpus over `passages` and their stored index; without one (a caller that has
 * passages only), the index is built here once per set of passages, as ingest builds it.
 */
export function quoteCorpus(passages: readonly Passage[], index?: QuoteIndex): QuoteCorpus {
  if (index) return corpusOver(passages, index);
  let corpus = built.get(passages);
  if (!corpus) {
    corpus = corpusOver(passages, inMemory(buildQuoteIndex(passages)));
    built.set(passages, corpus);
  }
  return corpus;
}

function corpusOver(passages: readonly Passage[], index: QuoteIndex): QuoteCorpus {
  return {
    passages,
    next: successors(passages),
    candidates(quote, limit) {
      const keys = keysOf(quote);
      const counts = new Uint32Array(passages.length);
      const touched: number[] = [];
      let most = 0;
      const count = (idx: number) => {
        const c = ++counts[idx]!;
        if (c === 1) touched.push(idx);
        if (c > most) most = c;
      };
      for (const key of keys) {
        const t = termOfKey(index, key);
        if (t >= 0) forEachPosting(index, t, count);
      }
      const floor = Math.max(1, Math.floor(keys.size * 0.25), Math.floor(most / 2));
      return touched
        .filter((idx) => counts[idx]! >= floor)
        .sort((a, b) => counts[b]! - counts[a]! || a - b)
        .slice(0, limit);
    },
  };
}

/**
 * The normalized text (with its map) of the paragraphs one message's check aligns against,
 * computed once each for that message.
 */
export class Normalizations {
  readonly #done = new Map<number, Normalized>();
  constructor(readonly corpus: QuoteCorpus) {}
  of(idx: number): Normalized {
    let n = this.#done.get(idx);
    if (!n) {
      n = normalizeWithMap(this.corpus.passages[idx]!.text);
      this.#done.set(idx, n);
    }
    return n;
  }
}
