/** A question's words the article says otherwise: the synonym table and how it takes part in retrieval (search/synonyms.ts, expansion.ts). */
import { describe, expect, it } from "vitest";
import { buildKeywordIndex, KeywordIndex, termWeights } from "../../src/index/keyword/keyword-index.js";
import { analyze } from "../../src/text/analyzer.js";
import { bundledSynonyms, SynonymTable } from "../../src/search/synonyms.js";
import { SYNONYM_SEARCH_WEIGHT, synonymCredit, withSynonyms } from "../../src/search/expansion.js";
import { defaultPlanner } from "../../src/search/plan.js";
import { PassageSet } from "../../src/search/passages.js";
import { supportFor } from "../../src/search/support.js";

const table = SynonymTable.parse(
  ["調印\t署名,0.74", "首脳\t主席,0.75", "首脳会談\t会議,0.6", "協力\t連携,0.73"].join("\n"),
);

describe("the synonym table", () => {
  it("finds the question's words it knows, the longer where two overlap", () => {
    const found = table.inQuestion("首脳会談で調印された条約は？");
    expect(found.map((f) => f.word)).toEqual(["首脳会談", "調印"]);
    expect(found[1]!.synonyms).toEqual([{ form: "署名", score: 0.74 }]);
  });

  it("leaves out a synonym the question already holds", () => {
    expect(table.inQuestion("協力と連携の違いは？")).toEqual([]);
  });

  it("reads no row from a malformed line", () => {
    expect(SynonymTable.parse("調印\n\t署名,0.7\n会議\t協議,2").size).toBe(0);
  });

  it("is built from the bundled dictionary and archive: 調印 is said 署名 in the articles", () => {
    const found = bundledSynonyms().inQuestion("第2回サミットで調印された条約は？");
    expect(found.find((f) => f.word === "調印")?.synonyms.map((s) => s.form)).toContain("署名");
  });

  it("is in a Japanese question's plan, and not in an English one's", () => {
    expect(defaultPlanner("条約はいつ調印されましたか").synonyms?.map((s) => s.word)).toContain("調印");
    expect(defaultPlanner("When was the treaty signed?").synonyms).toBeUndefined();
  });
});

describe("synonyms in retrieval", () => {
  const PARAGRAPHS = [
    "両国は条約に署名した。", // says 署名 where the question says 調印
    "両国は条約について話し合った。",
    "首都の人口は増えた。",
  ];
  const keyword = new KeywordIndex(buildKeywordIndex(PARAGRAPHS.map(analyze)));
  const own = termWeights(analyze("条約に調印したのは？"));
  const synonyms = table.inQuestion("条約に調印したのは？");

  it("searches the synonym's words at less than the question's own, leaving those as they were", () => {
    const terms = withSynonyms(own, synonyms);
    for (const [t, w] of own) expect(terms.get(t)).toBe(w);
    expect(terms.get("署名")).toBeCloseTo(SYNONYM_SEARCH_WEIGHT * 0.74);
    expect(keyword.search(terms, 3)[0]![0]).toBe(0);
  });

  it("credits a paragraph that says the missing word otherwise, less than the word itself would count", () => {
    const credit = synonymCredit(own, synonyms, keyword)!;
    const covered = keyword.coverageOf(own);
    expect(credit(0)).toBeGreaterThan(0);
    expect(credit(1)).toBe(0);
    // Less than the share it misses (what holding 調印 itself would add)…
    expect(credit(0)).toBeLessThan(1 - covered(0));
    // …and enough to put it above the paragraph that shares only the question's other words.
    expect(covered(0) + credit(0)).toBeGreaterThan(covered(1));
  });

  it("counts towards ranking support, not towards the topic bar, which reads the question's own words", () => {
    const passages = PARAGRAPHS.map((text, i) => ({ id: `a#${i + 1}`, docId: "a", n: i + 1, text, line: i + 1 }));
    const corpus = new PassageSet(passages, []);
    const plan = { ...defaultPlanner("条約に調印したのは？"), synonyms };
    const ranking = supportFor(plan, corpus, keyword);
    const bar = supportFor(plan, corpus, keyword, { trusted: true, credited: false });
    expect(ranking(0)).toBeGreaterThan(bar(0));
    expect(bar(0)).toBeCloseTo(keyword.coverageOf(plan.keyword)(0));
  });
});
