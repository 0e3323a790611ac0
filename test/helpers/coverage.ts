import type { KeywordIndex } from "../../src/index/keyword/keyword-index.js";
import type { WeightedTerms } from "../../src/search/shingles.js";

/** The reference the keyword index's own coverageOf is checked against (it was search/evidence's). */
/*
 * How much of the question's information a text contains: the idf mass of the question's terms
 * that occur in the text, over the idf mass of all of them (terms the corpus has never seen
 * count at full rarity). This is the evidence behind "answerable": an off-topic question
 * shares only common terms with every paragraph. The query's weights are computed once, for
 * many texts.
 */
export function coverageOf(query: WeightedTerms, keyword: KeywordIndex): (textTerms: ReadonlySet<string>) => number {
  const weighted: Array<[string, number]> = [];
  let total = 0;
  for (const [term, weight] of query) {
    const w = keyword.idf(term) * Math.min(1, weight);
    weighted.push([term, w]);
    total += w;
  }
  return (textTerms) => {
    if (total <= 0) return 0;
    let found = 0;
    for (const [term, w] of weighted) if (textTerms.has(term)) found += w;
    return found / total;
  };
}
