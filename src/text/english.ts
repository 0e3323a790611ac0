import stemWord from "wink-porter2-stemmer";
import { analyze } from "./analyzer.js";
import { dateKeys } from "./dates.js";

/*
 * English text as search terms: words, not the character n-grams Japanese needs. Each word is
 * case-folded, its possessive dropped (Tokayev's → tokayev) and stemmed with Porter2 (the
 * Snowball English stemmer: signed, signing, signature → sign…). A hyphenated word gives its
 * parts and the parts joined (good-neighbourliness meets "good neighbourliness" and
 * "goodneighbourliness"); a number loses its thousands separators (7,000,000 = 7000000); a date
 * adds its calendar key (dates.ts). Stop words stay in the index, so a phrase made of them ("The
 * Who") can still be found; a question weighs them little (questionWeight). Every English term
 * starts with `e:`, apart from the Japanese side's terms (analyzer.ts), so one index holds both
 * languages and a term never means one thing in each. Japanese runs inside English text (a name
 * in kanji) are analysed as Japanese.
 */

export const ENGLISH_PREFIX = "e:";
const DATE_PREFIX = `${ENGLISH_PREFIX}#`;

/** True for a term of English text (a word or a date key). */
export function isEnglishTerm(term: string): boolean {
  return term.startsWith(ENGLISH_PREFIX);
}

/** The term of a calendar date key (see dates.ts). */
export const dateTerm = (key: string): string => DATE_PREFIX + key;

/**
 * Words that carry the grammar of a question or sentence, not its subject: question words,
 * articles, auxiliaries, pronouns and prepositions. A short list on purpose: numbers, negation
 * and content-bearing prepositions of time (before, after) keep their weight.
 */
const STOP_WORDS = new Set(
  (
    "a an the of to in on at by for with from into onto about as and or but nor so than then that this these those there here " +
    "is are was were be been being am do does did doing done has have had having will would shall should can could may might must " +
    "it its it's they them their theirs he him his she her hers we us our you your i me my mine who whom whose which what when where why how " +
    "whats what's also such any some each other another one's which's if whether while up out over many much"
  ).split(" "),
);

/** Whether an English term is a stop word's (e:the). */
export function isStopWordTerm(term: string): boolean {
  return isEnglishTerm(term) && STOP_WORDS.has(term.slice(ENGLISH_PREFIX.length));
}

/** Whether a word (lower case, as written) is a stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

// A word: letters and digits, with inner apostrophes and dots of numbers (1.5, 7,000,000) and hyphens kept for splitting.
const WORD = /[\p{L}\p{N}]+(?:['’.,\-‐‑–][\p{L}\p{N}]+)*/gu;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]/u;
const NUMBER = /^\d[\d,.]*$/;

/**
 * Stems already computed, by word as given: Porter2 is a chain of regular expressions, and the
 * same words come back in every paragraph at ingest and in every question's glosses and forms.
 * Bounded like the vocabulary's memos (started afresh when full: a long-running bot sees
 * words without end); ~50,000 short strings are a few MB.
 */
const stems = new Map<string, string>();
const STEM_MEMO_LIMIT = 50_000;

/** The stem of one lower-case word without hyphens (possessive dropped, numbers without separators). */
export function stemEnglish(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= STEM_MEMO_LIMIT) stems.clear();
    stems.set(word, (stem = stemUncached(word)));
  }
  return stem;
}

function stemUncached(word: string): string {
  const w = word.replace(/['’]s$|['’]$/u, "").replace(/['’]/gu, "");
  if (NUMBER.test(w)) return w.replace(/,(?=\d{3}\b)/g, "").replace(/\.$/, "");
  // Ordinals written in digits are their number (17th → 17).
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (ordinal) return ordinal[1]!;
  return stemWord(w);
}

/** A word as written, its terms (the stem, or a hyphenated word's parts and joined form) and whether it is a stop word. */
export interface EnglishWord {
  readonly word: string;
  readonly terms: readonly string[];
  readonly stop: boolean;
}

/** The words of English text, in order, each with its terms. */
export function englishWords(text: string): EnglishWord[] {
  const out: EnglishWord[] = [];
  const lower = text.normalize("NFKC").toLowerCase();
  for (const m of lower.matchAll(WORD)) {
    let raw = m[0];
    // A sentence's full stop or a list's comma ends the word ("in 2023." / "Astana, Kazakhstan").
    raw = raw.replace(/[.,]+$/u, "");
    if (!raw) continue;
    if (JAPANESE.test(raw)) {
      out.push({ word: raw, terms: analyze(raw), stop: false });
      continue;
    }
    if (NUMBER.test(raw)) {
      out.push({ word: raw, terms: [ENGLISH_PREFIX + stemEnglish(raw)], stop: false });
      continue;
    }
    // Letters joined by dots or commas without spaces (U.S., e.g.) are one word; hyphens and dashes split.
    const parts = raw.split(/[\-‐‑–]/u).filter(Boolean);
    const words = parts
      .flatMap((p) => (/[.,]/.test(p) && !NUMBER.test(p) ? [p.replace(/[.,]/g, "")] : [p]))
      .filter(Boolean);
    const terms = words.map((w) => ENGLISH_PREFIX + stemEnglish(w));
    if (words.length > 1) terms.push(ENGLISH_PREFIX + stemEnglish(words.join("")));
    out.push({ word: raw, terms, stop: words.length === 1 && STOP_WORDS.has(words[0]!) });
  }
  return out;
}

/** Terms of English text for the keyword index and the hashed embedder: its words' terms in order, then its dates' keys. */
export function analyzeEnglish(text: string): string[] {
  const out: string[] = [];
  for (const w of englishWords(text)) for (const t of w.terms) out.push(t);
  for (const key of dateKeys(text)) out.push(dateTerm(key));
  return out;
}
