import { type ByteSource, FormatError, packSections, sectionTable, unpackSections } from "./storage/binary.js";
import {
  PAIR_BITS,
  type PairPositions,
  positionsInMemory,
  Vocabulary,
  type VocabularyData,
  type VocabularyTables,
} from "./vocabulary.js";

/* The vocabulary's on-disk form: one binary file of the index (vocabulary.bin). */

const MAGIC = "SBVO";
const VERSION = 1;

/** The vocabulary's data as the chunks of one binary file (index/storage/binary.ts), written by ingest. */
export function encodeVocabulary(data: VocabularyData): Uint8Array[] {
  const { text, starts, chars, pairs, pairKeys, pairStarts, pairPositions } = data;
  const katakana = data.katakana;
  return packSections(
    MAGIC,
    VERSION,
    { readings: [...data.readings], headwords: [...data.headwords], latin: [...data.latin] },
    {
      text,
      starts,
      chars,
      pairs,
      pairKeys,
      pairStarts,
      pairPositions,
      // Katakana words and keys hold no newline: one string each, split on open.
      katakanaWords: katakana.map((k) => k.word).join("\n"),
      katakanaKeys: katakana.map((k) => k.key).join("\n"),
      katakanaCounts: Uint32Array.from(katakana, (k) => k.count),
      katakanaConsonants: Uint32Array.from(katakana, (k) => k.consonant),
    },
  );
}

/** How one decoder reads a vocabulary file's sections: a whole file in memory, or a file on disk a section at a time. */
interface Sections {
  readonly meta: Record<string, unknown>;
  text(name: string): string;
  u32(name: string): Uint32Array;
  positions(name: string): PairPositions;
}

/** Reads a vocabulary written by `encodeVocabulary`, held whole in memory; throws FormatError when the parts disagree. */
export function decodeVocabulary(bytes: Uint8Array): Vocabulary {
  const u = unpackSections(bytes, MAGIC, VERSION);
  return vocabularyOf({ ...u, positions: (name) => positionsInMemory(u.u32(name)) });
}

/**
 * Reads a vocabulary file through an open descriptor: every section is copied out of the file
 * but the pair positions (4 bytes per character of the corpus: 184 of the 276 MB of a mixed
 * 100k archive's), which stay in the file and are read a list at a time, for the rarest pair
 * of each string looked up (a few KB; the memos keep the answers). The same answers as
 * decodeVocabulary's.
 */
export function openVocabulary(source: ByteSource): Vocabulary {
  const table = sectionTable(source, MAGIC, VERSION);
  const u32 = (name: string): Uint32Array => {
    const { from, to, length } = table.range(name, ["u32"]);
    const out = new Uint32Array(length);
    new Uint8Array(out.buffer).set(source.read(from, to));
    return out;
  };
  return vocabularyOf({
    meta: table.meta,
    u32,
    text: (name) => {
      const { from, to } = table.range(name, ["utf16"]);
      const bytes = source.read(from, to);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf16le");
    },
    positions: (name) => {
      const { from, length } = table.range(name, ["u32"]);
      return {
        length,
        range: (a, b) => {
          const bytes = source.read(from + a * 4, from + b * 4);
          // A view when the bytes are aligned for one (a fresh read buffer is), else a copy.
          return bytes.byteOffset % 4 === 0
            ? new Uint32Array(bytes.buffer, bytes.byteOffset, b - a)
            : new Uint32Array(bytes.slice().buffer);
        },
      };
    },
  });
}

function vocabularyOf(u: Sections): Vocabulary {
  const meta = u.meta as { readings?: unknown; headwords?: unknown; latin?: unknown };
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
  const readings = meta.readings;
  if (
    !Array.isArray(readings) ||
    !readings.every((r) => Array.isArray(r) && typeof r[0] === "string" && strings(r[1]))
  ) {
    throw new FormatError("expected readings as [reading, [kanji…]] pairs");
  }
  if (!strings(meta.headwords) || !strings(meta.latin))
    throw new FormatError("expected headwords and latin as lists of strings");
  const counts = u.u32("katakanaCounts");
  const consonants = u.u32("katakanaConsonants");
  const words = counts.length ? u.text("katakanaWords").split("\n") : [];
  const keys = counts.length ? u.text("katakanaKeys").split("\n") : [];
  if (words.length !== counts.length || keys.length !== counts.length || consonants.length !== counts.length) {
    throw new FormatError(`expected ${counts.length} katakana words with keys and consonants`);
  }
  const data: VocabularyTables = {
    text: u.text("text"),
    starts: u.u32("starts"),
    chars: u.u32("chars"),
    pairs: u.u32("pairs"),
    pairKeys: u.u32("pairKeys"),
    pairStarts: u.u32("pairStarts"),
    pairPositions: u.positions("pairPositions"),
    katakana: words.map((word, i) => ({ word, key: keys[i]!, count: counts[i]!, consonant: consonants[i]! })),
    readings: new Map(readings as Array<[string, string[]]>),
    headwords: new Set(meta.headwords),
    latin: new Set(meta.latin),
  };
  const { text, pairKeys, pairStarts, pairPositions, chars, pairs } = data;
  if (chars.length !== 65536 / 32 || pairs.length !== PAIR_BITS / 32)
    throw new FormatError("character bitmaps have the wrong size");
  if (pairStarts.length !== pairKeys.length + 1 || pairStarts[pairKeys.length] !== pairPositions.length)
    throw new FormatError("pair offsets and positions disagree");
  for (let j = 0; j < pairKeys.length; j++) {
    if (pairStarts[j]! > pairStarts[j + 1]! || (j > 0 && pairKeys[j - 1]! >= pairKeys[j]!))
      throw new FormatError("pair keys or offsets are not ascending");
  }
  // Positions are not checked one by one (the file's CRC-32 vouches for them; a wrong one only fails a startsWith).
  if (data.starts.length && data.starts[data.starts.length - 1]! > text.length)
    throw new FormatError("a text start lies outside the text");
  return new Vocabulary(data);
}
