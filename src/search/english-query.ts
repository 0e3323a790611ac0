import { termWeights } from "../index/keyword/keyword-index.js";
import { dateKeys } from "../text/dates.js";
import { dateTerm, ENGLISH_PREFIX, englishWords, isEnglishTerm, stemEnglish } from "../text/english.js";

/*
 * An English question asked of English paragraphs directly: its words as the English analyzer
 * indexes them (text/english.ts), weighted for a question. Question words and other stop words
 * weigh little rather than nothing, so a question made of them ("Who are The Who?") still finds
 * its phrase; the dates it names become the calendar keys both languages' dates share.
 */

/** Weight of a stop word in a question that has other words (in one made only of stop words they weigh fully). */
export const STOP_WORD_WEIGHT = 0.1;

/** Query terms of English text for English paragraphs. */
export function englishQueryTerms(question: string): Map<string, number> {
  const words = englishWords(question);
  const content = words.some((w) => !w.stop);
  const weights = new Map<string, number>();
  // English terms only: a Japanese run inside the question (a name in kanji) is the Japanese side's to search.
  for (const w of words) termWeights(w.terms.filter(isEnglishTerm), w.stop && content ? STOP_WORD_WEIGHT : 1, weights);
  termWeights(dateKeys(question).map(dateTerm), 1, weights);
  return weights;
}

/**
 * Terms for two adjacent words of an English question that the archive writes as one word
 * ("non violent" → nonviolent, "data base" → database): only those the archive holds (`holds`),
 * each at the weight of a word. The words' own terms stay, for paragraphs that write them apart.
 */
export function joinedWordTerms(question: string, holds: (term: string) => boolean): Map<string, number> {
  const words = englishWords(question);
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (a.stop || b.stop || !/^\p{L}+$/u.test(a.word) || !/^\p{L}+$/u.test(b.word)) continue;
    const term = ENGLISH_PREFIX + stemEnglish(a.word + b.word);
    if (holds(term)) out.set(term, 1);
  }
  return out;
}

/** Shortest beginning of a word that stands for its other forms in the answer stage's substring test. */
const MIN_SHARED = 4;

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/**
 * How an English word may be written in an English paragraph, for the answer stage's substring
 * test (match form, lower case): the word itself and the beginning it shares with its stem
 * (agreements → agreement, signed → sign, grammys → gramm), so that other forms of the word are
 * found too.
 */
export function englishForms(word: string): string[] {
  const w = word.normalize("NFKC").toLowerCase().trim();
  if (!w) return [];
  const out = new Set([w]);
  const parts = w.split(/\s+/);
  if (parts.length === 1) {
    const stem = stemEnglish(w.replace(/['’]s$/u, ""));
    // Where the stem changed the word's end (grammys → grammi), the part they share (gramm) also finds grammy.
    const shared = commonPrefix(w, stem);
    if (shared.length >= Math.min(stem.length, MIN_SHARED)) out.add(shared);
  } else {
    // A phrase's last word inflects (sister cities): its stem with the other words as written.
    const last = stemEnglish(parts[parts.length - 1]!);
    if (last.length >= 3 && parts[parts.length - 1]!.startsWith(last)) out.add([...parts.slice(0, -1), last].join(" "));
  }
  return [...out];
}
