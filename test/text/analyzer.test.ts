import { describe, expect, it } from "vitest";
import { analyze, stemLatin } from "../../src/text/analyzer.js";
import { normalize } from "../../src/text/normalize.js";

describe("normalize", () => {
  it("folds full-width forms (NFKC), case and runs of white space", () => {
    expect(normalize("  ＡＢＣ　ｄｅｆ\n\tＧhi ")).toBe("abc def ghi");
    expect(normalize("ｶﾀｶﾅ①")).toBe("カタカナ1");
  });
});

describe("analyze", () => {
  it("turns a Japanese run into its characters, then its character bigrams", () => {
    expect(analyze("貿易額")).toEqual(["貿", "易", "額", "貿易", "易額"]);
  });

  it("keeps digits inside Japanese runs, so 「5月」 is one bigram", () => {
    expect(analyze("5月の")).toEqual(["5", "月", "の", "5月", "月の"]);
    expect(analyze("2025年")).toContain("5年");
  });

  it("applies NFKC first: full-width digits and half-width katakana match their ordinary forms", () => {
    expect(analyze("５月")).toEqual(analyze("5月"));
    expect(analyze("ｻﾐｯﾄ")).toEqual(analyze("サミット"));
  });

  it("splits at punctuation and spaces: no n-gram spans two runs", () => {
    expect(analyze("中国、日本")).toEqual(["中", "国", "中国", "日", "本", "日本"]);
  });

  it("makes Latin words whole, lower-cased and lightly stemmed terms", () => {
    expect(analyze("Agreements between the Parties' CITIES")).toEqual([
      "w:agreement",
      "w:between",
      "w:the",
      "w:party",
      "w:city",
    ]);
    expect(analyze("ＧＡＳ Pipelines")).toEqual(["w:gas", "w:pipeline"]);
  });

  it("separates a Latin word from the Japanese run after it", () => {
    expect(analyze("G7サミット")).toEqual(["w:g7", "サ", "ミ", "ッ", "ト", "サミ", "ミッ", "ット"]);
  });

  it("returns nothing for text without letters or digits", () => {
    expect(analyze("、。！？ 「」")).toEqual([]);
    expect(analyze("")).toEqual([]);
  });
});

describe("stemLatin", () => {
  it("folds plurals but leaves short words, numbers and -ss/-us/-is endings alone", () => {
    expect(
      ["agreements", "cities", "classes", "gas", "bus", "status", "analysis", "press", "2025"].map(stemLatin),
    ).toEqual(["agreement", "city", "class", "gas", "bus", "status", "analysis", "press", "2025"]);
  });
});
