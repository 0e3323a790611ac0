import { FormatError, packSections, unpackSections } from "./storage/binary.js";
import { PAIR_BITS, Vocabulary, type VocabularyData } from "./vocabulary.js";

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

/** Reads a vocabulary written by `encodeVocabulary`; throws FormatError when the parts disagree. */
export function decodeVocabulary(bytes: Uint8Array): Vocabulary {
  const u = unpackSections(bytes, MAGIC, VERSION);
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
  const data: VocabularyData = {
    text: u.text("text"),
    starts: u.u32("starts"),
    chars: u.u32("chars"),
    pairs: u.u32("pairs"),
    pairKeys: u.u32("pairKeys"),
    pairStarts: u.u32("pairStarts"),
    pairPositions: u.u32("pairPositions"),
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
