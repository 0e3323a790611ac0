/**
 * The query planner the offline translation is meant to plug into (docs/translate.md): English
 * questions are searched with their weighted Japanese terms, others as they are.
 */
import { termWeights } from "../src/index/keyword.js";
import { defaultPlanner, type QueryPlan, type QueryPlanner } from "../src/search/retriever.js";
import { analyze } from "../src/text/analyzer.js";
import { expandQuery, isMostlyEnglish, type Dictionary, type Vocabulary } from "../src/translate/index.js";

export function translatingPlanner(dict: Dictionary, vocab: Vocabulary): QueryPlanner {
  return (question: string): QueryPlan => {
    if (!isMostlyEnglish(question)) return defaultPlanner(question);
    const { terms } = expandQuery(question, dict, vocab);
    const keyword = new Map<string, number>();
    for (const t of terms) termWeights(analyze(t.ja), t.weight, keyword);
    return {
      lang: "en",
      keyword,
      vectorText: terms.map((t) => t.ja).join(" "),
      glosses: new Map(terms.map((t) => [t.ja, t.en])),
    };
  };
}
