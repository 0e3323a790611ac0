import type { Dictionary } from "./dictionary.js";
import type { Token } from "./tokens.js";
import { foldName } from "./normalize.js";
import {
  firstConsonant,
  pinyinSplits,
  romajiToHiragana,
  similarStart,
  soundDistance,
  soundKey,
} from "../text/transliterate.js";
import type { Vocabulary } from "../index/vocabulary.js";

// Rendaku: a reading that joins a word may gain voicing (や+なぎ… 柳家 yanagi-ya; かん+ぽ 寛保 kan-po).
const UNVOICED: Readonly<Record<string, readonly string[]>> = {
  g: ["k"],
  z: ["s"],
  j: ["sh", "ch"],
  d: ["t"],
  b: ["h"],
  p: ["h"],
};

/**
 * Names and words no dictionary entry translates, matched against the corpus vocabulary: by the
 * longer names it uses, by readings, by the sound of its katakana, by pinyin.
 */
export class NameGuesser {
  constructor(
    private readonly dict: Dictionary,
    private readonly vocab: Vocabulary | undefined,
  ) {}

  /** Corpus-driven guesses for a name or word no dictionary translates. */
  fallback(tok: Token, compound: string | undefined): Map<string, number> {
    const cands = new Map<string, number>();
    const v = this.vocab;
    if (!v) return cands;
    if (v.latin.has(tok.lower)) cands.set(tok.text, 0.7);
    // Part of a longer name the corpus uses: "Xi" of Xi Jinping (習近平, and its surname 習).
    const fold = foldName(tok.lower);
    for (const [, list] of this.dict.withPrefix("names", `${fold} `, 40)) {
      for (const c of list) {
        if (!v.has(c.ja)) continue;
        cands.set(c.ja, Math.max(cands.get(c.ja) ?? 0, 0.8));
        const first = c.ja[0]!;
        // News calls him 習主席 or 習氏 far more often than 習近平: the surname leads.
        if (/\p{Script=Han}/u.test(first) && this.dict.pinyin(fold).includes(first)) cands.set(first, 1);
      }
    }
    // Readings the corpus gives in parentheses: 織田信長（おだ のぶなが）.
    const kana = romajiToHiragana(tok.lower);
    if (kana) for (const k of v.readings.get(kana) ?? []) cands.set(k, 0.95);
    // Otherwise through the readings of the kanji themselves (Kanpo → 寛保).
    if (kana && cands.size === 0 && (tok.proper || compound))
      for (const [ja, s] of this.yomi(compound ?? tok.lower)) cands.set(ja, s);
    if (tok.lower.length >= 4 && tok.proper) {
      for (const word of [compound, tok.lower]) {
        if (!word) continue;
        const key = soundKey(word);
        if (key.length < 3) continue;
        // Short names collide easily (Kanpo ~ キャンプ), and a word that reads as romaji is more
        // likely a Japanese name written in kanji (Yanagiya 柳家, not ウナギ): both must sound closer.
        const limit = key.length <= 5 || kana ? 0.15 : 0.3;
        const first = key.charCodeAt(0);
        const consonant = firstConsonant(key);
        for (const k of v.katakana) {
          if (Math.abs(k.key.length - key.length) > Math.max(4, key.length * 0.6)) continue;
          // A name keeps its first sounds in katakana (Tokayev トカエフ, Android アンドロイド).
          if (
            !similarStart(first, k.key.charCodeAt(0)) ||
            (consonant && k.consonant && !similarStart(consonant, k.consonant))
          )
            continue;
          const d = soundDistance(key, k.key, limit);
          if (d <= limit) cands.set(k.word, Math.max(cands.get(k.word) ?? 0, 1 - d));
        }
      }
      for (const [ja, s] of this.pinyin(tok.lower)) cands.set(ja, Math.max(cands.get(ja) ?? 0, s));
    }
    return cands;
  }

  /**
   * Romanised Japanese words (Kanpo, Yanagiya) → kanji sequences of the corpus read that way,
   * segment by segment through on and kun readings, allowing the voicing that joins them
   * (rendaku: Yanagi+ya, Kan+po for Kan+ho).
   */
  yomi(word: string): Map<string, number> {
    const out = new Map<string, number>();
    const v = this.vocab;
    if (!v || word.length < 4) return out;
    const folded = foldName(word).replace(/ /g, "");
    const readingsOf = (seg: string): string => {
      let chars = this.dict.yomi(seg);
      // Gemination: a reading ending in -tsu, -ku, -ki, -chi becomes a doubled consonant before
      // the next one (Gekkan = getsu+kan 月刊, Gakkou = gaku+kou 学校).
      if (/[tkps]$/.test(seg))
        for (const end of ["tsu", "ku", "ki", "chi"]) chars += this.dict.yomi(seg.slice(0, -1) + end);
      return chars;
    };
    const charsOf = (seg: string): string => {
      let chars = readingsOf(seg);
      const plain = UNVOICED[seg[0]!];
      if (plain) for (const p of plain) chars += readingsOf(p + seg.slice(1));
      return chars;
    };
    for (const segments of pinyinSplits(folded, (s) => charsOf(s) !== "", 4)) {
      if (segments.length < 2) continue;
      for (const seq of this.sequences(segments.map((seg, i) => (i === 0 ? readingsOf(seg) : charsOf(seg)))))
        out.set(seq, 0.85);
      if (out.size) break;
    }
    return this.unambiguous(out);
  }

  /**
   * Sound-alike kanji sequences are trusted only when few: when many fit, only those the corpus
   * names as such (a title, a heading, a quoted term) are kept.
   */
  unambiguous(found: Map<string, number>): Map<string, number> {
    if (found.size <= 3) return found;
    const named = new Map([...found].filter(([ja]) => this.vocab!.isHeadword(ja)));
    return named.size > 0 && named.size <= 3 ? named : new Map();
  }

  /** Kanji sequences of the corpus whose characters come from the given sets, in turn. */
  sequences(charSets: readonly string[]): string[] {
    const v = this.vocab!;
    let partial = [""];
    for (const [i, set] of charSets.entries()) {
      const chars = [...set].filter((c) => v.hasChar(c));
      const next: string[] = [];
      for (const p of partial) {
        for (const c of chars) {
          if (i === 0 || v.adjacent(p[p.length - 1]!, c)) next.push(p + c);
        }
        if (next.length > 300) break;
      }
      partial = next;
      if (!partial.length) return [];
    }
    return partial.filter((p) => v.has(p));
  }

  /** Chinese names in pinyin (Tianjin, Xi'an) → kanji sequences the corpus contains. */
  pinyin(word: string): Map<string, number> {
    const out = new Map<string, number>();
    const v = this.vocab;
    if (!v) return out;
    // Apostrophes and spaces mark syllable or name-part boundaries (Xi'an, Wang Yi).
    const parts = word.split(/['’ ]/).filter(Boolean);
    const isSyllable = (s: string): boolean => this.dict.pinyin(s) !== "";
    let splits: string[][] = [[]];
    for (const part of parts) {
      const options = pinyinSplits(part, isSyllable, 3);
      splits = splits.flatMap((prefix) => options.map((o) => [...prefix, ...o])).slice(0, 6);
    }
    for (const syllables of splits) {
      if (syllables.length < 2) continue;
      for (const seq of this.sequences(syllables.map((syl) => this.dict.pinyin(syl)))) out.set(seq, 0.9);
      if (out.size) break;
    }
    return this.unambiguous(out);
  }
}
