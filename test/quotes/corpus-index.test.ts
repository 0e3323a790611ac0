import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/types.js";
import { quoteCorpus } from "../../src/quotes/corpus-index.js";
import { normalizeText, normalizeWithMap } from "../../src/text/quote-form.js";

const passage = (id: string, text: string): Passage => ({
  id,
  docId: id.split("#")[0]!,
  n: Number(id.split("#")[1]),
  text,
  line: 1,
});

describe("the normal form without its map (used to index every paragraph)", () => {
  it("is the text of the normal form with its map, for every BMP character alone and after a kana", () => {
    const differing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch, `か${ch}`, `ｶ ${ch}x`])
        if (normalizeText(s) !== normalizeWithMap(s).text)
          differing.push(`U+${c.toString(16)} in ${JSON.stringify(s)}`);
    }
    expect(differing).toEqual([]);
  });

  it("is the text of the normal form with its map for mixed text: half-width kana, voicing marks, astral characters, lone surrogates", () => {
    for (const s of ["ＡＢ c　ｶﾞｷﾞ", "か\u3099 き \u309a", "𠮷野家の𩸽\ud800x", "ΣΑΣ Σ.", "『引用』—“quote”〜"]) {
      expect(normalizeText(s)).toBe(normalizeWithMap(s).text);
    }
  });
});

describe("the quote checker's paragraph index", () => {
  const passages = [
    passage("a#1", "中国と中央アジアの首脳会議が開かれた。"),
    passage("a#2", "首脳会議では経済協力が話し合われた。"),
    passage("b#1", "𠮷野家で食事をした。"),
    passage("c#1", "協"),
  ];

  it("ranks paragraphs by the bigrams they share with the quotation, and drops those under half the best", () => {
    const corpus = quoteCorpus(passages);
    expect(corpus.candidates(normalizeText("中央アジアの首脳会議"), 12)).toEqual([0]);
    expect(corpus.candidates(normalizeText("首脳会議が開かれた"), 12)).toEqual([0, 1]);
  });

  it("indexes bigrams of astral characters and a one-character paragraph", () => {
    const corpus = quoteCorpus(passages);
    expect(corpus.candidates(normalizeText("𠮷野家"), 12)).toEqual([2]);
    expect(corpus.candidates(normalizeText("協"), 12)).toEqual([3]);
  });

  it("links each paragraph to the next one of the same article", () => {
    expect(Array.from(quoteCorpus(passages).next)).toEqual([1, -1, -1, -1]);
  });
});
