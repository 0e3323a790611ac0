/**
 * The corpus side of the checker: an index from each bigram of normalized text to the
 * paragraphs holding it, to pick the few paragraphs worth aligning. Built once per set of
 * passages, on the first check (not at start-up): at 100,000 paragraphs it is 14 M postings in
 * typed arrays (~60 MB), where a Map of string bigrams to number arrays with every paragraph's
 * normalized text and map kept took ~550 MB and most of the bot's start-up time. Paragraphs are
 * normalized again (with their map) only when aligned, a dozen per quotation.
 */
import type { Passage } from "../corpus/types.js";
import { BigramTerms, forEachTerm, keysOf, termOf } from "./bigrams.js";
import { normalizeText, normalizeWithMap, type Normalized } from "./normalize.js";

export interface CorpusIndex {
  readonly passages: readonly Passage[];
  /** Bigram → term number. */
  readonly terms: BigramTerms;
  /** Term t's paragraphs, ascending: `postings[postingStarts[t] … postingStarts[t + 1])`. */
  readonly postingStarts: Uint32Array;
  readonly postings: Uint32Array;
  /** Index of the following paragraph of the same article, or -1. */
  readonly next: Int32Array;
}

const cache = new WeakMap<readonly Passage[], CorpusIndex>();

/** A Uint32Array that grows by doubling. */
class Growable {
  data = new Uint32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
}

/** The index of `passages`, built on first use and kept while the passages are. */
export function corpusIndex(passages: readonly Passage[]): CorpusIndex {
  const hit = cache.get(passages);
  if (hit) return hit;
  const terms = new BigramTerms();
  // First pass: each paragraph's distinct terms in order, and every term's paragraph count.
  const sequence = new Growable();
  const ends = new Uint32Array(passages.length);
  const counts = new Growable();
  const lastSeen = new Growable();
  passages.forEach((p, idx) => {
    forEachTerm(terms, normalizeText(p.text), true, (t) => {
      if (t === counts.length) {
        counts.push(0);
        lastSeen.push(0);
      }
      if (lastSeen.data[t] === idx + 1) return;
      lastSeen.data[t] = idx + 1;
      counts.data[t]!++;
      sequence.push(t);
    });
    ends[idx] = sequence.length;
  });
  // Second pass: postings laid out term by term, paragraphs ascending.
  const postingStarts = new Uint32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) postingStarts[t + 1] = postingStarts[t]! + counts.data[t]!;
  const fill = postingStarts.slice(0, counts.length);
  const postings = new Uint32Array(sequence.length);
  let k = 0;
  for (let idx = 0; idx < passages.length; idx++) {
    for (; k < ends[idx]!; k++) postings[fill[sequence.data[k]!]!++] = idx;
  }
  const next = Int32Array.from(passages, (p, i) => {
    const q = passages[i + 1];
    return q && q.docId === p.docId && q.n === p.n + 1 ? i + 1 : -1;
  });
  const index = { passages, terms, postingStarts, postings, next };
  cache.set(passages, index);
  return index;
}

/**
 * Paragraphs sharing the most bigrams with the quote, best first: at most `limit`, and none
 * with under half the best one's share (alignment is the expensive step).
 */
export function candidates(index: CorpusIndex, quote: string, limit: number): number[] {
  const keys = keysOf(quote);
  const counts = new Uint32Array(index.passages.length);
  const touched: number[] = [];
  let most = 0;
  for (const key of keys) {
    const t = termOf(index.terms, key);
    if (t < 0) continue;
    for (let k = index.postingStarts[t]!; k < index.postingStarts[t + 1]!; k++) {
      const idx = index.postings[k]!;
      const c = ++counts[idx]!;
      if (c === 1) touched.push(idx);
      if (c > most) most = c;
    }
  }
  const floor = Math.max(1, Math.floor(keys.size * 0.25), Math.floor(most / 2));
  return touched
    .filter((idx) => counts[idx]! >= floor)
    .sort((a, b) => counts[b]! - counts[a]! || a - b)
    .slice(0, limit);
}

/**
 * The normalized text (with its map) of the paragraphs one message's check aligns against,
 * computed once each for that message.
 */
export class Normalizations {
  readonly #done = new Map<number, Normalized>();
  constructor(readonly index: CorpusIndex) {}
  of(idx: number): Normalized {
    let n = this.#done.get(idx);
    if (!n) {
      n = normalizeWithMap(this.index.passages[idx]!.text);
      this.#done.set(idx, n);
    }
    return n;
  }
}
