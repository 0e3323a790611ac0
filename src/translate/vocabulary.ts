import { foldReading, kanaToRomaji, soundKey } from "./transliterate.js";

const KANJI = /[\p{Script=Han}々〆ヶ]/u;
const KATAKANA_RUN = /[\p{Script=Katakana}ー]{2,}/gu;
const READING = /([\p{Script=Han}々〆ヶ]+(?:[ 　][\p{Script=Han}々〆ヶ]+)?)[（(]([\p{Script=Hiragana}ー]+(?:[ 　][\p{Script=Hiragana}ー]+)?)[、，,）)]/gu;
const LATIN_WORD = /[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*/g;

/**
 * What the corpus itself says about which Japanese strings exist: used to keep translations
 * that can match, and to find names the dictionary lacks. Built from passage texts and titles.
 */
export class Vocabulary {
  readonly #text: string;
  readonly #chars = new Set<number>();
  readonly #bigrams = new Set<number>();
  readonly #present = new Map<string, boolean>();
  /** Katakana words with their sound keys (for Tokayev ↔ トカエフ). */
  readonly katakana: ReadonlyArray<{ readonly word: string; readonly key: string; readonly count: number }>;
  /** Folded hiragana reading → the kanji the corpus glosses with it (おだのぶなが → 織田信長). */
  readonly readings: ReadonlyMap<string, readonly string[]>;
  /** Latin-script words written in the passages (G7, SCO, AI). */
  readonly latin: ReadonlySet<string>;

  constructor(texts: readonly string[]) {
    this.#text = texts.map((t) => t.normalize("NFKC")).join("\n");
    const text = this.#text;
    let prev = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.#chars.add(c);
      if (c > 0x2fff && prev > 0x2fff) this.#bigrams.add(prev * 65536 + c);
      prev = c;
    }
    const kata = new Map<string, number>();
    for (const m of text.matchAll(KATAKANA_RUN)) kata.set(m[0], (kata.get(m[0]) ?? 0) + 1);
    this.katakana = [...kata].map(([word, count]) => ({ word, key: soundKey(kanaToRomaji(word)), count }));
    const readings = new Map<string, string[]>();
    const addReading = (kana: string, kanji: string): void => {
      const k = foldReading(kana);
      if (k.length < 2) return;
      const list = readings.get(k) ?? [];
      if (!list.includes(kanji)) list.push(kanji);
      readings.set(k, list);
    };
    for (const m of text.matchAll(READING)) {
      const kanji = m[1]!;
      const kana = m[2]!;
      addReading(kana, kanji.replace(/[ 　]/g, ""));
      const kParts = kanji.split(/[ 　]/);
      const rParts = kana.split(/[ 　]/);
      if (kParts.length === 2 && rParts.length === 2) {
        addReading(rParts[0]!, kParts[0]!);
        addReading(rParts[1]!, kParts[1]!);
      }
    }
    this.readings = readings;
    this.latin = new Set(text.toLowerCase().match(LATIN_WORD) ?? []);
  }

  /** Whether the string occurs in the corpus (after NFKC), memoised. */
  has(ja: string): boolean {
    const s = ja.normalize("NFKC");
    const hit = this.#present.get(s);
    if (hit !== undefined) return hit;
    let ok = s.length > 0;
    if (s.length === 1) ok = this.#chars.has(s.charCodeAt(0));
    else {
      for (let i = 1; ok && i < s.length; i++) {
        const a = s.charCodeAt(i - 1);
        const b = s.charCodeAt(i);
        if (a > 0x2fff && b > 0x2fff && !this.#bigrams.has(a * 65536 + b)) ok = false;
      }
      if (ok) ok = this.#text.includes(s);
    }
    this.#present.set(s, ok);
    return ok;
  }

  /** Whether two kanji stand next to each other somewhere in the corpus. */
  adjacent(a: string, b: string): boolean {
    return this.#bigrams.has(a.charCodeAt(0) * 65536 + b.charCodeAt(0));
  }

  /** Whether the kanji occurs in the corpus at all. */
  hasChar(c: string): boolean {
    return this.#chars.has(c.charCodeAt(0)) && KANJI.test(c);
  }
}

/** Corpus words useful for name matching, from passage texts and titles; ~10 ms per MB. */
export function buildVocabulary(texts: readonly string[]): Vocabulary {
  return new Vocabulary(texts);
}
