import { closeSync, openSync, readSync, writeFileSync } from "node:fs";
import { writeAt } from "../storage/spool.js";

/*
 * Sorted runs of postings, for building a keyword index larger than memory: the builder collects
 * postings in passage order, and when it holds enough it sorts them by term and writes them out
 * as a run. A run covers consecutive passages, so reading the runs in order, term by term, gives
 * every term's postings in passage order: the final index, merged without sorting again.
 *
 * A run file is a sequence of records, terms ascending: term id, count n, n passages, n tfs
 * (all u32, little-endian as the machine's: the file lives only as long as one ingest).
 */

/** One term's postings within one run: views valid until the run's next `advance`. */
export interface RunRecord {
  readonly term: number;
  readonly docs: Uint32Array;
  readonly tfs: Uint32Array;
}

/** A run read record by record, terms ascending. */
export interface Run {
  /** The current record, or undefined at the end. */
  readonly current: RunRecord | undefined;
  advance(): void;
  close(): void;
}

/** Postings (term, passage, tf), collected in passage order, sorted by term (stable: passages stay ascending). */
export interface SortedPostings {
  /** Distinct terms, ascending; term terms[k]'s postings are docs/tfs[starts[k] .. starts[k + 1]). */
  readonly terms: Uint32Array;
  readonly starts: Uint32Array;
  readonly docs: Uint32Array;
  readonly tfs: Uint32Array;
}

/** Counting sort by term of the first `n` postings (term ids below `termCount`). */
export function sortByTerm(
  term: Uint32Array,
  doc: Uint32Array,
  tf: Uint32Array,
  n: number,
  termCount: number,
): SortedPostings {
  const counts = new Uint32Array(termCount + 1);
  for (let i = 0; i < n; i++) counts[term[i]! + 1]!++;
  let distinct = 0;
  for (let t = 1; t <= termCount; t++) if (counts[t]! > 0) distinct++;
  const terms = new Uint32Array(distinct);
  const starts = new Uint32Array(distinct + 1);
  for (let t = 0, k = 0; t < termCount; t++) {
    if (counts[t + 1]! === 0) continue;
    terms[k] = t;
    starts[k + 1] = starts[k]! + counts[t + 1]!;
    k++;
  }
  // counts becomes each term's next free slot.
  for (let t = 0; t < termCount; t++) counts[t + 1]! += counts[t]!;
  const docs = new Uint32Array(n);
  const tfs = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const at = counts[term[i]!]!++;
    docs[at] = doc[i]!;
    tfs[at] = tf[i]!;
  }
  return { terms, starts, docs, tfs };
}

/** Writes sorted postings as a run file. */
export function writeRun(path: string, sorted: SortedPostings): void {
  const { terms, starts, docs, tfs } = sorted;
  const out = new Uint32Array(2 * terms.length + 2 * docs.length);
  let at = 0;
  for (let k = 0; k < terms.length; k++) {
    const from = starts[k]!;
    const to = starts[k + 1]!;
    out[at++] = terms[k]!;
    out[at++] = to - from;
    out.set(docs.subarray(from, to), at);
    at += to - from;
    out.set(tfs.subarray(from, to), at);
    at += to - from;
  }
  writeFileSync(path, new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
}

/** The postings still in memory, read as a run. */
export class MemoryRun implements Run {
  current: RunRecord | undefined;
  private k = -1;

  constructor(private readonly sorted: SortedPostings) {
    this.advance();
  }

  advance(): void {
    const { terms, starts, docs, tfs } = this.sorted;
    this.k++;
    if (this.k >= terms.length) {
      this.current = undefined;
      return;
    }
    const from = starts[this.k]!;
    const to = starts[this.k + 1]!;
    this.current = { term: terms[this.k]!, docs: docs.subarray(from, to), tfs: tfs.subarray(from, to) };
  }

  close(): void {}
}

/** Bytes read at a time from a run file: the merge holds one such buffer per run. */
const READ_WORDS = 1 << 18;

/** A run file read sequentially through one buffer (grown only for a record larger than it). */
export class FileRun implements Run {
  current: RunRecord | undefined;
  private readonly fd: number;
  private buffer = new Uint32Array(READ_WORDS);
  /** Words of the buffer consumed, and filled. */
  private pos = 0;
  private end = 0;
  private fileAt = 0;
  private eof = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, "r");
    this.advance();
  }

  /** Makes `words` words available at `pos`; false when the file ends first. */
  private fill(words: number): boolean {
    if (this.end - this.pos >= words) return true;
    if (this.pos > 0) {
      this.buffer.copyWithin(0, this.pos, this.end);
      this.end -= this.pos;
      this.pos = 0;
    }
    if (words > this.buffer.length) {
      const bigger = new Uint32Array(Math.max(words, this.buffer.length * 2));
      bigger.set(this.buffer.subarray(0, this.end));
      this.buffer = bigger;
    }
    const bytes = new Uint8Array(this.buffer.buffer);
    while (!this.eof && this.end < words) {
      const n = readSync(this.fd, bytes, this.end * 4, (this.buffer.length - this.end) * 4, this.fileAt);
      if (n === 0) this.eof = true;
      if (n % 4 !== 0) throw new Error(`keyword run ${this.path}: expected whole 32-bit words, read ${n} bytes`);
      this.fileAt += n;
      this.end += n / 4;
    }
    return this.end - this.pos >= words;
  }

  advance(): void {
    if (this.current) this.pos += 2 + 2 * this.current.docs.length;
    if (!this.fill(2)) {
      if (this.end !== this.pos) throw new Error(`keyword run ${this.path}: ends inside a record`);
      this.current = undefined;
      return;
    }
    const n = this.buffer[this.pos + 1]!;
    if (!this.fill(2 + 2 * n)) throw new Error(`keyword run ${this.path}: ends inside a record`);
    const at = this.pos + 2;
    this.current = {
      term: this.buffer[this.pos]!,
      docs: this.buffer.subarray(at, at + n),
      tfs: this.buffer.subarray(at + n, at + 2 * n),
    };
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * Visits every term below `termCount` that has postings, ascending, with its postings from each
 * run in run order (so passages ascending): the k-way merge of runs that all key on term ids.
 */
export function mergeRuns(
  runs: readonly Run[],
  termCount: number,
  visit: (term: number, parts: readonly RunRecord[]) => void,
): void {
  const parts: RunRecord[] = [];
  for (let t = 0; t < termCount; t++) {
    parts.length = 0;
    for (const run of runs) {
      const r = run.current;
      if (r && r.term === t) parts.push(r);
    }
    if (parts.length > 0) visit(t, parts);
    for (const run of runs) if (run.current?.term === t) run.advance();
  }
  for (const run of runs)
    if (run.current) throw new Error(`keyword runs: term ${run.current.term} is past the ${termCount} terms`);
}

/** Writes a typed column at a file position through a buffer (the merge emits postings in small pieces). */
export class ColumnWriter {
  private readonly buffer: Uint16Array | Uint32Array;
  private length = 0;

  constructor(
    private readonly fd: number,
    private position: number,
    wide: boolean,
    capacity = 1 << 20,
  ) {
    this.buffer = wide ? new Uint32Array(capacity) : new Uint16Array(capacity);
  }

  push(values: Uint32Array): void {
    let from = 0;
    while (from < values.length) {
      const n = Math.min(values.length - from, this.buffer.length - this.length);
      this.buffer.set(from === 0 && n === values.length ? values : values.subarray(from, from + n), this.length);
      this.length += n;
      from += n;
      if (this.length === this.buffer.length) this.flush();
    }
  }

  flush(): void {
    const bytes = new Uint8Array(this.buffer.buffer, 0, this.length * this.buffer.BYTES_PER_ELEMENT);
    writeAt(this.fd, bytes, this.position);
    this.position += bytes.length;
    this.length = 0;
  }
}
