import { matchForm, withoutOkurigana } from "../text/match-form.js";
import { firstConsonant, foldReading, kanaSoundKey } from "../text/transliterate.js";

/*
 * The corpus's vocabulary (its strings, readings, katakana names, Latin words) that the English
 * planner (translate/) consults: part of the index like the keyword index, built by ingest and
 * read at open, so ingest needs nothing of translate/.
 */

const KANJI = /[\p{Script=Han}々〆ヶ]/u;
const KATAKANA_RUN = /[\p{Script=Katakana}ー]{2,}/gu;
const READING_AFTER = /^([\p{Script=Hiragana}ー]+(?:[ 　][\p{Script=Hiragana}ー]+)?)[、,)]/u;
const READING_BEFORE = /([\p{Script=Han}々〆ヶ]+(?:[ 　][\p{Script=Han}々〆ヶ]+)?)$/u;
const LATIN_WORD = /[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*/g;
/** Bits of the character-pair bitmap (a hash of two code units). */
export const PAIR_BITS = 1 << 22;
const QUOTED = /[「『]([^「」『』]{1,16})[」』]/g;
/** Entries a memo of the vocabulary's keeps before it starts afresh (a few MB; a long-running bot asks without end). */
const MEMO_LIMIT = 20_000;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

function upperBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** The first index from `lo` whose value is ≥ x (xs ascending). */
function lowerBoundFrom(xs: ArrayLike<number>, x: number, lo: number): number {
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);
const pairKey = (a: number, b: number): number => a * 65536 + b;

export interface KatakanaWord {
  readonly word: string;
  /** Sound key (see text/transliterate.ts). */
  readonly key: string;
  readonly count: number;
  /** Char code of the key's first consonant, 0 if none. */
  readonly consonant: number;
}

/**
 * Everything the vocabulary knows, computed once from the corpus texts (at ingest) and stored in
 * the index as `vocabulary.bin` (see encodeVocabulary), so that opening an index analyses nothing.
 */
export interface VocabularyData {
  /** The texts after NFKC, middle dots removed, joined by newlines. */
  readonly text: string;
  /** Offset in `text` where each input text starts. */
  readonly starts: Uint32Array;
  /** Bitmaps of the characters and (hashed) adjacent character pairs of `text`. */
  readonly chars: Uint32Array;
  readonly pairs: Uint32Array;
  /**
   * Where each adjacent character pair occurs in `text`: pair keys ascending, and for key j the
   * positions pairPositions[pairStarts[j] .. pairStarts[j + 1]), ascending. Finding a term starts
   * from its rarest pair, not a scan of the corpus.
   */
  readonly pairKeys: Uint32Array;
  readonly pairStarts: Uint32Array;
  readonly pairPositions: Uint32Array;
  readonly katakana: readonly KatakanaWord[];
  readonly readings: ReadonlyMap<string, readonly string[]>;
  readonly headwords: ReadonlySet<string>;
  readonly latin: ReadonlySet<string>;
}

/**
 * The positions of the adjacent character pairs (VocabularyData.pairPositions) as the vocabulary
 * reads them: a range at a time, from memory or from the index file (vocabulary-file.ts: the
 * largest part of the vocabulary, 4 bytes per character of the corpus, is not held at open).
 */
export interface PairPositions {
  readonly length: number;
  /** Positions [from, to) of the array, valid until the next call. */
  range(from: number, to: number): ArrayLike<number>;
}

/** The positions held in memory (as built, or decoded from a whole file). */
export const positionsInMemory = (positions: Uint32Array): PairPositions => ({
  length: positions.length,
  range: (from, to) => positions.subarray(from, to),
});

/** The vocabulary's data as it is queried: as built, but the pair positions read a range at a time. */
export type VocabularyTables = Omit<VocabularyData, "pairPositions"> & { readonly pairPositions: PairPositions };

/**
 * Collects the corpus texts one at a time (ingest streams passages through it), then computes
 * the vocabulary's data. Holds the normalised texts, which the vocabulary is made of anyway.
 */
export class VocabularyBuilder {
  readonly #stripped: string[] = [];
  readonly #katakana = new Map<string, number>();

  add(text: string): void {
    const normalized = text.normalize("NFKC");
    this.#stripped.push(matchForm(normalized)); // NFKC twice is NFKC once
    // Katakana runs never contain the newline that joins texts: counting text by text is counting the whole.
    for (const m of normalized.matchAll(KATAKANA_RUN)) this.#katakana.set(m[0], (this.#katakana.get(m[0]) ?? 0) + 1);
  }

  build(): VocabularyData {
    const stripped = this.#stripped;
    const text = stripped.join("\n");
    const starts = new Uint32Array(stripped.length);
    let offset = 0;
    stripped.forEach((t, i) => {
      starts[i] = offset;
      offset += t.length + 1;
    });
    const chars = new Uint32Array(65536 / 32);
    const pairs = new Uint32Array(PAIR_BITS / 32);
    const counts = new Map<number, number>();
    let prev = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      chars[c >>> 5]! |= 1 << (c & 31);
      const h = pairHash(prev, c);
      pairs[h >>> 5]! |= 1 << (h & 31);
      if (i > 0) {
        const key = pairKey(prev, c);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      prev = c;
    }
    const pairKeys = Uint32Array.from(counts.keys()).sort();
    const pairStarts = new Uint32Array(pairKeys.length + 1);
    const slotOf = new Map<number, number>();
    pairKeys.forEach((key, j) => {
      slotOf.set(key, j);
      pairStarts[j + 1] = pairStarts[j]! + counts.get(key)!;
    });
    const fill = pairStarts.slice(0, pairKeys.length);
    const pairPositions = new Uint32Array(Math.max(0, text.length - 1));
    for (let i = 1; i < text.length; i++)
      pairPositions[fill[slotOf.get(pairKey(text.charCodeAt(i - 1), text.charCodeAt(i)))!]!++] = i - 1;

    const katakana = [...this.#katakana].map(([word, count]) => {
      const key = kanaSoundKey(word);
      return { word, key, count, consonant: firstConsonant(key) };
    });
    const readings = new Map<string, string[]>();
    const addReading = (kana: string, kanji: string): void => {
      const k = foldReading(kana);
      if (k.length < 2) return;
      const list = readings.get(k) ?? [];
      if (!list.includes(kanji)) list.push(kanji);
      readings.set(k, list);
    };
    // Readings follow their word in parentheses (NFKC has made （ into "("): look only there.
    for (let p = text.indexOf("("); p >= 0; p = text.indexOf("(", p + 1)) {
      const kana = READING_AFTER.exec(text.slice(p + 1, p + 40))?.[1];
      const kanji = kana && READING_BEFORE.exec(text.slice(Math.max(0, p - 24), p))?.[1];
      if (!kana || !kanji) continue;
      addReading(kana, kanji.replace(/[ 　]/g, ""));
      const kParts = kanji.split(/[ 　]/);
      const rParts = kana.split(/[ 　]/);
      if (kParts.length === 2 && rParts.length === 2) {
        addReading(rParts[0]!, kParts[0]!);
        addReading(rParts[1]!, kParts[1]!);
      }
    }
    // Titles, headings and quoted terms name things: a reading match that is one of them is
    // more likely the word meant than a chance run of kanji.
    const headwords = new Set<string>();
    for (const t of stripped) if (t.length <= 24 && !/[。、]/.test(t)) headwords.add(t.trim());
    for (const m of text.matchAll(QUOTED)) headwords.add(m[1]!);
    const latin = new Set(text.toLowerCase().match(LATIN_WORD) ?? []);
    return { text, starts, chars, pairs, pairKeys, pairStarts, pairPositions, katakana, readings, headwords, latin };
  }
}

/**
 * What the corpus itself says about which Japanese strings exist: used to keep translations
 * that can match, and to find names the dictionary lacks. Built from passage texts and titles.
 */
export class Vocabulary {
  readonly #data: VocabularyTables;
  /** Presence by match form, and by the string as asked (two maps: matchForm need not be idempotent). */
  readonly #present = new Map<string, boolean>();
  readonly #asked = new Map<string, boolean>();
  readonly #df = new Map<string, number>();
  /** Number of texts the vocabulary was built from. */
  readonly size: number;
  /** Folded hiragana reading → the kanji the corpus glosses with it (おだのぶなが → 織田信長). */
  readonly readings: ReadonlyMap<string, readonly string[]>;
  /** Latin-script words written in the passages (G7, SCO, AI). */
  readonly latin: ReadonlySet<string>;

  constructor(data: VocabularyTables) {
    this.#data = data;
    this.size = data.starts.length;
    this.readings = data.readings;
    this.latin = data.latin;
  }

  /** Katakana words with their sound keys (for Tokayev ↔ トカエフ). */
  get katakana(): ReadonlyArray<KatakanaWord> {
    return this.#data.katakana;
  }

  /**
   * The spelling of a Japanese term the corpus uses: the term itself, or its spelling with the
   * okurigana between kanji dropped (組み込み → 組込み, 取り決め → 取決め); undefined if neither occurs.
   */
  spelling(ja: string): string | undefined {
    if (this.has(ja)) return ja;
    const short = withoutOkurigana(ja);
    return short !== ja && this.has(short) ? short : undefined;
  }

  /**
   * Whether the string occurs in the corpus (after NFKC, ignoring middle dots), memoised by the
   * string as asked (most are asked again as written, and NFKC costs more than the lookup) and by
   * its match form; the memos are bounded like documentFrequency's, since the name guesser asks
   * about hundreds of made-up kanji sequences per unknown name.
   */
  has(ja: string): boolean {
    const asked = this.#asked.get(ja);
    if (asked !== undefined) return asked;
    const s = matchForm(ja);
    const present = this.#presentForm(s);
    remember(this.#asked, ja, present);
    return present;
  }

  #presentForm(s: string): boolean {
    const hit = this.#present.get(s);
    if (hit !== undefined) return hit;
    let ok = s.length > 0;
    for (let i = 0; ok && i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!this.#bit(this.#data.chars, c)) ok = false;
      else if (i > 0 && !this.#bit(this.#data.pairs, pairHash(s.charCodeAt(i - 1), c))) ok = false;
    }
    if (ok && s.length > 1) ok = this.#occurrences(s, true).length > 0;
    remember(this.#present, s, ok);
    return ok;
  }

  /** Whether the string is a title or heading of its own, or quoted (「寛保」) somewhere. */
  isHeadword(ja: string): boolean {
    return this.#data.headwords.has(ja.normalize("NFKC"));
  }

  /** In how many of the texts the string occurs (NFKC, middle dots ignored), memoised. */
  documentFrequency(ja: string): number {
    const s = matchForm(ja);
    const hit = this.#df.get(s);
    if (hit !== undefined) return hit;
    let df = 0;
    if (this.has(s)) {
      // One occurrence per text is enough: after each, the search goes on from the next text's start.
      const { starts } = this.#data;
      df = this.#occurrences(s, false, (p) => starts[upperBound(starts, p)] ?? Infinity).length;
    }
    remember(this.#df, s, df);
    return df;
  }

  /**
   * Start offsets of `s` in the text, ascending; only the first when `first`. With `resume`,
   * the search goes on after an occurrence at p from resume(p) (≥ p + 1) instead of p + 1.
   */
  #occurrences(s: string, first: boolean, resume: (p: number) => number = (p) => p + 1): number[] {
    const { text } = this.#data;
    if (s.length < 2) {
      const out: number[] = [];
      for (let p = text.indexOf(s); p >= 0 && !(first && out.length); p = text.indexOf(s, resume(p))) out.push(p);
      return out;
    }
    // The rarest pair's positions are read (its list's length is known without reading it).
    let best = -1;
    let bestLength = Infinity;
    let at = 0;
    for (let i = 1; i < s.length; i++) {
      const j = this.#pairSlot(pairKey(s.charCodeAt(i - 1), s.charCodeAt(i)));
      if (j < 0) return [];
      const length = this.#data.pairStarts[j + 1]! - this.#data.pairStarts[j]!;
      if (length < bestLength) {
        best = j;
        bestLength = length;
        at = i - 1;
      }
    }
    const out: number[] = [];
    if (best < 0) return out;
    const list = this.#data.pairPositions.range(this.#data.pairStarts[best]!, this.#data.pairStarts[best + 1]!);
    for (let k = 0; k < list.length;) {
      const start = list[k]! - at;
      if (start >= 0 && text.startsWith(s, start)) {
        out.push(start);
        if (first) break;
        k = lowerBoundFrom(list, resume(start) + at, k + 1);
      } else k++;
    }
    return out;
  }

  /** The slot of an adjacent character pair in pairKeys, or -1 if it never occurs. */
  #pairSlot(key: number): number {
    const { pairKeys } = this.#data;
    let lo = 0;
    let hi = pairKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pairKeys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo === pairKeys.length || pairKeys[lo] !== key ? -1 : lo;
  }

  /** Whether two kanji may stand next to each other in the corpus (a hash: rare false positives). */
  adjacent(a: string, b: string): boolean {
    return this.#bit(this.#data.pairs, pairHash(a.charCodeAt(0), b.charCodeAt(0)));
  }

  /** Whether the kanji occurs in the corpus at all. */
  hasChar(c: string): boolean {
    return this.#bit(this.#data.chars, c.charCodeAt(0)) && KANJI.test(c);
  }

  #bit(map: Uint32Array, i: number): boolean {
    return (map[i >>> 5]! & (1 << (i & 31))) !== 0;
  }
}

/** Corpus words useful for name matching, from passage texts and titles; ~10 ms per MB. */
export function buildVocabulary(texts: readonly string[]): Vocabulary {
  const builder = new VocabularyBuilder();
  for (const t of texts) builder.add(t);
  const data = builder.build();
  return new Vocabulary({ ...data, pairPositions: positionsInMemory(data.pairPositions) });
}
