import { ENGLISH_PREFIX } from "../text/english.js";
import type { KeywordIndex } from "./keyword/keyword-index.js";

/*
 * Which languages an index holds, read off its terms: English paragraphs are indexed as `e:`
 * words (text/english.ts), Japanese ones as character n-grams and `w:` Latin words, so no
 * Japanese-side term contains the prefix. Opening asks this once; an archive without English
 * paragraphs plans and answers every question exactly as before English had an analysis.
 */

/** Whether any paragraph of the index was analysed as English. */
export function holdsEnglish(keyword: KeywordIndex): boolean {
  return keyword.data.termText.includes(ENGLISH_PREFIX);
}

/** The English side of an index: lookups, and its word terms (without the prefix; dates left out). */
export function englishTermsOf(keyword: KeywordIndex): { has(term: string): boolean; words(): Iterable<string> } {
  return {
    has: (term) => keyword.has(term),
    *words() {
      const { termText, termStarts } = keyword.data;
      for (let t = 0; t + 1 < termStarts.length; t++) {
        const start = termStarts[t]!;
        if (termText.startsWith(ENGLISH_PREFIX, start) && termText[start + ENGLISH_PREFIX.length] !== "#")
          yield termText.slice(start + ENGLISH_PREFIX.length, termStarts[t + 1]!);
      }
    },
  };
}
