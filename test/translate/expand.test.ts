import { describe, expect, it } from "vitest";
import { isMostlyEnglish } from "../../src/text/lang.js";
import { buildVocabulary } from "../../src/index/vocabulary.js";
import { expandQuery, type Expansion } from "../../src/translate/expand.js";
import { dictionary, PASSAGES } from "./fixture.js";

const vocab = buildVocabulary(PASSAGES);
const expand = (q: string, withVocab = true): Expansion => expandQuery(q, dictionary(), withVocab ? vocab : undefined);
const ja = (e: Expansion): string[] => e.terms.map((t) => t.ja);
const from = (e: Expansion, en: string): string[] =>
  e.terms.filter((t) => t.en.toLowerCase() === en.toLowerCase()).map((t) => t.ja);

describe("isMostlyEnglish", () => {
  it("is true for an English question", () => {
    expect(isMostlyEnglish("How much did trade between China and Central Asia grow?")).toBe(true);
  });

  it("stays true when an English question names something in Japanese", () => {
    expect(isMostlyEnglish("What did 習近平 say about the trade war?")).toBe(true);
  });

  it("is false for a Japanese question, even with a Latin acronym in it", () => {
    expect(isMostlyEnglish("SCOのサミットはどこで開かれますか？")).toBe(false);
    expect(isMostlyEnglish("過去2年間で中国と中央アジアの貿易はどのくらい増えましたか？")).toBe(false);
  });

  it("is false for other scripts, emoji and empty input", () => {
    expect(isMostlyEnglish("Какой город принимал саммит?")).toBe(false);
    expect(isMostlyEnglish("🎉🎉🎉")).toBe(false);
    expect(isMostlyEnglish("")).toBe(false);
    expect(isMostlyEnglish("2024")).toBe(false);
  });
});

describe("expandQuery: words", () => {
  it("translates content words and drops question words", () => {
    const e = expand("How much did trade between China and Central Asia grow?");
    expect(from(e, "trade")).toContain("貿易");
    expect(from(e, "China")).toContain("中国");
    expect(from(e, "Central Asia")).toContain("中央アジア");
    expect(e.terms.some((t) => ["how", "much", "did", "between"].includes(t.en.toLowerCase()))).toBe(false);
  });

  it("reads inflected forms through their base form (signed, agreements, countries)", () => {
    expect(from(expand("Which documents were signed?", false), "signed")).toEqual(expect.arrayContaining(["調印"]));
    expect(from(expand("What agreements were reached?", false), "agreements").length).toBeGreaterThan(0);
    expect(from(expand("Which countries took part?", false), "countries").length).toBeGreaterThan(0);
  });

  it("matches multi-word expressions before their words", () => {
    expect(from(expand("Who wins a trade war?"), "trade war")).toEqual(["貿易戦争"]);
    expect(from(expand("How many sister-city pairs are there?"), "sister city")).toEqual(["姉妹都市"]);
    expect(ja(expand("What is the Belt and Road?"))).toContain("一帯一路");
  });

  it("prefers translations the corpus actually uses", () => {
    const withCorpus = from(expand("What did the air force jets do at the welcome ceremony?"), "ceremony");
    expect(withCorpus).toContain("式典");
    expect(withCorpus).not.toContain("セレモニー");
  });

  it("gives every term a weight in (0, 1] and the English it came from", () => {
    const e = expand("How much grant aid did China pledge to Central Asian countries in 2025?");
    expect(e.terms.length).toBeGreaterThan(0);
    for (const t of e.terms) {
      expect(t.weight).toBeGreaterThan(0);
      expect(t.weight).toBeLessThanOrEqual(1);
      expect(t.en.length).toBeGreaterThan(0);
      expect(t.ja.length).toBeGreaterThan(0);
    }
  });

  it("lists content words nothing translates as unknown", () => {
    expect(expand("What about the flibbertigibbet?").unknown).toEqual(["flibbertigibbet"]);
  });

  it("finds words glossed in British spelling (meter → metre)", () => {
    expect(ja(expand("How long is a hectometer?", false))).toContain("ヘクトメートル");
  });
});

describe("expandQuery: names", () => {
  it("finds places and people in the name dictionary", () => {
    expect(from(expand("Where is Astana?"), "Astana")).toEqual(["アスタナ"]);
    expect(from(expand("What did Xi Jinping say?"), "Xi Jinping")).toEqual(["習近平"]);
    expect(from(expand("Where is Tianjin?"), "Tianjin")).toEqual(["天津"]);
    expect(ja(expand("What happened in Xi'an?"))).toContain("西安");
  });

  it("matches a name no dictionary has with the corpus's katakana by sound", () => {
    expect(from(expand("What did Tokayev say?"), "Tokayev")).toEqual(["トカエフ"]);
    expect(ja(expand("Who is Kassym-Jomart Tokayev?"))).toEqual(
      expect.arrayContaining(["カシムジョマルト", "トカエフ"]),
    );
  });

  it("spells Chinese names given in pinyin in the kanji the corpus uses", () => {
    const e = expand("Did Wang Yi and Cai Qi attend?");
    expect(ja(e)).toEqual(expect.arrayContaining(["王毅", "蔡奇"]));
  });

  it("finds the kanji of a romanised Japanese word from a reading the corpus gives", () => {
    expect(ja(expand("When does tsuyu start?"))).toContain("梅雨");
    expect(ja(expand("Who was Oda Nobunaga?"))).toContain("織田信長");
  });

  it("finds the surname of a Chinese leader named alone", () => {
    expect(ja(expand("What did President Xi propose?"))).toEqual(expect.arrayContaining(["習"]));
  });

  it("passes an acronym the passages use through as written", () => {
    expect(ja(expand("Where will the SCO summit be held?"))).toContain("SCO");
  });
});

describe("expandQuery: numbers and dates", () => {
  it.each([
    ["What happened in 2024?", "2024年"],
    ["What happened on June 17?", "6月17日"],
    ["What happened on 17 June 2025?", "6月17日"],
    ["Who pledged 1.5 billion yuan?", "15億元"],
    ["What grew by 35%?", "35%"],
    ["What grew by 35 percent?", "35%"],
    ["What happened over the past two years?", "2年"],
    ["Where was the second summit held?", "第2回"],
    ["What changed in the 1990s?", "1990年代"],
    ["How many people, 1.2 million?", "120万"],
    ["Were 3000 people trained?", "3,000人"],
  ])("%s → %s", (q, expected) => {
    expect(ja(expand(q, false))).toContain(expected);
  });
});

describe("expandQuery: mixed and bad input", () => {
  it("passes the Japanese part of a mixed question through at full weight", () => {
    const e = expand("What did トカエフ say about the trade war?");
    expect(e.terms).toContainEqual({ ja: "トカエフ", weight: 1, en: "トカエフ" });
    expect(ja(e)).toContain("貿易戦争");
  });

  it("copes with emoji, other scripts, a single word and long pasted text without throwing", () => {
    expect(expand("🎉🎉").terms).toEqual([]);
    expect(expand("Какой город?").terms).toEqual([]);
    expect(expand("").terms).toEqual([]);
    expect(ja(expand("trade"))).toContain("貿易");
    const long = "The summit discussed trade and energy cooperation. ".repeat(2000);
    const e = expand(long);
    expect(e.terms.length).toBeLessThanOrEqual(48);
    expect(ja(e)).toContain("貿易");
  });

  it("works without a vocabulary, keeping the dictionary's best few", () => {
    const e = expand("Which agreements did Xi Jinping sign in Astana?", false);
    expect(ja(e)).toEqual(expect.arrayContaining(["習近平", "アスタナ"]));
    const perWord = new Map<string, number>();
    for (const t of e.terms) perWord.set(t.en, (perWord.get(t.en) ?? 0) + 1);
    for (const n of perWord.values()) expect(n).toBeLessThanOrEqual(3);
  });
});

describe("isMostlyEnglish: Japanese grammar", () => {
  it("treats a question ending in Japanese grammar as Japanese, even around a Latin name", () => {
    expect(isMostlyEnglish("Oncorhynchus ketaを日本語で？")).toBe(false);
    expect(isMostlyEnglish("What is the meaning of 「共に未来を築く共同体」?")).toBe(true);
  });
});

describe("expandQuery: spellings the corpus uses", () => {
  it("reads a romanised Japanese word through the readings of its kanji", () => {
    expect(ja(expand("Why was the era name Kanpo rejected?"))).toContain("寛保");
  });

  it("undoes gemination between readings (Gekkan = getsu + kan → 月刊)", () => {
    expect(ja(expand("Who publishes Gekkan Gakushu?"))).toContain("月刊学習");
  });

  it("switches to the corpus's okurigana spelling of a translation", () => {
    expect(ja(expand("Why are embedded systems spreading?"))).toContain("組込みシステム");
  });
});
