import { fnv1a } from "../embed/hash.js";
import { FormatError, packSections, unpackSections } from "./binary.js";

/**
 * BM25 over the analyzer's terms. Each passage is indexed with its article title (twice: a
 * question usually names its topic, which the paragraph itself may not repeat) and its section
 * heading. Measured on JSQuAD: title ×2 lifted R@1 by ~2.5 points over text alone.
 *
 * Everything a query needs is in flat typed arrays computed at ingest (see `encodeKeywordIndex`):
 * opening an index reads them in one pass and analyses nothing. Postings are sorted by passage,
 * and each term knows its largest BM25 impact, so `search` finds the exact top k with MaxScore
 * (see there) instead of scoring every passage that shares a kana with the question.
 */
export interface KeywordIndexData {
  readonly k1: number;
  readonly b: number;
  /** Per passage: number of terms. */
  readonly lengths: Uint32Array;
  /** Per passage: BM25's length normalisation, k1 · (1 − b + b · length / average length). */
  readonly norms: Float64Array;
  /** Every term, one after the other; term t is termText[termStarts[t] .. termStarts[t + 1]). */
  readonly termText: string;
  readonly termStarts: Uint32Array;
  /** Open-addressing hash table (power-of-two size, linear probing) of term ids; −1 = empty. */
  readonly table: Int32Array;
  /** Per term: BM25 idf. */
  readonly idfs: Float64Array;
  /** Per term: the largest tf·(k1+1)/(tf+norm) over its postings: its score bound before idf and weight. */
  readonly maxImpacts: Float64Array;
  /** Term t's postings are docs/tfs[postingStarts[t] .. postingStarts[t + 1]), passages ascending. */
  readonly postingStarts: Uint32Array;
  readonly docs: Uint32Array;
  readonly tfs: Uint16Array | Uint32Array;
}

export const BM25_DEFAULTS = Object.freeze({ k1: 1.2, b: 0.75 });

const idfFor = (size: number, df: number): number => Math.log(1 + (size - df + 0.5) / (df + 0.5));

/** A growable Uint32 column (postings are collected without a JS array per term). */
class U32Column {
  data = new Uint32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
}

/**
 * Collects passages one at a time (in passage order) and builds the index: memory is the
 * postings themselves (three numbers per passage and distinct term) plus one Map of terms.
 */
export class KeywordIndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly dfs = new U32Column();
  private readonly postTerm = new U32Column();
  private readonly postDoc = new U32Column();
  private readonly postTf = new U32Column();
  private readonly lengths = new U32Column();

  constructor(private readonly params: { readonly k1: number; readonly b: number } = BM25_DEFAULTS) {}

  get size(): number {
    return this.lengths.length;
  }

  /** The id of a term, assigned in first-seen order. */
  intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.dfs.push(0);
    }
    return id;
  }

  /**
   * Adds the next passage as its distinct term ids (see intern) with their counts; `length` is
   * its number of terms, repeats included. Returns its index.
   */
  addCounted(termIds: ArrayLike<number>, tfs: ArrayLike<number>, length: number): number {
    const d = this.lengths.length;
    for (let i = 0; i < termIds.length; i++) {
      const id = termIds[i]!;
      if (!(id >= 0 && id < this.terms.length)) throw new RangeError(`term id ${id}: expected one returned by intern (0..${this.terms.length - 1})`);
      this.dfs.data[id]!++;
      this.postTerm.push(id);
      this.postDoc.push(d);
      this.postTf.push(tfs[i]!);
    }
    this.lengths.push(length);
    return d;
  }

  /** Adds the next passage's terms; returns its index. */
  add(terms: readonly string[]): number {
    const tf = new Map<number, number>();
    for (const t of terms) {
      const id = this.intern(t);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return this.addCounted([...tf.keys()], [...tf.values()], terms.length);
  }

  build(): KeywordIndexData {
    const { k1, b } = this.params;
    const size = this.lengths.length;
    const lengths = this.lengths.data.slice(0, size);
    let sum = 0;
    for (let d = 0; d < size; d++) sum += lengths[d]!;
    const avgLength = sum / Math.max(1, size);
    const norms = new Float64Array(size);
    for (let d = 0; d < size; d++) norms[d] = k1 * (1 - b + (b * lengths[d]!) / avgLength);

    const termCount = this.terms.length;
    const postingStarts = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) postingStarts[t + 1] = postingStarts[t]! + this.dfs.data[t]!;
    const total = this.postTerm.length;
    const docs = new Uint32Array(total);
    let maxTf = 0;
    for (let i = 0; i < total; i++) maxTf = Math.max(maxTf, this.postTf.data[i]!);
    const tfs = maxTf > 0xffff ? new Uint32Array(total) : new Uint16Array(total);
    // Counting sort by term: collected in passage order, so each term's postings stay ascending.
    const fill = postingStarts.slice(0, termCount);
    for (let i = 0; i < total; i++) {
      const at = fill[this.postTerm.data[i]!]!++;
      docs[at] = this.postDoc.data[i]!;
      tfs[at] = this.postTf.data[i]!;
    }
    const idfs = new Float64Array(termCount);
    const maxImpacts = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const from = postingStarts[t]!;
      const to = postingStarts[t + 1]!;
      idfs[t] = idfFor(size, to - from);
      let max = 0;
      for (let i = from; i < to; i++) {
        const f = tfs[i]!;
        max = Math.max(max, (f * (k1 + 1)) / (f + norms[docs[i]!]!));
      }
      maxImpacts[t] = max;
    }
    const termText = this.terms.join("");
    const termStarts = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) termStarts[t + 1] = termStarts[t]! + this.terms[t]!.length;
    let capacity = 16;
    while (capacity < termCount * 2) capacity *= 2;
    const table = new Int32Array(capacity).fill(-1);
    for (let t = 0; t < termCount; t++) {
      let slot = fnv1a(this.terms[t]!) & (capacity - 1);
      while (table[slot] !== -1) slot = (slot + 1) & (capacity - 1);
      table[slot] = t;
    }
    return { k1, b, lengths, norms, termText, termStarts, table, idfs, maxImpacts, postingStarts, docs, tfs };
  }
}

/** Builds an index over passages' term lists (tests and small corpora; ingest streams into the builder). */
export function buildKeywordIndex(docs: readonly (readonly string[])[], params = BM25_DEFAULTS): KeywordIndexData {
  const builder = new KeywordIndexBuilder(params);
  for (const terms of docs) builder.add(terms);
  return builder.build();
}

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

/** The k-th largest value (1-based) of `values`, which it reorders: quickselect, linear on average. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const x = values[i]!;
        values[i++] = values[j]!;
        values[j--] = x;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

/** The first position in docs[from..to) holding a passage ≥ d (galloping, then binary search). */
function gallop(docs: Uint32Array, from: number, to: number, d: number): number {
  if (from >= to || docs[from]! >= d) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < to && docs[hi]! < d) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > to) hi = to;
  // Invariant: docs[lo] < d, and docs[hi] ≥ d or hi = to.
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < d) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The k best [passage, score] seen so far; passages arrive in ascending order, so a tie never displaces. */
class TopHeap {
  private readonly ids: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

  /** The score a passage must beat to enter (0 until the heap is full). */
  get threshold(): number {
    return this.ids.length < this.k ? 0 : this.scores[0]!;
  }

  /** True when the passage entered. */
  offer(id: number, score: number): boolean {
    const { ids, scores } = this;
    if (ids.length < this.k) {
      ids.push(id);
      scores.push(score);
      this.up(ids.length - 1);
      return true;
    }
    if (!(score > scores[0]!)) return false;
    ids[0] = id;
    scores[0] = score;
    this.down(0);
    return true;
  }

  /** Worse first: lower score, or equal score and higher passage index. */
  private worse(i: number, j: number): boolean {
    const { ids, scores } = this;
    return scores[i]! < scores[j]! || (scores[i] === scores[j] && ids[i]! > ids[j]!);
  }

  private swap(i: number, j: number): void {
    const { ids, scores } = this;
    const id = ids[i]!;
    ids[i] = ids[j]!;
    ids[j] = id;
    const score = scores[i]!;
    scores[i] = scores[j]!;
    scores[j] = score;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.ids.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(l, m)) m = l;
      if (r < n && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  sorted(): Array<[number, number]> {
    return this.ids.map((id, i): [number, number] => [id, this.scores[i]!]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }
}

/** Indices of the k largest positive scores, best first (ties: lower index first, for stable output). */
export function topK(scores: ArrayLike<number>, k: number, allowed?: (index: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s <= 0 || (allowed && !allowed(i))) continue;
    if (out.length < k) {
      out.push([i, s]);
      if (out.length === k) out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    } else if (s > out[k - 1]![1]) {
      let j = k - 1;
      while (j > 0 && out[j - 1]![1] < s) j--;
      out.splice(j, 0, [i, s]);
      out.pop();
    }
  }
  if (out.length < k) out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return out;
}

/** Counts a term list into weights (query term frequency). */
export function termWeights(terms: readonly string[], weight = 1, into = new Map<string, number>()): Map<string, number> {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}

const MAGIC = "SBKW";
const VERSION = 1;

/** The index as the chunks of one binary file (see binary.ts), written by ingest. */
export function encodeKeywordIndex(data: KeywordIndexData): Uint8Array[] {
  const { k1, b, lengths, norms, termText, termStarts, table, idfs, maxImpacts, postingStarts, docs, tfs } = data;
  return packSections(MAGIC, VERSION, { k1, b }, { lengths, norms, termText, termStarts, table, idfs, maxImpacts, postingStarts, docs, tfs });
}

/**
 * Reads an index written by `encodeKeywordIndex`: views into `bytes`, no copy and no parse.
 * Checks that the arrays agree with each other (counts, ascending offsets), so a file damaged
 * past what its checksum caught is refused here rather than misread at query time.
 */
export function decodeKeywordIndex(bytes: Uint8Array): KeywordIndexData {
  const u = unpackSections(bytes, MAGIC, VERSION);
  const { k1, b } = u.meta as { k1: unknown; b: unknown };
  if (typeof k1 !== "number" || typeof b !== "number") throw new FormatError("expected numbers k1 and b in the header");
  const data: KeywordIndexData = {
    k1,
    b,
    lengths: u.u32("lengths"),
    norms: u.f64("norms"),
    termText: u.text("termText"),
    termStarts: u.u32("termStarts"),
    table: u.i32("table"),
    idfs: u.f64("idfs"),
    maxImpacts: u.f64("maxImpacts"),
    postingStarts: u.u32("postingStarts"),
    docs: u.u32("docs"),
    tfs: u.uint("tfs"),
  };
  const size = data.lengths.length;
  const terms = data.idfs.length;
  const expect = (ok: boolean, what: string): void => {
    if (!ok) throw new FormatError(what);
  };
  expect(data.norms.length === size, `expected ${size} norms, found ${data.norms.length}`);
  expect(data.maxImpacts.length === terms && data.termStarts.length === terms + 1 && data.postingStarts.length === terms + 1, `term arrays disagree on the number of terms (${terms})`);
  expect(data.table.length >= terms && (data.table.length & (data.table.length - 1)) === 0, `expected a power-of-two term table of at least ${terms} slots`);
  expect(data.docs.length === data.tfs.length && data.postingStarts[terms] === data.docs.length, "postings: offsets and arrays disagree");
  expect(data.termStarts[terms] === data.termText.length, "term text: offsets and text disagree");
  // O(terms) checks only: the file's CRC-32 has already vouched for its bytes, and a posting out of
  // range could only make a score NaN (typed arrays are bounds-checked), never read out of bounds.
  for (let t = 0; t < terms; t++) {
    expect(data.termStarts[t]! <= data.termStarts[t + 1]!, "term offsets are not ascending");
    expect(data.postingStarts[t]! <= data.postingStarts[t + 1]!, "posting offsets are not ascending");
  }
  for (const t of data.table) expect(t >= -1 && t < terms, "term table points outside the terms");
  return data;
}
