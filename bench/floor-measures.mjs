// Measures a support floor could rest on, compared by bench/floor-study.mjs on the study folds.
import { join } from "node:path";

export async function measures(root, data) {
  const dist = (p) => import(join(root, "dist", p));
  const { termWeights } = await dist("index/keyword/keyword-index.js");
  const { analyze } = await dist("text/analyzer.js");
  const { analyzeJapanese } = await dist("search/answer/question-analysis.js");
  const kw = data.keyword;
  return {
    // The floor as it is: the idf share of the question's n-grams (search/support.ts).
    support: (plan) => kw.coverageOf(plan.keyword),
    // The idf share of the analysis's units' n-grams, each weighted by its importance (a verb stem less).
    units: (plan, q) => {
      const w = new Map();
      for (const u of (plan.analysis ?? analyzeJapanese(q)).units)
        for (const [t, x] of termWeights(analyze(u.label))) w.set(t, Math.max(w.get(t) ?? 0, x * u.importance));
      return kw.coverageOf(w);
    },
    // The question's n-grams without those holding kana or punctuation: its kanji, katakana and Latin words only.
    noKana: (plan) => kw.coverageOf(new Map([...plan.keyword].filter(([t]) => !/[\p{Script=Hiragana}]/u.test(t)))),
    // …and a verb stem's kanji (a unit of importance below 1) at its importance.
    noKanaUnits: (plan, q) => {
      const w = new Map([...plan.keyword].filter(([t]) => !/[\p{Script=Hiragana}]/u.test(t)));
      for (const u of (plan.analysis ?? analyzeJapanese(q)).units)
        if (u.importance < 1)
          for (const [t] of termWeights(analyze(u.label))) if (w.has(t)) w.set(t, Math.min(1, w.get(t)) * u.importance);
      return kw.coverageOf(w);
    },
  };
}
