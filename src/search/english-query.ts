import { termWeights } from "../index/keyword.js";
import { dateKeys } from "../text/dates.js";
import { dateTerm, englishWords, stemEnglish } from "../text/english.js";

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
  for (const w of words) termWeights(w.terms, w.stop && content ? STOP_WORD_WEIGHT : 1, weights);
  termWeights(dateKeys(question).map(dateTerm), 1, weights);
  return weights;
}

/**
 * How an English word may be written in an English paragraph, for the answer stage's substring
 * test (match form, lower case): the word itself and its stem where the stem is how the word
 * begins (agreements → agreement, signed → sign; not happi for happy), so that other forms of the
 * word are found too.
 */
export function englishForms(word: string): string[] {
  const w = word.normalize("NFKC").toLowerCase().trim();
  if (!w) return [];
  const out = new Set([w]);
  const parts = w.split(/\s+/);
  if (parts.length === 1) {
    const stem = stemEnglish(w.replace(/['’]s$/u, ""));
    if (stem.length >= 3 && w.startsWith(stem)) out.add(stem);
  } else {
    // A phrase's last word inflects (sister cities): its stem with the other words as written.
    const last = stemEnglish(parts[parts.length - 1]!);
    if (last.length >= 3 && parts[parts.length - 1]!.startsWith(last)) out.add([...parts.slice(0, -1), last].join(" "));
  }
  return [...out];
}
