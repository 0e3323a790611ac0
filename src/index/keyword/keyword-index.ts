import { fnv1a } from "../../util/hash.js";
import { idfFor } from "./builder.js";
import type { KeywordIndexData } from "./format.js";
import { prunedTopK, type QueryTerm, type Scratch } from "./bm25-pruned.js";
import { holds, TopHeap, topK } from "./top-k.js";

export { buildKeywordIndex, KeywordIndexBuilder } from "./builder.js";
export { decodeKeywordIndex, encodeKeywordIndex, type KeywordIndexData } from "./format.js";
export { topK } from "./top-k.js";

/** Below this many postings a query is scored term by term (the walk's bookkeeping costs more). */
export const SMALL_QUERY_POSTINGS = 32_768;
/**
 * BM25 over the analyzer's terms. Each passage is indexed with its article title (twice: a
 * question usually names its topic, which the paragraph itself may not repeat) and its section
 * heading. Measured on JSQuAD: title ×2 lifted R@1 by ~2.5 points over text alone.
 *
 * Everything a query needs is in flat typed arrays computed at ingest (see format.ts).
 * Postings are sorted by passage, and each term knows its largest BM25 impact, so `search` finds
 * the exact top k with MaxScore (bm25-pruned.ts) instead of scoring every passage that shares a
 * kana with the question.
 */
export class KeywordIndex {
  readonly size: number;
  private scratch: Scratch | undefined;

  /**
   * `smallQueryPostings`: queries with at most this many postings are scored term by term
   * (default SMALL_QUERY_POSTINGS; 0 sends every query through pruning).
   */
  constructor(
    readonly data: KeywordIndexData,
    private readonly options: { readonly smallQueryPostings?: number } = {},
  ) {
    this.size = data.lengths.length;
  }

  /** The term's id, or −1. */
  termId(term: string): number {
    const { table, termText, termStarts } = this.data;
    const mask = table.length - 1;
    for (let slot = fnv1a(term) & mask; ; slot = (slot + 1) & mask) {
      const t = table[slot]!;
      if (t === -1) return -1;
      const start = termStarts[t]!;
      if (termStarts[t + 1]! - start === term.length && termText.startsWith(term, start)) return t;
    }
  }

  /** Inverse document frequency (BM25's, always positive); unseen terms get the maximum. */
  idf(term: string): number {
    const id = this.termId(term);
    return id === -1 ? idfFor(this.size, 0) : this.data.idfs[id]!;
  }

  has(term: string): boolean {
    return this.termId(term) !== -1;
  }

  /** The BM25 contribution of posting i of a term whose idf (times query weight) is `idf`. */
  private impact(idf: number, i: number): number {
    const { k1, docs, tfs, norms } = this.data;
    const tf = tfs[i]!;
    return (idf * tf * (k1 + 1)) / (tf + norms[docs[i]!]!);
  }

  /**
   * The top `k` passages by BM25 as [passageIndex, score], best first (ties: lower index first),
   * exactly as `exhaustiveSearch` ranks them. A query with few postings is scored term by term;
   * a larger one is pruned (see prunedTopK in bm25-pruned.ts).
   */
  search(query: ReadonlyMap<string, number>, k: number, allowed?: (index: number) => boolean): Array<[number, number]> {
    if (k <= 0) return [];
    const { postingStarts, idfs, maxImpacts, docs } = this.data;
    const terms: QueryTerm[] = [];
    let slot = 0;
    for (const [term, weight] of query) {
      const id = this.termId(term);
      if (id !== -1) {
        // A non-positive weight would make bounds meaningless: score those queries exhaustively.
        if (!(weight > 0)) return this.exhaustiveSearch(query, k, allowed);
        const idf = idfs[id]! * weight;
        terms.push({ slot, idf, bound: idf * maxImpacts[id]!, start: postingStarts[id]!, end: postingStarts[id + 1]! });
      }
      slot++;
    }
    if (terms.length === 0) return [];
    let postings = 0;
    for (const t of terms) postings += t.end - t.start;
    if (postings <= (this.options.smallQueryPostings ?? SMALL_QUERY_POSTINGS))
      return this.accumulate(terms, k, allowed);
    return prunedTopK(this.data, this.scratchArrays(), terms, slot, k, allowed);
  }

  /** The index's reusable per-query arrays (see Scratch). */
  private scratchArrays(): Scratch {
    this.scratch ??= { acc: new Float64Array(this.size), touched: new Uint32Array(this.size) };
    return this.scratch;
  }

  /**
   * A query with few postings is scored term by term into the accumulator, in query order (so
   * sums are those of exhaustive scoring), and only the touched passages are ranked.
   */
  private accumulate(
    terms: readonly QueryTerm[],
    k: number,
    allowed?: (index: number) => boolean,
  ): Array<[number, number]> {
    const { acc, touched } = this.scratchArrays();
    const { k1, docs, tfs, norms } = this.data;
    let count = 0;
    // `terms` are in query order, as exhaustive scoring sums them.
    for (const { idf, start, end } of terms) {
      for (let i = start; i < end; i++) {
        const d = docs[i]!;
        if (acc[d] === 0) touched[count++] = d;
        const f = tfs[i]!;
        acc[d]! += (idf * f * (k1 + 1)) / (f + norms[d]!);
      }
    }
    const heap = new TopHeap(k);
    const offer = (d: number): void => {
      const s = acc[d]!;
      acc[d] = 0;
      if (s > 0 && (!allowed || allowed(d))) heap.offer(d, s);
    };
    // Passages in index order (ties keep the lower index): a dense query reads the whole accumulator.
    if (count > this.size >>> 4) {
      for (let d = 0; d < this.size; d++) if (acc[d] !== 0) offer(d);
    } else {
      const reached = touched.subarray(0, count).sort();
      for (let i = 0; i < count; i++) offer(reached[i]!);
    }
    return heap.sorted();
  }

  /** `search` by scoring every passage the query terms occur in (the reference `search` must match). */
  exhaustiveSearch(
    query: ReadonlyMap<string, number>,
    k: number,
    allowed?: (index: number) => boolean,
  ): Array<[number, number]> {
    const { postingStarts, idfs, docs } = this.data;
    const bm25 = new Float64Array(this.size);
    for (const [term, weight] of query) {
      const id = this.termId(term);
      if (id === -1) continue;
      const idf = idfs[id]! * weight;
      for (let i = postingStarts[id]!; i < postingStarts[id + 1]!; i++) bm25[docs[i]!]! += this.impact(idf, i);
    }
    return topK(bm25, k, allowed);
  }

  /**
   * Coverage of a passage: the share of the query's idf mass (weights capped at 1, unseen terms
   * counted at full rarity) whose terms the passage holds, over the indexed terms (the reference
   * it is tested against is test/helpers/coverage.ts), looked up in the postings (a search per term from where the passage would sit: top-k.holds) so that a
   * question touches only its candidates. The query's terms are looked up once.
   */
  coverageOf(query: ReadonlyMap<string, number>): (passage: number) => number {
    const { postingStarts, idfs, docs } = this.data;
    const lists: Array<{ from: number; to: number; mass: number }> = [];
    let total = 0;
    for (const [term, weight] of query) {
      const id = this.termId(term);
      if (id === -1) {
        total += idfFor(this.size, 0) * Math.min(1, weight);
        continue;
      }
      const mass = idfs[id]! * Math.min(1, weight);
      total += mass;
      lists.push({ from: postingStarts[id]!, to: postingStarts[id + 1]!, mass });
    }
    const { size } = this;
    return (d) => {
      let found = 0;
      for (const { from, to, mass } of lists) if (holds(docs, from, to, d, size)) found += mass;
      return total > 0 ? found / total : found;
    };
  }
}

/** Counts a term list into weights (query term frequency). */
export function termWeights(
  terms: readonly string[],
  weight = 1,
  into = new Map<string, number>(),
): Map<string, number> {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}
