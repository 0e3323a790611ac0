import type { KeywordIndexData } from "./format.js";
import { gallop, kthLargest, TopHeap } from "./top-k.js";

/** A query term found in the index, with what pruning needs to know of it. */
export interface QueryTerm {
  /** Position in the query (scores are summed in query order, as exhaustive scoring does). */
  readonly slot: number;
  /** The term's idf times its query weight. */
  readonly idf: number;
  /** The most the term adds to any passage's score: idf times its largest impact. */
  readonly bound: number;
  /** Its postings: docs/tfs[start .. end). */
  readonly start: number;
  readonly end: number;
}

/** Per-query arrays an index keeps and reuses: one entry per passage each, `acc` all zero between queries. */
export interface Scratch {
  readonly acc: Float64Array;
  readonly touched: Uint32Array;
}

/** Postings of the strongest terms read to find a score floor (see scoreFloor); measured at 100k paragraphs. */
const FLOOR_POSTINGS = 32_768;
/** Relative slack on score bounds: a passage is skipped only when it provably cannot enter. */
const BOUND_SLACK = 1 + 1e-9;

/**
 * The top `k` passages by BM25 as [passageIndex, score], best first (ties: lower index first),
 * exactly as scoring every passage ranks them, without looking up every posting: MaxScore
 * (Turtle & Flood 1995), term at a time. Terms are ordered by their score bound. The strongest
 * terms' postings are added into an accumulator and give a score floor (see scoreFloor); then
 * every term whose bound the weaker ones' summed bounds could not make up for (the "essential"
 * terms) is added too. A passage none of those holds scores at most the weak terms' summed bounds,
 * which is below the floor: it cannot enter. The accumulated passages are read in index order,
 * and the weak terms are looked up (galloping search) for a passage only while its score could
 * still make the top k. With character n-grams this is what matters: の, は, る… occur in nearly
 * every passage and carry ~95% of the postings a question touches, but little of any score.
 *
 * Each admitted score is re-summed in query order, so scores are bit-identical to exhaustive scoring.
 */
export function prunedTopK(
  data: KeywordIndexData,
  { acc, touched }: Scratch,
  query: readonly QueryTerm[],
  slots: number,
  k: number,
  allowed?: (index: number) => boolean,
): Array<[number, number]> {
  const { k1, docs, tfs, norms } = data;
  const terms = [...query].sort((a, b) => a.bound - b.bound);
  const n = terms.length;
  // prefix[j]: the summed bounds of terms[0..j).
  const prefix = new Float64Array(n + 1);
  for (let j = 0; j < n; j++) prefix[j + 1] = prefix[j]! + terms[j]!.bound;

  // terms[added..n) are in the accumulator.
  let added = n;
  const add = (t: QueryTerm): void => {
    const { idf, end } = t;
    for (let i = t.start; i < end; i++) {
      const f = tfs[i]!;
      acc[docs[i]!]! += (idf * f * (k1 + 1)) / (f + norms[docs[i]!]!);
    }
  };
  // The strongest terms first (up to FLOOR_POSTINGS postings), noting which passages they reach.
  let count = 0;
  let used = 0;
  while (added > 0) {
    const t = terms[added - 1]!;
    if (used > 0 && used + (t.end - t.start) > FLOOR_POSTINGS) break;
    used += t.end - t.start;
    for (let i = t.start; i < t.end; i++) if (acc[docs[i]!] === 0) touched[count++] = docs[i]!;
    add(t);
    added--;
  }
  if (allowed) {
    let kept = 0;
    for (let i = 0; i < count; i++) if (allowed(touched[i]!)) touched[kept++] = touched[i]!;
    count = kept;
  }
  const floor = scoreFloor(data, acc, terms, touched.subarray(0, count), slots, k);
  while (added > 0 && prefix[added]! * BOUND_SLACK > floor) add(terms[--added]!);

  const heap = new TopHeap(k);
  let threshold = floor;
  const cursors = new Uint32Array(n);
  for (let j = 0; j < n; j++) cursors[j] = terms[j]!.start;
  const contributions = new Float64Array(slots);
  const size = acc.length;
  for (let d = 0; d < size; d++) {
    const partial = acc[d]!;
    if (partial === 0) continue;
    acc[d] = 0;
    if ((partial + prefix[added]!) * BOUND_SLACK <= threshold || (allowed && !allowed(d))) continue;
    let score = partial;
    let admitted = true;
    for (let j = added - 1; j >= 0; j--) {
      if ((score + prefix[j + 1]!) * BOUND_SLACK <= threshold) {
        admitted = false;
        break;
      }
      const t = terms[j]!;
      const at = gallop(docs, cursors[j]!, t.end, d);
      cursors[j] = at;
      if (at < t.end && docs[at] === d) {
        const f = tfs[at]!;
        score += (t.idf * f * (k1 + 1)) / (f + norms[d]!);
      }
    }
    if (!admitted || score * BOUND_SLACK <= threshold) continue;
    const exact = exactScore(data, terms, cursors, contributions, d);
    if (exact > 0 && heap.offer(d, exact)) threshold = Math.max(floor, heap.threshold);
  }
  return heap.sorted();
}

/**
 * Passage d's score summed in query order (bit-identical to exhaustive scoring). `cursors[j]`
 * is at or before d's posting in terms[j]'s list, and is moved to it (passages come ascending).
 */
function exactScore(
  data: KeywordIndexData,
  terms: readonly QueryTerm[],
  cursors: Uint32Array,
  contributions: Float64Array,
  d: number,
): number {
  const { k1, docs, tfs, norms } = data;
  for (let j = 0; j < terms.length; j++) {
    const t = terms[j]!;
    const at = gallop(docs, cursors[j]!, t.end, d);
    cursors[j] = at;
    let c = 0;
    if (at < t.end && docs[at] === d) {
      const f = tfs[at]!;
      c = (t.idf * f * (k1 + 1)) / (f + norms[d]!);
    }
    contributions[t.slot] = c;
  }
  let sum = 0;
  for (let s = 0; s < contributions.length; s++) sum += contributions[s]!;
  contributions.fill(0);
  return sum;
}

/**
 * A lower bound of the k-th best score, found before the walk so that pruning starts at once (in
 * an archive the best passages are spread all over it): the accumulator holds the strongest
 * terms' partial scores for the `eligible` passages they reach; the 4k passages with the best of them are scored
 * exactly, and the k-th best of those exact scores is a score that k passages reach, so no
 * passage below it can enter the top k.
 */
function scoreFloor(
  data: KeywordIndexData,
  acc: Float64Array,
  terms: readonly QueryTerm[],
  eligible: Uint32Array,
  slots: number,
  k: number,
): number {
  const wanted = 4 * k;
  let candidates = eligible;
  if (eligible.length > wanted) {
    const partial = new Float64Array(eligible.length);
    for (let i = 0; i < eligible.length; i++) partial[i] = acc[eligible[i]!]!;
    const cut = kthLargest(partial, wanted);
    let kept = 0;
    for (let i = 0; i < eligible.length; i++) if (acc[eligible[i]!]! >= cut) eligible[kept++] = eligible[i]!;
    candidates = eligible.subarray(0, kept);
  }
  if (candidates.length < k) return 0;
  candidates.sort();
  const cursors = new Uint32Array(terms.length);
  for (let j = 0; j < terms.length; j++) cursors[j] = terms[j]!.start;
  const contributions = new Float64Array(slots);
  const exact = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++)
    exact[i] = exactScore(data, terms, cursors, contributions, candidates[i]!);
  return Math.max(0, kthLargest(exact, k));
}
