import { describe, expect, it } from "vitest";
import { buildKeywordIndex, KeywordIndex, termWeights } from "../../src/index/keyword.js";
import { charShingles, containedShare, containment, phraseShingles, shingles } from "../../src/search/evidence.js";
import { coverageOf } from "../helpers/coverage.js";

// "common" is in every passage (low idf), "rare" in one (high idf).
const keyword = new KeywordIndex(buildKeywordIndex([["common", "rare"], ["common"], ["common", "mid"], ["mid"]]));

describe("coverageOf (the evidence behind answerable)", () => {
  it("is the idf mass of the question's terms found in the text over the mass of all of them", () => {
    const query = termWeights(["common", "rare", "unseen"]);
    const [c, r, u] = [keyword.idf("common"), keyword.idf("rare"), keyword.idf("unseen")];
    expect(coverageOf(query, keyword)(new Set(["common", "rare"]))).toBeCloseTo((c + r) / (c + r + u), 12);
    expect(coverageOf(query, keyword)(new Set(["common"]))).toBeCloseTo(c / (c + r + u), 12);
    expect(coverageOf(query, keyword)(new Set())).toBe(0);
  });

  it("counts a repeated query term once (weights are capped at 1) and is 0 for an empty question", () => {
    const once = coverageOf(termWeights(["rare", "mid"]), keyword)(new Set(["rare"]));
    const thrice = coverageOf(termWeights(["rare", "rare", "rare", "mid"]), keyword)(new Set(["rare"]));
    expect(thrice).toBeCloseTo(once, 12);
    expect(coverageOf(new Map(), keyword)(new Set(["rare"]))).toBe(0);
  });

  it("is low when a question shares only common terms with the text", () => {
    const query = termWeights(["common", "unseen"]);
    expect(coverageOf(query, keyword)(new Set(["common"]))).toBeLessThan(0.28);
  });
});

describe("shingles and containment (near-duplicates, copied phrases)", () => {
  it("makes character n-grams after NFKC, lower-casing and removing spaces and punctuation", () => {
    expect([...charShingles("Ａb、 c。", 2)]).toEqual(["ab", "bc"]);
    expect([...shingles("中国と")]).toEqual(["中国", "国と"]);
    expect([...phraseShingles("中央アジア")]).toEqual(["中央アジ", "央アジア"]);
    expect(charShingles("短", 2).size).toBe(0);
  });

  it("measures containment on the smaller set, so a sentence repeated inside a longer paragraph is contained fully", () => {
    const sentence = shingles("6か国の首脳が永久善隣友好協力条約に署名した。");
    const paragraph = shingles("アスタナで会議が開かれ、6か国の首脳が永久善隣友好協力条約に署名した。市民も歓迎した。");
    expect(containment(sentence, paragraph)).toBe(1);
    expect(containment(paragraph, sentence)).toBe(1);
    expect(containment(shingles("天然ガスの協議"), shingles("鉄道の建設を急ぐ"))).toBeLessThan(0.2);
    expect(containment(new Set(), paragraph)).toBe(0);
  });

  it("containedShare is the share of the first set found in the second", () => {
    expect(containedShare(new Set(["a", "b", "c", "d"]), new Set(["a", "b", "x"]))).toBe(0.5);
    expect(containedShare(new Set(), new Set(["a"]))).toBe(0);
  });
});
