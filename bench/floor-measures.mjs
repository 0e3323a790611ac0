// Measures a support floor could rest on, compared by bench/floor-study.mjs on the study folds.
import { join } from "node:path";

const KANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const KANA_JOIN = /^(?:\p{Script=Hiragana}[^\p{Script=Hiragana}]|[^\p{Script=Hiragana}]\p{Script=Hiragana})$/u;
const REFERS_BACK =
  /^(?:-\s*)?(?:そのうえで|その上で|具体的には|この|その|これ|それ|こうした|そうした|第[二三四五六七八九十2-9]に|また、|さらに|一方|これに対し)/u;

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
    // Support without the n-grams the archive never holds that are kana only (casual endings: ってる, んでしょう).
    unseenKana: (plan) => kw.coverageOf(new Map([...plan.keyword].filter(([t]) => kw.has(t) || !KANA_ONLY.test(t)))),
    // …at a share of their weight.
    ...Object.fromEntries(
      [0.25, 0.5, 0.75].map((share) => [
        `unseenKana${share}`,
        (plan) =>
          kw.coverageOf(
            new Map(
              [...plan.keyword].map(([t, w]) => [t, kw.has(t) || !KANA_ONLY.test(t) ? w : Math.min(1, w) * share]),
            ),
          ),
      ]),
    ),
    // …nor those that join kana to a kanji or katakana (the word's own n-grams stay: 書か, に書 go).
    unseenJoins: (plan) =>
      kw.coverageOf(new Map([...plan.keyword].filter(([t]) => kw.has(t) || !(KANA_ONLY.test(t) || KANA_JOIN.test(t))))),
    // Support, and for a paragraph that opens by referring back (そのうえで, 具体的には, この…, 第二に), the
    // terms of the paragraph before it in the same article count as its own.
    withPrevious: (plan) => {
      const own = kw.coverageOf(plan.keyword);
      const terms = [...plan.keyword].map(([t, w]) => ({
        held: kw.coverageOf(new Map([[t, w]])),
        mass: kw.idf(t) * Math.min(1, w),
      }));
      const total = terms.reduce((m, t) => m + t.mass, 0);
      return (i) => {
        const p = data.passages[i];
        const prev = data.passages[i - 1];
        if (!prev || prev.docId !== p.docId || !REFERS_BACK.test(p.text)) return own(i);
        let found = 0;
        for (const t of terms) if (t.held(i) > 0 || t.held(i - 1) > 0) found += t.mass;
        return found / total;
      };
    },
    // The question's n-grams, a verb stem's or a word of asking's (a unit of importance below 1) at its importance.
    importance: (plan, q) => {
      const w = new Map(plan.keyword);
      for (const u of (plan.analysis ?? analyzeJapanese(q)).units)
        if (u.importance < 1)
          for (const [t] of termWeights(analyze(u.label)))
            if (w.has(t)) w.set(t, Math.min(1, w.get(t)) * Math.max(0.05, u.importance));
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
