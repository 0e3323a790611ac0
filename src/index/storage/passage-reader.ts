/**
 * The passages of an index read on demand from `passages.bin` (the columns passages-file.ts
 * writes): the small columns (ids, articles, numbers, headings) are read once, the paragraphs'
 * text stays in the file and is read a range at a time. The bot's thread serves lookups by id
 * from this instead of a second copy of every paragraph's text (~100 MB at 100k mixed).
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Passage } from "../../corpus/types.js";
import { FormatError, sectionTable, type ByteSource } from "./binary.js";
import { passageHeader, PASSAGES_FORMAT } from "./passages-file.js";

/** Passages by position: an array's, or a file's read on demand. */
export interface PassageList {
  readonly length: number;
  /** The passage at `i` (0 ≤ i < length). */
  at(i: number): Passage;
  /** Passages [start, end), in order. */
  range(start: number, end: number): Passage[];
  idAt(i: number): string;
  docIdAt(i: number): string;
}

/** An array of passages as a PassageList. */
export function passageListOf(passages: readonly Passage[]): PassageList {
  return {
    length: passages.length,
    at: (i) => passages[i]!,
    range: (start, end) => passages.slice(start, end),
    idAt: (i) => passages[i]!.id,
    docIdAt: (i) => passages[i]!.docId,
  };
}

/** The field left in the file: the paragraphs' text, by far the largest column. */
const ON_DISK = "text";
/** Passages kept decoded (a cited paragraph is often looked up again: cite, then context). */
const CACHE = 256;

interface Field {
  readonly name: string;
  readonly kind: "string" | "number";
  /** Per passage, the index of its value (-1: absent). */
  readonly rank: Int32Array;
  readonly numbers?: Float64Array;
  readonly offsets?: Uint32Array;
  /** The column's text in memory, or undefined when read from `from` in the file. */
  readonly text?: string;
  readonly from?: number;
}

/** An open file read through its descriptor; closed by `close`. */
export interface ClosableSource extends ByteSource {
  close(): void;
}

/** A file opened for reads of ranges (one descriptor, kept until `close`). */
export function openFileSource(path: string): ClosableSource {
  let fd = openSync(path, "r");
  const bytes = fstatSync(fd).size;
  return {
    bytes,
    read(from, to) {
      if (fd < 0) throw new Error(`${path} is closed`);
      const into = Buffer.allocUnsafe(to - from);
      for (let at = from; at < to;) {
        const n = readSync(fd, into, at - from, to - at, at);
        if (n === 0) throw new FormatError(`${path} ended at ${at} bytes, expected at least ${to}`);
        at += n;
      }
      return into;
    },
    close() {
      if (fd >= 0) closeSync(fd);
      fd = -1;
    },
  };
}

/**
 * Opens `passages.bin` through `source` for reads on demand; the text of passage i is read when
 * asked for. Passages come back equal to decodePassages' (same keys, same order).
 */
export function passagesOnDemand(source: ClosableSource): PassageList & { close(): void } {
  const table = sectionTable(source, PASSAGES_FORMAT.magic, PASSAGES_FORMAT.version);
  const { count, fields } = passageHeader(table.meta);
  const copy = (name: string, type: "u8" | "u32" | "f64") => {
    const r = table.range(name, [type]);
    const bytes = source.read(r.from, r.to);
    const out = new Uint8Array(bytes.byteLength);
    out.set(bytes);
    return { buffer: out.buffer, length: r.length };
  };
  const columns: Field[] = fields.map(({ name, kind }, f) => {
    const present = copy(`${f}.present`, "u8");
    if (present.length !== count)
      throw new FormatError(`field ${name}: expected ${count} presence flags, found ${present.length}`);
    const flags = new Uint8Array(present.buffer);
    const rank = new Int32Array(count);
    let j = 0;
    for (let i = 0; i < count; i++) rank[i] = flags[i] ? j++ : -1;
    if (kind === "number") {
      const values = copy(`${f}.values`, "f64");
      if (values.length !== j) throw new FormatError(`field ${name}: expected ${j} values, found ${values.length}`);
      return { name, kind, rank, numbers: new Float64Array(values.buffer) };
    }
    const o = copy(`${f}.offsets`, "u32");
    const offsets = new Uint32Array(o.buffer);
    const t = table.range(`${f}.text`, ["utf16"]);
    if (o.length !== j + 1 || offsets[j] !== t.length)
      throw new FormatError(`field ${name}: offsets and text disagree`);
    if (name === ON_DISK) return { name, kind, rank, offsets, from: t.from };
    return { name, kind, rank, offsets, text: Buffer.from(source.read(t.from, t.to)).toString("utf16le") };
  });
  const idField = columns.find((c) => c.name === "id" && c.kind === "string");
  const docField = columns.find((c) => c.name === "docId" && c.kind === "string");
  if (!idField?.text || !docField?.text) throw new FormatError("expected the passages' id and docId columns");
  const small = (c: Field, i: number): string => {
    const j = c.rank[i]!;
    return j < 0 ? "" : c.text!.slice(c.offsets![j]!, c.offsets![j + 1]!);
  };

  /** Decodes passages [start, end): one read of the on-disk column's span for all of them. */
  const decode = (start: number, end: number): Passage[] => {
    const records: Record<string, string | number>[] = [];
    for (let i = start; i < end; i++) records.push({});
    for (const c of columns) {
      if (c.kind === "number") {
        for (let i = start; i < end; i++) if (c.rank[i]! >= 0) records[i - start]![c.name] = c.numbers![c.rank[i]!]!;
      } else if (c.text !== undefined) {
        for (let i = start; i < end; i++) if (c.rank[i]! >= 0) records[i - start]![c.name] = small(c, i);
      } else {
        // The span from the first present passage's value to the last's, read and decoded once.
        let first = -1;
        let last = -1;
        for (let i = start; i < end; i++) {
          if (c.rank[i]! < 0) continue;
          if (first < 0) first = i;
          last = i;
        }
        if (first < 0) continue;
        const lo = c.offsets![c.rank[first]!]!;
        const hi = c.offsets![c.rank[last]! + 1]!;
        const span = Buffer.from(source.read(c.from! + lo * 2, c.from! + hi * 2)).toString("utf16le");
        for (let i = first; i <= last; i++) {
          const j = c.rank[i]!;
          if (j >= 0) records[i - start]![c.name] = span.slice(c.offsets![j]! - lo, c.offsets![j + 1]! - lo);
        }
      }
    }
    return records as unknown as Passage[];
  };

  const cache = new Map<number, Passage>();
  const check = (i: number) => {
    if (!Number.isInteger(i) || i < 0 || i >= count)
      throw new RangeError(`expected a passage position in [0, ${count}), received ${i}`);
  };
  return {
    length: count,
    at(i) {
      check(i);
      let p = cache.get(i);
      if (p) {
        // Most recently used last: the oldest is the first to go.
        cache.delete(i);
      } else {
        p = decode(i, i + 1)[0]!;
        if (cache.size >= CACHE) cache.delete(cache.keys().next().value!);
      }
      cache.set(i, p);
      return p;
    },
    range(start, end) {
      const s = Math.max(0, Math.min(count, start));
      const e = Math.max(s, Math.min(count, end));
      return decode(s, e);
    },
    idAt: (i) => (check(i), small(idField, i)),
    docIdAt: (i) => (check(i), small(docField, i)),
    close: () => source.close(),
  };
}
