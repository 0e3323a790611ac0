import { termWeights, type KeywordIndex } from "../index/keyword/keyword-index.js";
import { analyze } from "../text/analyzer.js";
import type { WeightedTerms } from "./shingles.js";
import type { QuestionSynonyms } from "./synonyms.js";

/*
 * How a question's synonyms (synonyms.ts) take part in retrieval: as extra search terms at a
 * lower weight than the question's own, and as partial credit towards a paragraph's support for
 * a question word the paragraph lacks but says otherwise. Neither makes a word required.
 */

/**
 * Weight of a synonym's terms in the keyword search, times its dictionary score, against 1 for
 * each of the question's own terms.
 */
export const SYNONYM_SEARCH_WEIGHT = 0.5;
/**
 * Share of a missing question word's idf mass a paragraph holding its synonym is credited with,
 * times the synonym's score: less than the word itself would count.
 */
export const SYNONYM_CREDIT = 0.5;

/** The character pairs of a word: a synonym's own terms (its single kanji say too little alone). */
function pairs(form: string): string[] {
  return analyze(form).filter((t) => [...t].length === 2);
}

/** The question's terms with its synonyms' added (none of the question's own weights change). */
export function withSynonyms(keyword: WeightedTerms, synonyms: readonly QuestionSynonyms[]): WeightedTerms {
  if (synonyms.length === 0) return keyword;
  const out = new Map(keyword);
  for (const { synonyms: forms } of synonyms)
    for (const { form, score } of forms)
      for (const t of pairs(form))
        if (!keyword.has(t)) out.set(t, Math.max(out.get(t) ?? 0, SYNONYM_SEARCH_WEIGHT * score));
  return out;
}

/**
 * The support a paragraph gains from holding synonyms of question words it lacks: for each such
 * word, the share of the question's idf mass (as KeywordIndex.coverageOf counts it) that the
 * paragraph misses of that word, times SYNONYM_CREDIT and the best held synonym's score.
 * Undefined when the question has no synonyms.
 */
export function synonymCredit(
  own: WeightedTerms,
  synonyms: readonly QuestionSynonyms[],
  keyword: KeywordIndex,
): ((passage: number) => number) | undefined {
  if (synonyms.length === 0) return undefined;
  const mass = (terms: WeightedTerms): number => {
    let m = 0;
    for (const [t, w] of terms) m += keyword.idf(t) * Math.min(1, w);
    return m;
  };
  const total = mass(own);
  if (!(total > 0)) return undefined;
  const words = synonyms.map(({ word, synonyms: forms }) => {
    const terms = new Map([...termWeights(analyze(word))].map(([t]) => [t, own.get(t) ?? 1] as const));
    return {
      share: mass(terms) / total,
      held: keyword.coverageOf(terms),
      forms: forms.map(({ form, score }) => ({ score, held: keyword.coverageOf(termWeights(pairs(form))) })),
    };
  });
  return (i) => {
    let credit = 0;
    for (const w of words) {
      const missing = 1 - w.held(i);
      if (missing <= 0) continue;
      const best = Math.max(0, ...w.forms.filter((f) => f.held(i) >= 1).map((f) => f.score));
      credit += SYNONYM_CREDIT * best * missing * w.share;
    }
    return credit;
  };
}
