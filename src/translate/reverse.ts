import { Dictionary } from "./dictionary.js";
import { buildGlossMaps, glossTableOf, KATAKANA_WORD, type Gloss, type GlossTable } from "./gloss-table.js";
import { kanaSoundKey, soundDistance, soundKey } from "../text/transliterate.js";
import { matchForm } from "../text/match-form.js";

/*
 * The bundled dictionary read the other way, Japanese → English, for Japanese questions asked of
 * English paragraphs. Only the glosses an English paragraph of the archive could hold are kept:
 * every content word of the gloss has its stem among the archive's English terms. A Japanese word
 * then gives the few English glosses that translate it best (EDICT words, ENAMDICT names); a
 * katakana word no entry has (a foreign name: ブロンコス) is matched by sound against the
 * archive's English words (text/transliterate.ts, as the English planner matches names the
 * other way).
 */

export type { Gloss } from "./gloss-table.js";

/** The English terms the archive holds: what decides whether a gloss is worth keeping. */
export interface EnglishTerms {
  has(term: string): boolean;
  /** Every English word term (without the prefix), for matching katakana by sound. */
  words(): Iterable<string>;
}

/** Longest Japanese headword looked for inside a question's word. */
const MAX_HEADWORD = 8;
const NAME_DOT = /[・･]/u;
/** The shortest loanword read inside a katakana compound: two kana are too often part of another word. */
const MIN_KATAKANA_PART = 3;
/** How far a katakana word's sound may be from an English word's (soundDistance: names below ~0.25 sound alike). */
const SOUND_LIMIT = 0.25;
const NONE: readonly Gloss[] = [];

export class ReverseDictionary {
  readonly #table: GlossTable;
  /** The archive's English words by sound. */
  readonly #sounds: Array<{ word: string; key: string }> = [];

  /**
   * From the dictionary itself (every entry read, see gloss-table.ts) or from a gloss table
   * already built for this archive (the index's reverse.bin: reverse-file.ts).
   */
  constructor(
    source: Dictionary | GlossTable,
    private readonly english: EnglishTerms,
  ) {
    this.#table = source instanceof Dictionary ? glossTableOf(buildGlossMaps(source, (t) => english.has(t))) : source;
    // Made now, in the start-up warm-up's first Japanese question (made on first use, it cost a real question ~0.1–0.4 s).
    for (const word of english.words()) if (/^[a-z]{3,}$/.test(word)) this.#sounds.push({ word, key: soundKey(word) });
  }

  /** Whether the archive's English paragraphs hold a term (e:third). */
  holds(term: string): boolean {
    return this.english.has(term);
  }

  /** Glosses of a Japanese headword as written (match form), best first; empty when none is kept. */
  glossesOf(ja: string): readonly Gloss[] {
    return this.#table.glossesOf(matchForm(ja)) ?? NONE;
  }

  /**
   * The English of a word of a Japanese question: the word itself when an entry has it, else
   * the longest entries inside it from left to right (私立中等学校 → 私立 + 中等学校), and a
   * katakana name by its sound. Each part with its glosses.
   */
  translate(word: string): Array<{ ja: string; glosses: readonly Gloss[] }> {
    const w = matchForm(word);
    // A name written with middle dots (ダドリー・シンプソン) is a name of several words: when the
    // whole has no entry, each is read by itself (Dudley, Simpson).
    const names = word.split(NAME_DOT).filter(Boolean);
    if (names.length > 1 && this.glossesOf(w).length === 0) return names.flatMap((name) => this.translate(name));
    const whole = this.glossesOf(w);
    if (whole.length > 0) return [{ ja: w, glosses: whole }];
    if (KATAKANA_WORD.test(w)) {
      const byName = this.#table.isKatakanaWord(w) ? [] : this.#bySound(w);
      if (byName.length > 0) return [{ ja: w, glosses: byName }];
      // A katakana compound no entry has (アジアサミット) is read by the loanwords inside it (サミット).
      return this.#parts(w, MIN_KATAKANA_PART);
    }
    return this.#parts(w, 2);
  }

  /** The longest entries inside a word, from left to right, each at least `shortest` characters long. */
  #parts(w: string, shortest: number): Array<{ ja: string; glosses: readonly Gloss[] }> {
    const out: Array<{ ja: string; glosses: readonly Gloss[] }> = [];
    const chars = [...w];
    for (let i = 0; i < chars.length;) {
      let found = false;
      for (let len = Math.min(MAX_HEADWORD, chars.length - i); len >= shortest; len--) {
        const part = chars.slice(i, i + len).join("");
        const g = this.glossesOf(part);
        if (g.length > 0) {
          out.push({ ja: part, glosses: g });
          i += len;
          found = true;
          break;
        }
      }
      if (!found) i++;
    }
    return out;
  }

  /** English words of the archive that sound like a katakana word (ダドリー → dudley), best first. */
  #bySound(katakana: string): Gloss[] {
    const key = kanaSoundKey(katakana);
    if (key.length < 3) return [];
    const out: Gloss[] = [];
    for (const s of this.#sounds) {
      const d = soundDistance(key, s.key, SOUND_LIMIT);
      if (d <= SOUND_LIMIT) out.push({ en: s.word, score: 1 - d });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, 2);
  }
}
