import { fnv1a } from "../util/hash.js";
import type { KeywordIndexData } from "./keyword-format.js";

const BM25_DEFAULTS = Object.freeze({ k1: 1.2, b: 0.75 });

/** BM25 idf (always positive, also for a term in every passage). */
export const idfFor = (size: number, df: number): number => Math.log(1 + (size - df + 0.5) / (df + 0.5));

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
