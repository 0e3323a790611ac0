import { parseCandidates, type Dictionary } from "./dictionary.js";
import { ENGLISH_PREFIX, isStopWord, stemEnglish } from "../text/english.js";
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

/** An English rendering of a Japanese word and how good it is, in (0, 1]. */
export interface Gloss {
  readonly en: string;
  readonly score: number;
}

/** The English terms the archive holds: what decides whether a gloss is worth keeping. */
export interface EnglishTerms {
  has(term: string): boolean;
  /** Every English word term (without the prefix), for matching katakana by sound. */
  words(): Iterable<string>;
}

/** Share of a phrase's content words that must be held for its held words to stand for it (summit meeting → summit). */
const PARTIAL_SHARE = 0.5;

/**
 * What an English paragraph of the archive could hold of a gloss: the whole gloss when every
 * content word's stem is held; else, for a phrase at least half of whose content words are
 * held, those words, scored by their share (首脳会議 "summit meeting" → summit, at half).
 */
function heldPart(key: string, isHeld: (word: string) => boolean): { en: string; share: number } | undefined {
  const words = key.split(" ").filter((w) => w && !isStopWord(w));
  if (words.length === 0) return undefined;
  const held = words.filter(isHeld);
  if (held.length === words.length) return { en: key, share: 1 };
  const share = held.length / words.length;
  return held.length > 0 && share >= PARTIAL_SHARE ? { en: held.join(" "), share } : undefined;
}

/** Glosses kept per Japanese headword: the best few (a word's first senses come first). */
const PER_HEADWORD = 4;
/** Longest Japanese headword looked for inside a question's word. */
const MAX_HEADWORD = 8;
const NAME_DOT = /[・･]/u;
const KATAKANA_WORD = /^[\p{Script=Katakana}ー]+$/u;
/** The shortest loanword read inside a katakana compound: two kana are too often part of another word. */
const MIN_KATAKANA_PART = 3;
/** How far a katakana word's sound may be from an English word's (soundDistance: names below ~0.25 sound alike). */
const SOUND_LIMIT = 0.25;

export class ReverseDictionary {
  readonly #glosses = new Map<string, Gloss[]>();
  readonly #sounds: Array<{ word: string; key: string }> = [];
  /** Katakana words some entry has, kept or not: a loanword (サケ, パルス) is no name to match by sound. */
  readonly #katakanaWords = new Set<string>();

  constructor(
    dict: Dictionary,
    private readonly english: EnglishTerms,
  ) {
    // The glosses of ~275,000 entries repeat their words: each is stemmed and looked up once
    // (Porter2 was ~60% of this build, which the first Japanese question of a mixed archive waits for).
    const heldWords = new Map<string, boolean>();
    const isHeld = (w: string): boolean => {
      let held = heldWords.get(w);
      if (held === undefined) heldWords.set(w, (held = english.has(ENGLISH_PREFIX + stemEnglish(w))));
      return held;
    };
    for (const section of ["words", "names"] as const) {
      for (const [key, value] of dict.entries(section)) {
        const kept = heldPart(key, isHeld);
        if (!kept) {
          if (section === "words")
            for (const c of parseCandidates(value))
              if (KATAKANA_WORD.test(c.ja)) this.#katakanaWords.add(matchForm(c.ja));
          continue;
        }
        for (const c of parseCandidates(value)) {
          const ja = matchForm(c.ja);
          let list = this.#glosses.get(ja);
          if (!list) this.#glosses.set(ja, (list = []));
          // A single word beats a descriptive phrase of the same score (私立 → private, not "private establishment").
          list.push({ en: kept.en, score: (kept.share * c.score) / (1 + 0.15 * (kept.en.split(" ").length - 1)) });
        }
      }
    }
    for (const [ja, list] of this.#glosses) {
      list.sort((a, b) => b.score - a.score || a.en.localeCompare(b.en));
      if (list.length > PER_HEADWORD) this.#glosses.set(ja, list.slice(0, PER_HEADWORD));
    }
    for (const word of english.words()) if (/^[a-z]{3,}$/.test(word)) this.#sounds.push({ word, key: soundKey(word) });
  }

  /** Whether the archive's English paragraphs hold a term (e:third). */
  holds(term: string): boolean {
    return this.english.has(term);
  }

  /** Glosses of a Japanese headword as written (match form), best first; empty when none is kept. */
  glossesOf(ja: string): readonly Gloss[] {
    return this.#glosses.get(matchForm(ja)) ?? [];
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
      const byName = this.#katakanaWords.has(w) ? [] : this.#bySound(w);
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
