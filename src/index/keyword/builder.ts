import { closeSync, ftruncateSync, mkdirSync, openSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fnv1a } from "../../util/hash.js";
import { KEYWORD_MAGIC, KEYWORD_VERSION, type KeywordIndexData } from "./format.js";
import { layoutSections, shapeOf, type SectionShape } from "../storage/binary.js";
import { gallop } from "./top-k.js";
import {
  ColumnWriter,
  FileRun,
  MemoryRun,
  mergeRuns,
  sortByTerm,
  writeRun,
  type Run,
  type RunRecord,
  type SortedPostings,
} from "./runs.js";
import { writeAt } from "../storage/spool.js";

const BM25_DEFAULTS = Object.freeze({ k1: 1.2, b: 0.75 });

/** BM25 idf (always positive, also for a term in every passage). */
export const idfFor = (size: number, df: number): number => Math.log(1 + (size - df + 0.5) / (df + 0.5));

/** A growable Uint32 column (postings are collected without a JS array per term). */
class U32Column {
  data = new Uint32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(Math.max(1024, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
}

/** Where a builder writes sorted runs of postings once it holds `maxPostings` (see runs.ts). */
export interface SpillTo {
  /** Folder of the run files (created with the first run). */
  readonly dir: string;
  /** Start of the run files' names (ingest uses a staging name, so a killed ingest's runs are swept). */
  readonly prefix: string;
  readonly maxPostings: number;
}

/** Postings held before a run is written, by default: ~50 MB of columns, ~30 MB more while one is sorted. */
export const DEFAULT_SPILL_POSTINGS = 1 << 22;

/**
 * Collects passages one at a time (in passage order) and builds the index: memory is the
 * postings themselves (three numbers per passage and distinct term) plus one Map of terms.
 * With `spill`, postings go to sorted run files whenever `maxPostings` are held, and `writeFile`
 * merges them into the index file: memory is then bounded by `maxPostings`, plus the terms and
 * four numbers per passage.
 */
export class KeywordIndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly dfs = new U32Column();
  private readonly postTerm = new U32Column();
  private readonly postDoc = new U32Column();
  private readonly postTf = new U32Column();
  private readonly lengths = new U32Column();
  private readonly params: { readonly k1: number; readonly b: number };
  private readonly spill: SpillTo | undefined;
  private readonly runs: string[] = [];
  /** The first passage of each run written, then of the postings held. */
  private readonly runFrom: number[] = [0];
  private heldSorted: SortedPostings | undefined;
  private maxTf = 0;

  constructor(
    options: { readonly params?: { readonly k1: number; readonly b: number }; readonly spill?: SpillTo } = {},
  ) {
    this.params = options.params ?? BM25_DEFAULTS;
    this.spill = options.spill;
  }

  /** Number of distinct terms so far. */
  get termCount(): number {
    return this.terms.length;
  }

  /** Term `id`'s text. */
  term(id: number): string {
    return this.terms[id]!;
  }

  /** A term's id, or −1 when no passage added so far has it. */
  idOf(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  /** BM25 idf of every term over the passages added so far. */
  idfs(): Float64Array {
    const size = this.lengths.length;
    return Float64Array.from(this.dfs.data.subarray(0, this.terms.length), (df) => idfFor(size, df));
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
    this.heldSorted = undefined;
    for (let i = 0; i < termIds.length; i++) {
      const id = termIds[i]!;
      if (!(id >= 0 && id < this.terms.length))
        throw new RangeError(`term id ${id}: expected one returned by intern (0..${this.terms.length - 1})`);
      this.dfs.data[id]!++;
      this.postTerm.push(id);
      this.postDoc.push(d);
      this.postTf.push(tfs[i]!);
      if (tfs[i]! > this.maxTf) this.maxTf = tfs[i]!;
    }
    this.lengths.push(length);
    if (this.spill && this.postTerm.length >= this.spill.maxPostings) this.writeRun(this.spill);
    return d;
  }

  /** Writes the postings held as a sorted run file and forgets them. */
  private writeRun(spill: SpillTo): void {
    if (this.runs.length === 0) mkdirSync(spill.dir, { recursive: true });
    const path = join(spill.dir, `${spill.prefix}run-${this.runs.length}.bin`);
    this.runs.push(path);
    writeRun(path, this.sortedHeld());
    this.runFrom.push(this.lengths.length);
    this.postTerm.length = this.postDoc.length = this.postTf.length = 0;
    this.heldSorted = undefined;
  }

  /** The postings held, sorted by term (once no passage is added any more: sorted once, then kept). */
  private sortedHeld(): SortedPostings {
    return (this.heldSorted ??= sortByTerm(
      this.postTerm.data,
      this.postDoc.data,
      this.postTf.data,
      this.postTerm.length,
      this.terms.length,
    ));
  }

  /** The runs (files, then the postings held) whose passages meet [from, to), opened for reading. */
  private openRuns(from: number, to: number): Run[] {
    const runs: Run[] = [];
    try {
      this.runs.forEach((path, i) => {
        if (this.runFrom[i]! < to && this.runFrom[i + 1]! > from) runs.push(new FileRun(path));
      });
      if (this.postTerm.length > 0 && this.runFrom.at(-1)! < to) runs.push(new MemoryRun(this.sortedHeld()));
    } catch (err) {
      for (const run of runs) run.close();
      throw err;
    }
    return runs;
  }

  /**
   * Visits the postings of passages from..to-1, term by term as writeFile does (terms ascending,
   * passages ascending, in parts): what hashing one vector graph's passages needs, read again
   * from the runs rather than held.
   */
  mergeRange(from: number, to: number, visit: (term: number, parts: readonly RunRecord[]) => void): void {
    const runs = this.openRuns(from, to);
    try {
      const parts: RunRecord[] = [];
      mergeRuns(runs, this.terms.length, (t, all) => {
        parts.length = 0;
        for (const part of all) {
          const lo = gallop(part.docs, 0, part.docs.length, from);
          const hi = gallop(part.docs, lo, part.docs.length, to);
          if (lo < hi)
            parts.push(
              lo === 0 && hi === part.docs.length
                ? part
                : { term: t, docs: part.docs.subarray(lo, hi), tfs: part.tfs.subarray(lo, hi) },
            );
        }
        if (parts.length > 0) visit(t, parts);
      });
    } finally {
      for (const run of runs) run.close();
    }
  }

  /** Removes the run files written (a builder's owner does once it has merged what it needs). */
  removeRuns(): void {
    for (const path of this.runs.splice(0)) rmSync(path, { force: true });
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

  /** The sections that need no postings, in file order, and the BM25 norms. */
  private fixedSections() {
    const { k1, b } = this.params;
    const size = this.lengths.length;
    const lengths = this.lengths.data.slice(0, size);
    let sum = 0;
    for (let d = 0; d < size; d++) sum += lengths[d]!;
    const avgLength = sum / Math.max(1, size);
    const norms = new Float64Array(size);
    for (let d = 0; d < size; d++) norms[d] = k1 * (1 - b + (b * lengths[d]!) / avgLength);
    const termCount = this.terms.length;
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
    const postingStarts = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) postingStarts[t + 1] = postingStarts[t]! + this.dfs.data[t]!;
    return { lengths, norms, termText, termStarts, table, idfs: this.idfs(), postingStarts };
  }

  /** The largest tf·(k1+1)/(tf+norm) over postings. */
  private maxImpact(
    docs: Uint32Array | Uint16Array,
    tfs: Uint32Array | Uint16Array,
    norms: Float64Array,
    max: number,
  ): number {
    const { k1 } = this.params;
    for (let i = 0; i < docs.length; i++) {
      const f = tfs[i]!;
      max = Math.max(max, (f * (k1 + 1)) / (f + norms[docs[i]!]!));
    }
    return max;
  }

  /** The whole index in memory (a builder that has written runs cannot: see writeFile). */
  build(): KeywordIndexData {
    if (this.runs.length > 0)
      throw new Error("keyword index: this builder wrote its postings to runs; merge them with writeFile");
    const { k1, b } = this.params;
    const fixed = this.fixedSections();
    const { postingStarts, norms } = fixed;
    const termCount = this.terms.length;
    const total = this.postTerm.length;
    const sorted = this.sortedHeld();
    const docs = sorted.docs;
    const tfs = this.maxTf > 0xffff ? sorted.tfs : Uint16Array.from(sorted.tfs);
    const maxImpacts = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const from = postingStarts[t]!;
      const to = postingStarts[t + 1]!;
      maxImpacts[t] = this.maxImpact(docs.subarray(from, to), tfs.subarray(from, to), norms, 0);
    }
    if (docs.length !== total)
      throw new Error(`keyword index: expected ${total} postings after sorting, got ${docs.length}`);
    const { lengths, termText, termStarts, table, idfs } = fixed;
    return { k1, b, lengths, norms, termText, termStarts, table, idfs, maxImpacts, postingStarts, docs, tfs };
  }

  /**
   * Writes the index file (the bytes encodeKeywordIndex(build()) would give) at `path`, merging
   * the runs written so far with the postings still held (the runs stay, for mergeRange, until removeRuns). `visit` sees
   * each term's postings in term order, passages ascending, in one or more parts (ingest hashes
   * the vectors from them). Memory: the sections that need no postings, one read buffer per run,
   * two write buffers.
   */
  writeFile(path: string, visit?: (term: number, parts: readonly RunRecord[]) => void): void {
    const { k1, b } = this.params;
    const fixed = this.fixedSections();
    const { norms, postingStarts } = fixed;
    const termCount = this.terms.length;
    const total = postingStarts[termCount]!;
    const wide = this.maxTf > 0xffff;
    // The sections in encodeKeywordIndex's order (format.ts): the last three come from the merge.
    const shapes: Record<string, SectionShape> = {
      lengths: shapeOf(fixed.lengths),
      norms: shapeOf(norms),
      termText: shapeOf(fixed.termText),
      termStarts: shapeOf(fixed.termStarts),
      table: shapeOf(fixed.table),
      idfs: shapeOf(fixed.idfs),
      maxImpacts: { type: "f64", length: termCount },
      postingStarts: shapeOf(postingStarts),
      docs: { type: "u32", length: total },
      tfs: { type: wide ? "u32" : "u16", length: total },
    };
    const layout = layoutSections(KEYWORD_MAGIC, KEYWORD_VERSION, { k1, b }, shapes);
    if (this.spill && this.postTerm.length > 0) {
      // The last postings go to a run as well, and their columns are let go: from here on every
      // merge (this one, mergeRange's) reads files, and the builder holds no postings.
      this.writeRun(this.spill);
      for (const column of [this.postTerm, this.postDoc, this.postTf]) column.data = new Uint32Array(0);
    }
    // The output first: if it cannot be opened, no run is open yet to leak.
    const fd = openSync(path, "w");
    let runs: Run[] = [];
    try {
      runs = this.openRuns(0, this.lengths.length);
      const put = (bytes: Uint8Array, position: number): void => writeAt(fd, bytes, position);
      put(layout.head, 0);
      for (const [name, s] of Object.entries(fixed)) {
        put(
          typeof s === "string" ? Buffer.from(s, "utf16le") : new Uint8Array(s.buffer, s.byteOffset, s.byteLength),
          layout.offsets[name]!,
        );
      }
      const docs = new ColumnWriter(fd, layout.offsets.docs!, true);
      const tfs = new ColumnWriter(fd, layout.offsets.tfs!, wide);
      const maxImpacts = new Float64Array(termCount);
      let written = 0;
      mergeRuns(runs, termCount, (t, parts) => {
        let max = 0;
        for (const part of parts) {
          docs.push(part.docs);
          tfs.push(part.tfs);
          max = this.maxImpact(part.docs, part.tfs, norms, max);
          written += part.docs.length;
        }
        maxImpacts[t] = max;
        visit?.(t, parts);
      });
      if (written !== total)
        throw new Error(`keyword index: expected ${total} postings in the runs, merged ${written}`);
      docs.flush();
      tfs.flush();
      put(new Uint8Array(maxImpacts.buffer), layout.offsets.maxImpacts!);
      // Ends where packSections' bytes end (also when the last sections are empty: the padding before them).
      ftruncateSync(fd, layout.bytes);
    } finally {
      for (const run of runs) run.close();
      closeSync(fd);
    }
  }
}

/** Builds an index over passages' term lists (tests and small corpora; ingest streams into the builder). */
export function buildKeywordIndex(docs: readonly (readonly string[])[], params = BM25_DEFAULTS): KeywordIndexData {
  const builder = new KeywordIndexBuilder({ params });
  for (const terms of docs) builder.add(terms);
  return builder.build();
}
