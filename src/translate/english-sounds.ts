import { similarStart, soundDistance, soundKey } from "../text/transliterate.js";
import { ENGLISH_PREFIX, stemEnglish } from "../text/english.js";

/*
 * Words an English question spells otherwise than the archive (Ghandi for Gandhi, Sentanta for
 * Setanta, hemorrhage for haemorrhage): a word whose term no paragraph holds is read as the
 * archive's words that sound closest to it (the same sound keys that match katakana names to
 * English words, text/transliterate.ts). Only names (capitalised inside the question) and long
 * words: a short common word the archive lacks is more often another subject than a variant
 * spelling (reason → season, gender → render), and the refusal rests on those.
 */

/** How far a name's sound may be from an archive word's (soundDistance): spelling variants, not other names. */
export const NAME_SOUND_LIMIT = 0.15;
/** Archive words within this of the closest one are all kept (Shelly: shelley, shell — both sound alike). */
const TIE = 0.01;

/** The archive's English words by sound, built once from its word terms (index/languages.ts). */
export class EnglishSounds {
  /**
   * Sound keys by their first letter: a spelling variant starts alike (similarStart), so a word is
   * compared with those buckets only (at 100k words, a scan of all cost ~0.2 s a word).
   */
  readonly #byStart = new Map<number, Array<{ word: string; key: string }>>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (!/^[a-z]{3,}$/.test(word)) continue;
      const key = soundKey(word);
      if (!key) continue;
      const start = key.charCodeAt(0);
      let bucket = this.#byStart.get(start);
      if (!bucket) this.#byStart.set(start, (bucket = []));
      bucket.push({ word, key });
    }
  }

  /** The archive's words that sound closest to `word` within NAME_SOUND_LIMIT, best first. */
  like(word: string): string[] {
    const key = soundKey(word);
    if (key.length < 3) return [];
    const start = key.charCodeAt(0);
    const found: Array<[string, number]> = [];
    for (const [first, bucket] of this.#byStart) {
      if (!similarStart(start, first)) continue;
      for (const s of bucket) {
        // Each letter added or dropped costs at least a vowel's 0.3 of a weight at most the longer key's length.
        if (Math.abs(s.key.length - key.length) * 0.3 > NAME_SOUND_LIMIT * Math.max(s.key.length, key.length)) continue;
        const d = soundDistance(key, s.key, NAME_SOUND_LIMIT);
        if (d <= NAME_SOUND_LIMIT) found.push([s.word, d]);
      }
    }
    if (found.length === 0) return [];
    const best = Math.min(...found.map(([, d]) => d));
    return found
      .filter(([, d]) => d <= best + TIE)
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .map(([w]) => w);
  }
}

/** A word this long is matched by sound even when it is no name. */
export const LONG_WORD = 8;

/**
 * The names (capitalised words after the first, four letters or more) and long words
 * (LONG_WORD letters or more) of an English question whose term the archive lacks, each with the
 * archive's words that sound like it.
 */
export function misspeltNames(
  question: string,
  holds: (term: string) => boolean,
  sounds: EnglishSounds,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of question.normalize("NFKC").matchAll(/(?<=\S\s+)\p{Lu}[\p{L}'’]*|\b\p{Ll}{8,}\b/gu)) {
    const word = m[0].replace(/['’]s?$/u, "").toLowerCase();
    const long = word.length >= LONG_WORD;
    if (!/^[a-z]{4,}$/.test(word) || out.has(word) || holds(ENGLISH_PREFIX + stemEnglish(word))) continue;
    if (!long && !/^\p{Lu}/u.test(m[0])) continue;
    const like = sounds.like(word);
    if (like.length > 0) out.set(word, like);
  }
  return out;
}
