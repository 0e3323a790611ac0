import { FormatError, packSections, unpackSections } from "../index/storage/binary.js";
import type { Gloss, GlossMaps, GlossTable } from "./gloss-table.js";

/*
 * The reverse dictionary's gloss table as a file of the index (reverse.bin), built at ingest so
 * that opening an index with English paragraphs reads it instead of reading the whole dictionary
 * the other way. Kept compact after opening: the headwords as one sorted string searched by
 * bisection, the glosses as numbers into one table of English strings; a lookup makes its few
 * Gloss objects when asked (~0.2 million headwords would otherwise be a Map of arrays on the heap).
 * The file names the dictionary it was read from (size and CRC-32 of the data file): opening
 * with another dictionary builds the table in memory as before, so answers never depend on a
 * stale file.
 */

const MAGIC = "SBRV";
const VERSION = 1;

/** The dictionary a table was read from, by its data file's size and CRC-32. */
export interface DictionaryStamp {
  readonly bytes: number;
  readonly crc32: number;
}

/** What reverse.bin holds: the table, or nothing when the archive has no English paragraph or translation is off. */
export interface ReverseFileContents {
  /** Absent: nothing was built (opening builds the table from the dictionary if it ever needs one). */
  readonly dictionary?: DictionaryStamp;
  readonly maps?: GlossMaps;
}

/** Sorted strings as one text and offsets (n + 1). */
function packStrings(sorted: readonly string[]): { text: string; starts: Uint32Array } {
  const starts = new Uint32Array(sorted.length + 1);
  for (let i = 0; i < sorted.length; i++) starts[i + 1] = starts[i]! + sorted[i]!.length;
  return { text: sorted.join(""), starts };
}

/** The ordering bisection relies on: UTF-16 code units, as `<` compares strings. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** reverse.bin's chunks (index/storage/binary.ts), written by ingest. */
export function encodeReverseFile(contents: ReverseFileContents): Uint8Array[] {
  const { maps, dictionary } = contents;
  const heads = maps ? [...maps.glosses.keys()].sort(byCodeUnits) : [];
  const english = new Map<string, number>();
  const glossStarts = new Uint32Array(heads.length + 1);
  const words: number[] = [];
  const scores: number[] = [];
  heads.forEach((ja, i) => {
    for (const g of maps!.glosses.get(ja)!) {
      let id = english.get(g.en);
      if (id === undefined) english.set(g.en, (id = english.size));
      words.push(id);
      scores.push(g.score);
    }
    glossStarts[i + 1] = words.length;
  });
  const h = packStrings(heads);
  const e = packStrings([...english.keys()]);
  const k = packStrings(maps ? [...maps.katakanaWords].sort(byCodeUnits) : []);
  return packSections(
    MAGIC,
    VERSION,
    { dictionary: dictionary ? { bytes: dictionary.bytes, crc32: dictionary.crc32 } : null },
    {
      heads: h.text,
      headStarts: h.starts,
      glossStarts,
      glossWords: Uint32Array.from(words),
      glossScores: Float64Array.from(scores),
      english: e.text,
      englishStarts: e.starts,
      katakana: k.text,
      katakanaStarts: k.starts,
    },
  );
}

/** Sorted strings packed by packStrings, searched by bisection without slicing. */
class SortedStrings {
  constructor(
    private readonly text: string,
    private readonly starts: Uint32Array,
  ) {}

  get size(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]!);
  }

  /** Position of `s`, or -1. */
  indexOf(s: string): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.#compare(mid, s);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Entry i against `s`, by UTF-16 code units (as the encoder sorted them). */
  #compare(i: number, s: string): number {
    const from = this.starts[i]!;
    const length = this.starts[i + 1]! - from;
    const n = Math.min(length, s.length);
    for (let j = 0; j < n; j++) {
      const d = this.text.charCodeAt(from + j) - s.charCodeAt(j);
      if (d !== 0) return d;
    }
    return length - s.length;
  }
}

/** A table read from reverse.bin: its lookups equal those of the maps it was written from. */
export interface ReverseFile {
  /** The dictionary the table was read from; undefined when the file holds no table. */
  readonly dictionary: DictionaryStamp | undefined;
  readonly table: GlossTable;
}

/** Reads reverse.bin; throws FormatError when its parts disagree. */
export function decodeReverseFile(bytes: Uint8Array): ReverseFile {
  const u = unpackSections(bytes, MAGIC, VERSION);
  const stamp = u.meta.dictionary as { bytes?: unknown; crc32?: unknown } | null | undefined;
  if (stamp !== null && (typeof stamp?.bytes !== "number" || typeof stamp.crc32 !== "number"))
    throw new FormatError("expected the dictionary's { bytes, crc32 } or null");
  // Copied out of the file's buffer, so that it is not kept.
  const heads = new SortedStrings(u.text("heads"), u.u32("headStarts").slice());
  const english = new SortedStrings(u.text("english"), u.u32("englishStarts").slice());
  const katakana = new SortedStrings(u.text("katakana"), u.u32("katakanaStarts").slice());
  const glossStarts = u.u32("glossStarts").slice();
  const glossWords = u.u32("glossWords").slice();
  const glossScores = u.f64("glossScores").slice();
  if (glossStarts.length !== heads.size + 1 || glossStarts[heads.size] !== glossWords.length)
    throw new FormatError("gloss offsets and headwords disagree");
  if (glossScores.length !== glossWords.length) throw new FormatError("expected one score per gloss");
  for (const id of glossWords) if (id >= english.size) throw new FormatError("a gloss names no English string");
  return {
    dictionary: stamp ? { bytes: stamp.bytes as number, crc32: stamp.crc32 as number } : undefined,
    table: {
      glossesOf(ja: string): readonly Gloss[] | undefined {
        const i = heads.indexOf(ja);
        if (i < 0) return undefined;
        const out: Gloss[] = [];
        for (let g = glossStarts[i]!; g < glossStarts[i + 1]!; g++)
          out.push({ en: english.at(glossWords[g]!), score: glossScores[g]! });
        return out;
      },
      isKatakanaWord: (ja) => katakana.indexOf(ja) >= 0,
    },
  };
}
