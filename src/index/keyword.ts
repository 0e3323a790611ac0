import { fnv1a } from "../embed/hash.js";
import { idfFor } from "./keyword-builder.js";
import type { KeywordIndexData } from "./keyword-format.js";
import { gallop, kthLargest, TopHeap, topK } from "./top-k.js";

export { BM25_DEFAULTS, buildKeywordIndex, KeywordIndexBuilder } from "./keyword-builder.js";
export { decodeKeywordIndex, encodeKeywordIndex, type KeywordIndexData } from "./keyword-format.js";
export { topK } from "./top-k.js";

/** A query term found in the index, with what MaxScore needs to know of it. */
interface QueryTerm {
  /** Position in the query (scores are summed in query order, as exhaustive scoring does). */
  readonly slot: number;
  readonly idf: number;
  readonly bound: number;
  readonly end: number;
  pos: number;
}

/** Below this many postings a query is scored term by term (the walk's bookkeeping costs more). */
export const SMALL_QUERY_POSTINGS = 32_768;
/** Postings of the strongest terms read to find a score floor (see scoreFloor); measured at 100k paragraphs. */
const FLOOR_POSTINGS = 32_768;
/** Relative slack on score bounds: a passage is skipped only when it provably cannot enter. */
const BOUND_SLACK = 1 + 1e-9;

/**
 * BM25 over the analyzer's terms. Each passage is indexed with its article title (twice: a
 * question usually names its topic, which the paragraph itself may not repeat) and its section
 * heading. Measured on JSQuAD: title ×2 lifted R@1 by ~2.5 points over text alone.
 *
 * Everything a query needs is in flat typed arrays computed at ingest (see keyword-format.ts).
 * Postings are sorted by passage, and each term knows its largest BM25 impact, so `search` finds the exact top k with MaxScore
 * (see there) instead of scoring every passage that shares a kana with the question.
 */
export class KeywordIndex {
  readonly size: number;
  private scratch: Float64Array | undefined;

  /**
   * `smallQueryPostings`: queries with at most this many postings are scored term by term
   * (default SMALL_QUERY_POSTINGS; 0 sends every query through the MaxScore walk).
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
   * exactly as `exhaustiveSearch` ranks them, without scoring every passage: MaxScore
   * (Turtle & Flood 1995). Query terms are ordered by their score bound; once the k-th best score
   * exceeds the summed bounds of the weakest terms, a passage holding only those cannot enter, so
   * only the stronger ("essential") terms' postings are walked, and the weak terms are looked up
   * (by galloping search) for a candidate only while its score could still make the top k. With
   * character n-grams this is what matters: の, は, る… occur in nearly every passage and carry
   * ~87% of the postings a question touches, but little of any score. Each admitted score is
   * re-summed in query order, so scores are bit-identical to exhaustive scoring.
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
        terms.push({ slot, idf, bound: idf * maxImpacts[id]!, pos: postingStarts[id]!, end: postingStarts[id + 1]! });
      }
      slot++;
    }
    if (terms.length === 0) return [];
    let postings = 0;
    for (const t of terms) postings += t.end - t.pos;
    if (postings <= (this.options.smallQueryPostings ?? SMALL_QUERY_POSTINGS)) return this.accumulate(terms, k, allowed);
    terms.sort((a, b) => a.bound - b.bound);
    // prefix[j]: the summed bounds of terms[0..j).
    const prefix = new Float64Array(terms.length + 1);
    for (let j = 0; j < terms.length; j++) prefix[j + 1] = prefix[j]! + terms[j]!.bound;
    const contributions = new Float64Array(slot);
    // Which slots of `contributions` the current passage set, so that only those are cleared.
    const setSlots = new Int32Array(terms.length);
    let setCount = 0;
    const heap = new TopHeap(k);
    const floor = this.scoreFloor(terms, slot, k, allowed);
    let threshold = floor;
    // terms[0..essential) are non-essential: together they cannot lift a passage above the threshold.
    let essential = 0;
    while (essential < terms.length && prefix[essential + 1]! * BOUND_SLACK <= threshold) essential++;
    // The essential terms' cursors, in a min-heap by the passage each is at: a posting costs
    // O(log terms), not a scan of every essential term per passage.
    const at = new Float64Array(terms.length);
    for (let j = 0; j < terms.length; j++) at[j] = terms[j]!.pos < terms[j]!.end ? docs[terms[j]!.pos]! : Infinity;
    const cursors: number[] = [];
    const siftDown = (i: number): void => {
      const n = cursors.length;
      for (;;) {
        const l = 2 * i + 1;
        let m = i;
        if (l < n && at[cursors[l]!]! < at[cursors[m]!]!) m = l;
        if (l + 1 < n && at[cursors[l + 1]!]! < at[cursors[m]!]!) m = l + 1;
        if (m === i) return;
        const swap = cursors[i]!;
        cursors[i] = cursors[m]!;
        cursors[m] = swap;
        i = m;
      }
    };
    const rebuild = (): void => {
      cursors.length = 0;
      for (let j = essential; j < terms.length; j++) if (at[j] !== Infinity) cursors.push(j);
      for (let i = (cursors.length >> 1) - 1; i >= 0; i--) siftDown(i);
    };
    rebuild();
    while (cursors.length) {
      const d = at[cursors[0]!]!;
      let score = 0;
      while (cursors.length && at[cursors[0]!] === d) {
        const j = cursors[0]!;
        const t = terms[j]!;
        const c = this.impact(t.idf, t.pos);
        contributions[t.slot] = c;
        setSlots[setCount++] = t.slot;
        score += c;
        t.pos++;
        at[j] = t.pos < t.end ? docs[t.pos]! : Infinity;
        if (at[j] === Infinity) {
          cursors[0] = cursors[cursors.length - 1]!;
          cursors.pop();
        }
        if (cursors.length) siftDown(0);
      }
      if (allowed && !allowed(d)) {
        while (setCount > 0) contributions[setSlots[--setCount]!] = 0;
        continue;
      }
      let admitted = true;
      for (let j = essential - 1; j >= 0; j--) {
        if ((score + prefix[j + 1]!) * BOUND_SLACK <= threshold) {
          admitted = false;
          break;
        }
        const t = terms[j]!;
        t.pos = gallop(docs, t.pos, t.end, d);
        if (t.pos < t.end && docs[t.pos] === d) {
          const c = this.impact(t.idf, t.pos);
          contributions[t.slot] = c;
          setSlots[setCount++] = t.slot;
          score += c;
        }
      }
      if (admitted && score * BOUND_SLACK > threshold) {
        let exact = 0;
        for (let s = 0; s < slot; s++) exact += contributions[s]!;
        if (exact > 0 && heap.offer(d, exact)) {
          threshold = Math.max(floor, heap.threshold);
          const before = essential;
          while (essential < terms.length && prefix[essential + 1]! * BOUND_SLACK <= threshold) essential++;
          if (essential !== before) rebuild();
        }
      }
      while (setCount > 0) contributions[setSlots[--setCount]!] = 0;
    }
    return heap.sorted();
  }

  /** The index's reusable score accumulator (sparse use: only touched entries are reset). */
  private accumulator(): Float64Array {
    this.scratch ??= new Float64Array(this.size);
    return this.scratch;
  }

  /**
   * A query with few postings is scored term by term into the accumulator, in query order (so
   * sums are those of exhaustive scoring), and only the touched passages are ranked.
   */
  private accumulate(terms: readonly QueryTerm[], k: number, allowed?: (index: number) => boolean): Array<[number, number]> {
    const acc = this.accumulator();
    const touched: number[] = [];
    const { docs } = this.data;
    const inQueryOrder = [...terms].sort((a, b) => a.slot - b.slot);
    for (const t of inQueryOrder) {
      for (let i = t.pos; i < t.end; i++) {
        const d = docs[i]!;
        if (acc[d] === 0) touched.push(d);
        acc[d]! += this.impact(t.idf, i);
      }
    }
    touched.sort((a, b) => a - b);
    const heap = new TopHeap(k);
    for (const d of touched) {
      const s = acc[d]!;
      acc[d] = 0;
      if (s > 0 && (!allowed || allowed(d))) heap.offer(d, s);
    }
    return heap.sorted();
  }

  /**
   * A lower bound of the k-th best score, found before the walk so that pruning starts at once
   * (passages arrive in index order, and in an archive the best ones are spread all over it):
   * the strongest terms' postings (up to FLOOR_POSTINGS of them) give partial scores; the 4k
   * passages with the best partial scores are scored exactly, and the k-th best of those exact
   * scores is a score that k passages reach, so no passage below it can enter the top k.
   */
  private scoreFloor(terms: readonly QueryTerm[], slots: number, k: number, allowed?: (index: number) => boolean): number {
    const acc = this.accumulator();
    const { docs } = this.data;
    const touched: number[] = [];
    let used = 0;
    for (let j = terms.length - 1; j >= 0; j--) {
      const t = terms[j]!;
      if (used > 0 && used + (t.end - t.pos) > FLOOR_POSTINGS) break;
      used += t.end - t.pos;
      for (let i = t.pos; i < t.end; i++) {
        const d = docs[i]!;
        if (acc[d] === 0) touched.push(d);
        acc[d]! += this.impact(t.idf, i);
      }
    }
    const eligible = allowed ? touched.filter((d) => allowed(d)) : touched;
    const wanted = 4 * k;
    let candidates = eligible;
    if (eligible.length > wanted) {
      const partial = new Float64Array(eligible.length);
      for (let i = 0; i < eligible.length; i++) partial[i] = acc[eligible[i]!]!;
      const cut = kthLargest(partial, wanted);
      candidates = eligible.filter((d) => acc[d]! >= cut);
    }
    for (const d of touched) acc[d] = 0;
    if (candidates.length < k) return 0;
    candidates.sort((a, b) => a - b);
    const cursors = terms.map((t) => t.pos);
    const contributions = new Float64Array(slots);
    const exact: number[] = [];
    for (const d of candidates) {
      terms.forEach((t, j) => {
        const at = gallop(docs, cursors[j]!, t.end, d);
        cursors[j] = at;
        contributions[t.slot] = at < t.end && docs[at] === d ? this.impact(t.idf, at) : 0;
      });
      let sum = 0;
      for (let s = 0; s < slots; s++) sum += contributions[s]!;
      exact.push(sum);
    }
    exact.sort((a, b) => b - a);
    return Math.max(0, exact[k - 1]!);
  }

  /** `search` by scoring every passage the query terms occur in (the reference `search` must match). */
  exhaustiveSearch(query: ReadonlyMap<string, number>, k: number, allowed?: (index: number) => boolean): Array<[number, number]> {
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
   * counted at full rarity) whose terms the passage holds. This is `coverage` of search/evidence
   * over the indexed terms, looked up in the postings (a binary search per term) so that a
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
    return (d) => {
      let found = 0;
      for (const { from, to, mass } of lists) {
        const at = gallop(docs, from, to, d);
        if (at < to && docs[at] === d) found += mass;
      }
      return total > 0 ? found / total : found;
    };
  }
}

/** Counts a term list into weights (query term frequency). */
export function termWeights(terms: readonly string[], weight = 1, into = new Map<string, number>()): Map<string, number> {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}
