/** The topic bar for a paragraph that continues the one before it (search/continued.ts). */
import { describe, expect, it } from "vitest";
import { buildKeywordIndex, KeywordIndex } from "../../src/index/keyword/keyword-index.js";
import { analyze } from "../../src/text/analyzer.js";
import { continuesTheOneBefore, opensByReferringBack, withContinuedParagraphs } from "../../src/search/continued.js";
import { PassageSet } from "../../src/search/passages.js";
import { defaultPlanner } from "../../src/search/plan.js";
import { supportFor } from "../../src/search/support.js";

const texts = [
  "習主席はトカエフ大統領との会談で、両国の協力を強調しました。", // names the talks and the speaker
  "そのうえで、次の分野を重点として挙げました。\n- 接続性\n- グリーン開発", // the list, continuing it
  "重点分野として、別の記事は観光を挙げました。", // a paragraph of its own
];
const passages = texts.map((text, i) => ({ id: `a#${i + 1}`, docId: i < 2 ? "a" : "b", n: i + 1, text, line: i + 1 }));
// No article metadata: a passage's article id stands in for its title (PassageSet.titled).
const corpus = new PassageSet(passages, []);
const keyword = new KeywordIndex(buildKeywordIndex(texts.map(analyze)));

describe("a paragraph that continues the one before it", () => {
  it("is told by its opening: a connective, a demonstrative or an ordinal", () => {
    expect(opensByReferringBack("そのうえで、次の分野を重点として挙げました。")).toBe(true);
    expect(opensByReferringBack("第二に、協力の枠組みを最適化する。")).toBe(true);
    expect(opensByReferringBack("習主席は会談で述べました。")).toBe(false);
  });

  it("is a list whose lead-in refers back, not prose that opens with a demonstrative", () => {
    expect(continuesTheOneBefore("そのうえで、次の分野を重点として挙げました。\n- 接続性")).toBe(true);
    expect(continuesTheOneBefore("この町は川沿いにある。")).toBe(false);
    expect(continuesTheOneBefore("重点分野は次の通り。\n- 接続性")).toBe(false);
  });

  it("holds, for the topic bar, what it and the paragraph before it hold together", () => {
    const plan = defaultPlanner("会談で習主席が重点分野として挙げたのは？");
    const support = supportFor(plan, corpus, keyword);
    const topical = withContinuedParagraphs(support, plan, corpus, keyword);
    expect(topical(1)).toBeGreaterThan(support(1));
    // A paragraph that opens on its own, or the first of its article, is measured alone.
    expect(topical(2)).toBe(support(2));
    expect(topical(0)).toBe(support(0));
  });

  it("leaves an English plan measured across two languages as it was", () => {
    const english = defaultPlanner("Which fields did Xi name?");
    const plan = { ...english, sides: [{ terms: english.keyword, trust: 1 }] };
    const support = supportFor(plan, corpus, keyword);
    expect(withContinuedParagraphs(support, plan, corpus, keyword)).toBe(support);
  });
});
