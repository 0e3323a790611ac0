/** Keyword candidates of a question in an archive of two languages (search/side-hits.ts). */
import { describe, expect, it } from "vitest";
import { buildKeywordIndex, KeywordIndex, termWeights } from "../../src/index/keyword/keyword-index.js";
import { analyze } from "../../src/text/analyzer.js";
import { analyzeEnglish } from "../../src/text/english.js";
import { sideHits } from "../../src/search/side-hits.js";

const PARAGRAPHS = [
  // 0: Japanese, shares the question's everyday words but not its subject.
  "市場では野菜の価格が上がり、住民は首都の物価について話し合った。",
  // 1: English, holds the subject the question asks about.
  "The Treaty on Permanent Good-Neighbourliness was signed in Astana in 2025.",
  "Trade grew by a quarter in two years.",
  "首都の人口は増えた。",
];
const keyword = new KeywordIndex(
  buildKeywordIndex(PARAGRAPHS.map((p, i) => (i === 1 || i === 2 ? analyzeEnglish(p) : analyze(p)))),
);
// A Japanese question: many n-grams of its own, a few English words read through the dictionary.
const japanese = termWeights(analyze("首都で住民が話し合った条約は何について署名されたか"));
const english = termWeights(analyzeEnglish("treaty signed astana"));

describe("keyword candidates across two languages", () => {
  it("ranks by how much of each side's question a passage holds, not by which side has more terms", () => {
    const union = new Map(japanese);
    for (const [t, w] of english) union.set(t, (union.get(t) ?? 0) + w);
    // BM25 over the union favours the Japanese paragraph that shares only everyday n-grams…
    expect(keyword.search(union, 4)[0]![0]).toBe(0);
    // …each side on its own scale puts the English paragraph that holds the question's subject first.
    const hits = sideHits(
      keyword,
      [
        { terms: japanese, trust: 1 },
        { terms: english, trust: 1 },
      ],
      4,
    )!;
    expect(hits[0]![0]).toBe(1);
    expect(hits.map(([i]) => i)).toContain(0);
  });

  it("scales a side by its trust: a reading barely trusted ranks below the question's own language", () => {
    const hits = sideHits(
      keyword,
      [
        { terms: japanese, trust: 1 },
        { terms: english, trust: 0.05 },
      ],
      4,
    )!;
    expect(hits[0]![0]).toBe(0);
  });
});

describe("an archive of one language", () => {
  it("leaves the ranking to BM25 over the union when only one side finds anything", () => {
    const absent = termWeights(analyzeEnglish("zeppelin quartz"));
    expect(
      sideHits(
        keyword,
        [
          { terms: japanese, trust: 1 },
          { terms: absent, trust: 1 },
        ],
        4,
      ),
    ).toBeUndefined();
  });
});
