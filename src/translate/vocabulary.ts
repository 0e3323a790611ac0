import { firstConsonant, foldReading, kanaSoundKey } from "./transliterate.js";

const KANJI = /[\p{Script=Han}々〆ヶ]/u;
const KATAKANA_RUN = /[\p{Script=Katakana}ー]{2,}/gu;
const READING_AFTER = /^([\p{Script=Hiragana}ー]+(?:[ 　][\p{Script=Hiragana}ー]+)?)[、,)]/u;
const READING_BEFORE = /([\p{Script=Han}々〆ヶ]+(?:[ 　][\p{Script=Han}々〆ヶ]+)?)$/u;
const LATIN_WORD = /[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*/g;
const PAIR_BITS = 1 << 22;
const QUOTED = /[「『]([^「」『』]{1,16})[」』]/g;
/** Hiragana between two kanji: the okurigana some spellings drop. */
const OKURIGANA = /(?<=[\p{Script=Han}々])\p{Script=Hiragana}(?=[\p{Script=Han}々])/gu;
const MIDDLE_DOTS = /[・･]/g;

/** A string as the corpus is matched: NFKC, middle dots dropped so アマルティアセン finds アマルティア・セン. */
export function matchForm(text: string): string {
  return text.normalize("NFKC").replace(MIDDLE_DOTS, "");
}

/** The spelling without okurigana between kanji (組み込み → 組込み, 取り決め → 取決め). */
export function withoutOkurigana(ja: string): string {
  return ja.replace(OKURIGANA, "");
}

function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);

export interface KatakanaWord {
  readonly word: string;
  /** Sound key (see transliterate.ts). */
  readonly key: string;
  readonly count: number;
  /** Char code of the key's first consonant, 0 if none. */
  readonly consonant: number;
}

/**
 * What the corpus itself says about which Japanese strings exist: used to keep translations
 * that can match, and to find names the dictionary lacks. Built from passage texts and titles.
 */
export class Vocabulary {
  readonly #text: string;
  /** Bitmaps of the characters and (hashed) adjacent character pairs of the corpus. */
  readonly #chars = new Uint32Array(65536 / 32);
  readonly #pairs = new Uint32Array(PAIR_BITS / 32);
  readonly #present = new Map<string, boolean>();
  /** Where each adjacent character pair occurs in #text: finding a term starts from its rarest pair, not a scan of the corpus. */
  readonly #pairPositions = new Map<number, number[]>();
  readonly #df = new Map<string, number>();
  readonly #headwords: ReadonlySet<string>;
  /** Offset in #text where each input text starts. */
  readonly #starts: readonly number[];
  /** Number of texts the vocabulary was built from. */
  readonly size: number;
  readonly #katakanaCounts: ReadonlyMap<string, number>;
  #katakana: ReadonlyArray<KatakanaWord> | undefined;
  /** Folded hiragana reading → the kanji the corpus glosses with it (おだのぶなが → 織田信長). */
  readonly readings: ReadonlyMap<string, readonly string[]>;
  /** Latin-script words written in the passages (G7, SCO, AI). */
  readonly latin: ReadonlySet<string>;

  constructor(texts: readonly string[]) {
    // Middle dots are dropped so アマルティアセン finds アマルティア・セン.
    const normalizedTexts = texts.map((t) => t.normalize("NFKC"));
    const normalized = normalizedTexts.join("\n");
    const stripped = normalizedTexts.map((t) => t.replace(MIDDLE_DOTS, ""));
    this.#text = stripped.join("\n");
    const text = this.#text;
    this.size = texts.length;
    const starts: number[] = [];
    let offset = 0;
    for (const t of stripped) {
      starts.push(offset);
      offset += t.length + 1;
    }
    this.#starts = starts;
    let prev = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.#chars[c >>> 5]! |= 1 << (c & 31);
      const h = pairHash(prev, c);
      this.#pairs[h >>> 5]! |= 1 << (h & 31);
      if (i > 0) {
        const key = prev * 65536 + c;
        const list = this.#pairPositions.get(key);
        if (list) list.push(i - 1);
        else this.#pairPositions.set(key, [i - 1]);
      }
      prev = c;
    }
    const kata = new Map<string, number>();
    for (const m of normalized.matchAll(KATAKANA_RUN)) kata.set(m[0], (kata.get(m[0]) ?? 0) + 1);
    this.#katakanaCounts = kata;
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
    this.readings = readings;
    // Titles, headings and quoted terms name things: a reading match that is one of them is
    // more likely the word meant than a chance run of kanji.
    const headwords = new Set<string>();
    for (const t of stripped) if (t.length <= 24 && !/[。、]/.test(t)) headwords.add(t.trim());
    for (const m of text.matchAll(QUOTED)) headwords.add(m[1]!);
    this.#headwords = headwords;
    this.latin = new Set(text.toLowerCase().match(LATIN_WORD) ?? []);
  }

  /** Katakana words with their sound keys (for Tokayev ↔ トカエフ), computed on first use. */
  get katakana(): ReadonlyArray<KatakanaWord> {
    this.#katakana ??= [...this.#katakanaCounts].map(([word, count]) => {
      const key = kanaSoundKey(word);
      return { word, key, count, consonant: firstConsonant(key) };
    });
    return this.#katakana;
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

  /** Whether the string occurs in the corpus (after NFKC, ignoring middle dots), memoised. */
  has(ja: string): boolean {
    const s = matchForm(ja);
    const hit = this.#present.get(s);
    if (hit !== undefined) return hit;
    let ok = s.length > 0;
    for (let i = 0; ok && i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!this.#bit(this.#chars, c)) ok = false;
      else if (i > 0 && !this.#bit(this.#pairs, pairHash(s.charCodeAt(i - 1), c))) ok = false;
    }
    if (ok && s.length > 1) ok = this.#occurrences(s, true).length > 0;
    this.#present.set(s, ok);
    return ok;
  }

  /** Whether the string is a title or heading of its own, or quoted (「寛保」) somewhere. */
  isHeadword(ja: string): boolean {
    return this.#headwords.has(ja.normalize("NFKC"));
  }

  /** In how many of the texts the string occurs (NFKC, middle dots ignored), memoised. */
  documentFrequency(ja: string): number {
    const s = matchForm(ja);
    const hit = this.#df.get(s);
    if (hit !== undefined) return hit;
    let df = 0;
    if (this.has(s)) {
      let lastDoc = -1;
      for (const p of this.#occurrences(s, false)) {
        const doc = upperBound(this.#starts, p) - 1;
        if (doc !== lastDoc) df++;
        lastDoc = doc;
      }
    }
    if (this.#df.size > 20_000) this.#df.clear();
    this.#df.set(s, df);
    return df;
  }

  /** Start offsets of `s` in #text, ascending; only the first when `first`. */
  #occurrences(s: string, first: boolean): number[] {
    if (s.length < 2) {
      const out: number[] = [];
      for (let p = this.#text.indexOf(s); p >= 0 && !(first && out.length); p = this.#text.indexOf(s, p + 1)) out.push(p);
      return out;
    }
    let best: number[] | undefined;
    let at = 0;
    for (let i = 1; i < s.length; i++) {
      const list = this.#pairPositions.get(s.charCodeAt(i - 1) * 65536 + s.charCodeAt(i));
      if (!list) return [];
      if (!best || list.length < best.length) {
        best = list;
        at = i - 1;
      }
    }
    const out: number[] = [];
    for (const p of best ?? []) {
      const start = p - at;
      if (start >= 0 && this.#text.startsWith(s, start)) {
        out.push(start);
        if (first) break;
      }
    }
    return out;
  }

  /** Whether two kanji may stand next to each other in the corpus (a hash: rare false positives). */
  adjacent(a: string, b: string): boolean {
    return this.#bit(this.#pairs, pairHash(a.charCodeAt(0), b.charCodeAt(0)));
  }

  /** Whether the kanji occurs in the corpus at all. */
  hasChar(c: string): boolean {
    return this.#bit(this.#chars, c.charCodeAt(0)) && KANJI.test(c);
  }

  #bit(map: Uint32Array, i: number): boolean {
    return (map[i >>> 5]! & (1 << (i & 31))) !== 0;
  }
}

/** Corpus words useful for name matching, from passage texts and titles; ~10 ms per MB. */
export function buildVocabulary(texts: readonly string[]): Vocabulary {
  return new Vocabulary(texts);
}
