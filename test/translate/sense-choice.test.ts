import { describe, expect, it } from "vitest";
import { buildVocabulary } from "../../src/index/vocabulary.js";
import { expandQuery } from "../../src/translate/expand.js";
import { heldVariant, katakanaVariants } from "../../src/translate/katakana-variants.js";
import { heldVerbStem, verbStems } from "../../src/translate/verb-forms.js";
import { dictionary, PASSAGES } from "./fixture.js";

const vocab = buildVocabulary(PASSAGES);
const weightOf = (q: string, en: string): number =>
  Math.max(
    0,
    ...expandQuery(q, dictionary(), vocab)
      .terms.filter((t) => t.en === en)
      .map((t) => t.weight),
  );

describe("katakanaVariants", () => {
  it("drops long-vowel marks and small tsu, and a people's or language's 人, 語, 族", () => {
    expect(katakanaVariants("カザーフ")).toContain("カザフ");
    expect(katakanaVariants("ウズベック")).toContain("ウズベク");
    expect(katakanaVariants("カザフ語")).toContain("カザフ");
  });

  it("leaves words that are not katakana, and stems too short to be a name, alone", () => {
    expect(katakanaVariants("宗教")).toEqual([]);
    expect(katakanaVariants("ドイツ語")).not.toContain("ドイ");
    expect(katakanaVariants("タイ語")).toEqual([]);
  });

  it("finds the archive's spelling when the dictionary's is another", () => {
    const held = (s: string): boolean => vocab.has(s);
    expect(heldVariant("カザーフ", held)).toBe("カザフ");
    expect(heldVariant("ペルシャ", held)).toBeUndefined();
  });
});

describe("expandQuery: words the archive lacks", () => {
  it("keeps a demonym the archive spells as its country's stem (Kazakh → カザフ)", () => {
    const terms = expandQuery("What did the Kazakh side welcome?", dictionary(), vocab).terms;
    expect(terms.filter((t) => t.en === "Kazakh").map((t) => t.ja)).toContain("カザフ");
  });

  it("does not let a variant displace a sense the archive holds as written (Kazakhstan → カザフスタン first)", () => {
    const terms = expandQuery("How many companies operate in Kazakhstan?", dictionary(), vocab).terms;
    expect(terms.find((t) => t.en === "Kazakhstan")?.ja).toBe("カザフスタン");
  });
});

describe("expandQuery: words that name the source or the saying", () => {
  it("leaves a light word untranslated in its other forms too (says, mentions), and the piece or story named", () => {
    const x = expandQuery("What does the Kazakh voices piece says Astana mentions about trade?", dictionary(), vocab);
    const english = new Set([...x.terms.map((t) => t.en.toLowerCase()), ...x.unknown.map((w) => w.toLowerCase())]);
    expect(english.has("says")).toBe(false);
    expect(english.has("mentions")).toBe(false);
    expect(english.has("piece")).toBe(false);
    expect(english.has("trade")).toBe(true);
  });
});

describe("verbStems", () => {
  it("gives an ichidan verb's stem and a godan verb's stems", () => {
    expect(verbStems("植える")).toContain("植え");
    expect(verbStems("開く")).toEqual(expect.arrayContaining(["開か", "開き", "開い"]));
    expect(verbStems("述べる")).toContain("述べ");
  });

  it("gives nothing for a noun, a kana word, or a stem of one character", () => {
    expect(verbStems("宗教")).toEqual([]);
    expect(verbStems("いる")).toEqual([]);
    expect(verbStems("見る")).not.toContain("見");
  });

  it("finds a verb the archive writes inflected (植えた for 植える)", () => {
    const held = (s: string): boolean => buildVocabulary(["西安で一緒に植えた6本のザクロの木"]).has(s);
    expect(heldVerbStem("植える", held)).toBe("植え");
    expect(heldVerbStem("蒔く", held)).toBeUndefined();
  });
});
