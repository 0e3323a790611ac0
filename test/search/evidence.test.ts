import { describe, expect, it } from "vitest";
import { buildKeywordIndex, KeywordIndex, termWeights } from "../../src/index/keyword/keyword-index.js";
import {
  bigramCodes,
  charShingles,
  containedShare,
  containment,
  PhraseTable,
  phraseShingles,
  QuestionPhrases,
  shingleForm,
  shingles,
} from "../../src/search/shingles.js";
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
  // The sets as strings: what the codes and tables stand for.
  const bigramsOf = (text: string): Set<string> => charShingles(text, 2);
  const share = (part: Set<string>, whole: Set<string>): number =>
    part.size === 0 ? 0 : [...part].filter((x) => whole.has(x)).length / part.size;
  const decoded = (codes: Uint32Array): string[] => [...codes].map((c) => String.fromCharCode(c >>> 16, c & 0xffff));
  const texts = [
    "アスタナで会議が開かれ、6か国の首脳が永久善隣友好協力条約に署名した。市民も歓迎した。",
    "6か国の首脳が永久善隣友好協力条約に署名した。",
    "Ａb、 c。ＡＢｃ abab",
    "天然ガスの協議は天然ガスの価格で揉めた",
    "短",
    "",
    "𠮷野家で𠮷野家の話",
  ];

  it("makes character n-grams after NFKC, lower-casing and removing spaces and punctuation", () => {
    expect([...charShingles("Ａb、 c。", 2)]).toEqual(["ab", "bc"]);
    expect(decoded(shingles("中国と"))).toEqual(["中国", "国と"]);
    expect([...phraseShingles("中央アジア")]).toEqual(["中央アジ", "央アジア"]);
    expect(charShingles("短", 2).size).toBe(0);
    expect(shingles("短").length).toBe(0);
  });

  it("codes a text's bigrams as the same set as its bigram strings, sorted and each once", () => {
    for (const text of texts) {
      const codes = bigramCodes(shingleForm(text));
      expect(new Set(decoded(codes))).toEqual(bigramsOf(text));
      expect(codes.length).toBe(bigramsOf(text).size);
      expect([...codes]).toEqual([...codes].sort((a, b) => a - b));
    }
  });

  it("measures containment on the smaller set, so a sentence repeated inside a longer paragraph is contained fully", () => {
    const sentence = shingles("6か国の首脳が永久善隣友好協力条約に署名した。");
    const paragraph = shingles("アスタナで会議が開かれ、6か国の首脳が永久善隣友好協力条約に署名した。市民も歓迎した。");
    expect(containment(sentence, paragraph)).toBe(1);
    expect(containment(paragraph, sentence)).toBe(1);
    expect(containment(shingles("天然ガスの協議"), shingles("鉄道の建設を急ぐ"))).toBeLessThan(0.2);
    expect(containment(new Uint32Array(0), paragraph)).toBe(0);
  });

  it("containedShare and containment are those of the bigram string sets", () => {
    for (const a of texts) {
      for (const b of texts) {
        const [x, y] = [bigramsOf(a), bigramsOf(b)];
        expect(containedShare(shingles(a), shingles(b))).toBe(share(x, y));
        expect(containment(shingles(a), shingles(b))).toBe(x.size <= y.size ? share(x, y) : share(y, x));
      }
    }
  });

  it("finds a question's phrases in a passage's phrase table exactly when they are among its 4-character slices", () => {
    const questions = ["6か国の首脳が署名した条約は", "天然ガスの価格", "ＡＢＣabab", "𠮷野家の話", "短い", ""];
    for (const text of texts) {
      const table = new PhraseTable(shingleForm(text));
      for (const question of questions) {
        expect(table.share(new QuestionPhrases(question))).toBe(share(phraseShingles(question), phraseShingles(text)));
      }
    }
    expect(new QuestionPhrases("短い").size).toBe(0);
  });

  it("keeps a phrase table exact when many phrases land in the same slots (a long text of few characters)", () => {
    const text = Array.from({ length: 3000 }, (_, i) => "あいうえお"[(i * i + 3 * i) % 5]).join("");
    const table = new PhraseTable(text);
    const question = "あいうあいえおあおおいうえあ";
    expect(table.share(new QuestionPhrases(question))).toBe(share(phraseShingles(question), phraseShingles(text)));
  });
});
