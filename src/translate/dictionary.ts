import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { brotliDecompress, brotliDecompressSync, crc32 } from "node:zlib";
import { SummitError } from "../errors.js";

/*
 * The data file (written by scripts/build-dict.mjs) is one line of JSON — format, counts,
 * sources and a block table — followed by brotli-compressed blocks. Each block holds sorted
 * lines `key<TAB>ja,score|ja,score…` of one section:
 *   words   lower-case English gloss key (normKey) → EDICT headwords
 *   names   folded romanised name (foldName) → ENAMDICT headwords (places, people, organisations)
 *   pinyin  toneless syllable → the kanji read that way in Mandarin (Unihan)
 *   yomi    folded Japanese on/kun reading → the kanji read that way (Unihan); optional
 * Loading reads the header and checks every block's CRC (a few ms for ~3 MB); a block is
 * inflated the first time a lookup needs it (~2 ms each), so start-up stays cheap and a
 * warm process answers from memory.
 */

const DICT_FORMAT = "summit-dict 1";
const REGENERATE =
  "run `node scripts/build-dict.mjs` (needs `apt-get install edict enamdict unicode-data mecab-ipadic`)";

type Section = "words" | "names" | "pinyin" | "yomi";

interface BlockInfo {
  readonly section: Section;
  readonly first: string;
  readonly offset: number;
  readonly length: number;
  readonly size: number;
  readonly crc: number;
}

/** A translation candidate: a Japanese headword and how good a translation it is, in (0, 1]. */
export interface Candidate {
  readonly ja: string;
  readonly score: number;
}

export interface DictionaryInfo {
  readonly path: string;
  readonly words: number;
  readonly names: number;
  readonly bytes: number;
}

export class Dictionary {
  readonly #data: Buffer;
  readonly #base: number;
  readonly #blocks: Readonly<Record<Section, readonly BlockInfo[]>>;
  readonly #loaded = new Map<BlockInfo, { keys: string[]; values: string[] }>();
  readonly #cache = new Map<string, readonly Candidate[]>();
  readonly #prefixCache = new Map<string, ReadonlyArray<readonly [string, readonly Candidate[]]>>();
  readonly info: DictionaryInfo;

  constructor(
    path: string,
    data: Buffer,
    base: number,
    blocks: readonly BlockInfo[],
    counts: { words: number; names: number },
  ) {
    this.#data = data;
    this.#base = base;
    const by: Record<Section, BlockInfo[]> = { words: [], names: [], pinyin: [], yomi: [] };
    for (const b of blocks) by[b.section].push(b);
    this.#blocks = by;
    this.info = { path, words: counts.words, names: counts.names, bytes: data.length };
  }

  /** The data file's size and CRC-32: what a table built from this dictionary at ingest names it by (reverse-file.ts). */
  get stamp(): { readonly bytes: number; readonly crc32: number } {
    return (this.#stamp ??= { bytes: this.#data.length, crc32: crc32(this.#data) });
  }

  #stamp: { readonly bytes: number; readonly crc32: number } | undefined;

  /** EDICT translations of a normalised English key ("trade", "sister city"), best first. */
  words(key: string): readonly Candidate[] {
    return this.#get("words", key);
  }

  /** ENAMDICT headwords for a folded romanised name ("tianjin", "xi jinping"), best first. */
  names(key: string): readonly Candidate[] {
    return this.#get("names", key);
  }

  /** Kanji that Mandarin reads as the toneless syllable (`jin` → 近, 津, 金…); empty if none. */
  pinyin(syllable: string): string {
    const c = this.#get("pinyin", syllable);
    return c[0]?.ja ?? "";
  }

  /** Kanji with this Japanese on or kun reading, folded like names (`kan` → 寛, 漢…); empty if none. */
  yomi(reading: string): string {
    const c = this.#get("yomi", reading);
    return c[0]?.ja ?? "";
  }

  /** Keys of a section that start with `prefix` (at most `limit`), with their candidates. */
  withPrefix(
    section: "words" | "names",
    prefix: string,
    limit = 8,
  ): ReadonlyArray<readonly [string, readonly Candidate[]]> {
    const cacheKey = `${section}\u0001${limit}\u0001${prefix}`;
    const hit = this.#prefixCache.get(cacheKey);
    if (hit) return hit;
    const out = this.#scanPrefix(section, prefix, limit);
    if (this.#prefixCache.size > 20_000) this.#prefixCache.clear();
    this.#prefixCache.set(cacheKey, out);
    return out;
  }

  #scanPrefix(section: "words" | "names", prefix: string, limit: number): Array<[string, readonly Candidate[]]> {
    const out: Array<[string, readonly Candidate[]]> = [];
    const blocks = this.#blocks[section];
    for (let i = Math.max(0, this.#blockIndex(blocks, prefix)); i < blocks.length && out.length < limit; i++) {
      const { keys, values } = this.#block(blocks[i]!);
      let j = lowerBound(keys, prefix);
      if (j === keys.length) continue;
      for (; j < keys.length && out.length < limit; j++) {
        const k = keys[j]!;
        if (!k.startsWith(prefix)) return out;
        out.push([k, parseCandidates(values[j]!)]);
      }
    }
    return out;
  }

  /**
   * `count` keys of a section, spread evenly over `blocks` of its blocks that are spread evenly
   * over it (all by default), in key order: the same keys every time, unpacking only those blocks.
   */
  sampleKeys(section: "words" | "names", count: number, blocks = Infinity): string[] {
    const all = this.#blocks[section];
    const out: string[] = [];
    const used = Math.min(all.length, Math.max(1, Math.floor(blocks)));
    if (count <= 0 || all.length === 0) return out;
    const perBlock = Math.ceil(count / used);
    for (let i = 0; i < used; i++) {
      const { keys } = this.#block(all[Math.floor((i * all.length) / used)]!);
      const step = Math.max(1, keys.length / perBlock);
      for (let j = 0; j * step < keys.length && out.length < count; j++) out.push(keys[Math.floor(j * step)]!);
    }
    return out;
  }

  /**
   * Every key of a section with its candidates' raw value (`ja,score|ja,score…`, parseCandidates
   * reads it), in key order, unpacking each block once: the dictionary read the other way
   * (translate/reverse.ts) is built from it.
   */
  *entries(section: "words" | "names"): Generator<readonly [string, string]> {
    for (const b of this.#blocks[section]) {
      const { keys, values } = this.#block(b);
      for (let i = 0; i < keys.length; i++) yield [keys[i]!, values[i]!];
    }
  }

  /**
   * Inflates every block on libuv's thread pool, so a long-running bot can have the whole
   * dictionary in memory without blocking its event loop; lookups meanwhile work as usual.
   * UNPACK_IN_FLIGHT blocks are inflated at a time: one at a time, each block waited for a turn
   * of the event loop, and beside the start-up warm-up's questions the last blocks were still
   * being unpacked (and their entries promoted by the GC) during the first real questions.
   */
  async warmUp(): Promise<void> {
    const queue = Object.values(this.#blocks).flat();
    const next = async (): Promise<void> => {
      for (let b = queue.shift(); b; b = queue.shift()) {
        if (this.#loaded.has(b)) continue;
        const start = this.#base + b.offset;
        const raw = await inflate(this.#data.subarray(start, start + b.length));
        if (!this.#loaded.has(b)) this.#loaded.set(b, parseBlock(raw.toString("utf8")));
      }
    };
    await Promise.all(Array.from({ length: UNPACK_IN_FLIGHT }, next));
  }

  #get(section: Section, key: string): readonly Candidate[] {
    const cacheKey = `${section}\u0000${key}`;
    const hit = this.#cache.get(cacheKey);
    if (hit) return hit;
    const blocks = this.#blocks[section];
    const i = this.#blockIndex(blocks, key);
    let result: readonly Candidate[] = [];
    if (i >= 0) {
      const { keys, values } = this.#block(blocks[i]!);
      const j = lowerBound(keys, key);
      if (keys[j] === key)
        result =
          section === "pinyin" || section === "yomi" ? [{ ja: values[j]!, score: 1 }] : parseCandidates(values[j]!);
    }
    if (this.#cache.size > 50_000) this.#cache.clear();
    this.#cache.set(cacheKey, result);
    return result;
  }

  /** Index of the last block whose first key is ≤ key, or -1. */
  #blockIndex(blocks: readonly BlockInfo[], key: string): number {
    let lo = 0;
    let hi = blocks.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.first <= key) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  #block(b: BlockInfo): { keys: string[]; values: string[] } {
    const hit = this.#loaded.get(b);
    if (hit) return hit;
    const start = this.#base + b.offset;
    const parsed = parseBlock(brotliDecompressSync(this.#data.subarray(start, start + b.length)).toString("utf8"));
    this.#loaded.set(b, parsed);
    return parsed;
  }
}

const inflate = promisify(brotliDecompress);
/** Blocks warmUp inflates at once: libuv's default thread pool size (shared by all the engine workers of a process). */
const UNPACK_IN_FLIGHT = 4;

/** `key<TAB>value` lines → parallel arrays (sorted, as written). */
function parseBlock(text: string): { keys: string[]; values: string[] } {
  const keys: string[] = [];
  const values: string[] = [];
  let p = 0;
  while (p < text.length) {
    const nl = text.indexOf("\n", p);
    const end = nl < 0 ? text.length : nl;
    const tab = text.indexOf("\t", p);
    if (tab > p && tab < end) {
      keys.push(text.slice(p, tab));
      values.push(text.slice(tab + 1, end));
    }
    p = end + 1;
  }
  return { keys, values };
}

function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function parseCandidates(value: string): Candidate[] {
  const out: Candidate[] = [];
  for (const part of value.split("|")) {
    const comma = part.lastIndexOf(",");
    if (comma <= 0) continue;
    out.push({ ja: part.slice(0, comma), score: Number(part.slice(comma + 1)) / 100 });
  }
  return out;
}

function corrupt(path: string, expected: string, received: string): SummitError {
  return new SummitError(
    "DICT",
    `dictionary ${path} is unusable: expected ${expected}, received ${received}; ${REGENERATE}`,
  );
}

/**
 * Opens the dictionary data file and checks it whole (header, block table, CRC of every
 * block). Throws SummitError("DICT") naming what was expected when it is missing or corrupt.
 */
export function loadDictionary(path: string): Dictionary {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new SummitError(
      "DICT",
      `dictionary ${path}: expected the English→Japanese data file, received ${code === "ENOENT" ? "no such file" : code}; ${REGENERATE}`,
    );
  }
  const nl = data.indexOf(10);
  if (nl < 0 || nl > 1 << 20)
    throw corrupt(path, `a "${DICT_FORMAT}" header line`, `${data.length} bytes with no header`);
  let header: unknown;
  try {
    header = JSON.parse(data.subarray(0, nl).toString("utf8"));
  } catch {
    throw corrupt(path, `a "${DICT_FORMAT}" JSON header`, JSON.stringify(data.subarray(0, 24).toString("latin1")));
  }
  const h = header as { format?: unknown; blocks?: unknown; words?: unknown; names?: unknown };
  if (h.format !== DICT_FORMAT) throw corrupt(path, `format "${DICT_FORMAT}"`, JSON.stringify(h.format ?? null));
  if (!Array.isArray(h.blocks) || h.blocks.length === 0)
    throw corrupt(path, "a block table", JSON.stringify(h.blocks ?? null));
  const base = nl + 1;
  const blocks: BlockInfo[] = [];
  for (const raw of h.blocks as unknown[]) {
    const b = raw as Partial<BlockInfo>;
    const ok =
      (b.section === "words" || b.section === "names" || b.section === "pinyin" || b.section === "yomi") &&
      typeof b.first === "string" &&
      Number.isInteger(b.offset) &&
      Number.isInteger(b.length) &&
      Number.isInteger(b.crc);
    if (!ok) throw corrupt(path, "block entries {section, first, offset, length, crc}", JSON.stringify(raw));
    const block = b as BlockInfo;
    if (base + block.offset + block.length > data.length) {
      throw corrupt(path, `${base + block.offset + block.length} bytes`, `${data.length} (truncated)`);
    }
    const crc = crc32(data.subarray(base + block.offset, base + block.offset + block.length));
    if (crc !== block.crc) throw corrupt(path, `block "${block.first}" with CRC ${block.crc}`, `CRC ${crc}`);
    blocks.push(block);
  }
  for (const s of ["words", "names", "pinyin"] as const) {
    if (!blocks.some((b) => b.section === s)) throw corrupt(path, `a "${s}" section`, "none");
  }
  return new Dictionary(path, data, base, blocks, { words: Number(h.words) || 0, names: Number(h.names) || 0 });
}
