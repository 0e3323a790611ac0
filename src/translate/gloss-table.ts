import { parseCandidates, type Dictionary } from "./dictionary.js";
import { ENGLISH_PREFIX, isStopWord, stemEnglish } from "../text/english.js";
import { matchForm } from "../text/match-form.js";

/*
 * The part of the Japanese → English reading (translate/reverse.ts) that depends only on the
 * dictionary and on which English terms the archive holds: each Japanese headword's glosses an
 * English paragraph of the archive could hold, and the katakana words some entry has. Building it
 * reads every entry of the dictionary (~2 s of CPU at start-up on a mixed 100k archive, which the
 * first Japanese question waited for), so ingest builds it once into the index (reverse-file.ts)
 * and opening reads it from there; this in-memory form is what an index without it falls back to.
 */

/** An English rendering of a Japanese word and how good it is, in (0, 1]. */
export interface Gloss {
  readonly en: string;
  readonly score: number;
}

/** Where the reverse dictionary reads its glosses: built in memory (buildGlossTable) or the index's file. */
export interface GlossTable {
  /** The kept glosses of a Japanese headword in match form, best first; undefined when none is kept. */
  glossesOf(ja: string): readonly Gloss[] | undefined;
  /** Whether some dictionary entry has this katakana word (match form), its glosses kept or not. */
  isKatakanaWord(ja: string): boolean;
}

/** A gloss table held in memory: headwords in match form → glosses, best first. */
export interface GlossMaps {
  readonly glosses: ReadonlyMap<string, readonly Gloss[]>;
  readonly katakanaWords: ReadonlySet<string>;
}

/** Share of a phrase's content words that must be held for its held words to stand for it (summit meeting → summit). */
const PARTIAL_SHARE = 0.5;
/** Glosses kept per Japanese headword: the best few (a word's first senses come first). */
const PER_HEADWORD = 4;
export const KATAKANA_WORD = /^[\p{Script=Katakana}ー]+$/u;

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

/** Reads every entry of the dictionary the other way, keeping the glosses whose words the archive (`has`: `e:` terms) holds. */
export function buildGlossMaps(dict: Dictionary, has: (term: string) => boolean): GlossMaps {
  const glosses = new Map<string, Gloss[]>();
  const katakanaWords = new Set<string>();
  // The glosses of ~275,000 entries repeat their words: each is stemmed and looked up once
  // (Porter2 was ~60% of this build).
  const heldWords = new Map<string, boolean>();
  const isHeld = (w: string): boolean => {
    let held = heldWords.get(w);
    if (held === undefined) heldWords.set(w, (held = has(ENGLISH_PREFIX + stemEnglish(w))));
    return held;
  };
  for (const section of ["words", "names"] as const) {
    for (const [key, value] of dict.entries(section)) {
      const kept = heldPart(key, isHeld);
      if (!kept) {
        if (section === "words")
          for (const c of parseCandidates(value)) if (KATAKANA_WORD.test(c.ja)) katakanaWords.add(matchForm(c.ja));
        continue;
      }
      for (const c of parseCandidates(value)) {
        const ja = matchForm(c.ja);
        let list = glosses.get(ja);
        if (!list) glosses.set(ja, (list = []));
        // A single word beats a descriptive phrase of the same score (私立 → private, not "private establishment").
        list.push({ en: kept.en, score: (kept.share * c.score) / (1 + 0.15 * (kept.en.split(" ").length - 1)) });
      }
    }
  }
  for (const [ja, list] of glosses) {
    list.sort((a, b) => b.score - a.score || a.en.localeCompare(b.en));
    if (list.length > PER_HEADWORD) glosses.set(ja, list.slice(0, PER_HEADWORD));
  }
  return { glosses, katakanaWords };
}

/** A gloss table over maps held in memory. */
export function glossTableOf(maps: GlossMaps): GlossTable {
  return {
    glossesOf: (ja) => maps.glosses.get(ja),
    isKatakanaWord: (ja) => maps.katakanaWords.has(ja),
  };
}
