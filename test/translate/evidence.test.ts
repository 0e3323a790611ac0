import { describe, expect, it } from "vitest";
import { buildVocabulary } from "../../src/index/vocabulary.js";
import { expandQuery, type Expansion } from "../../src/translate/expand.js";
import { translationEvidenceOf } from "../../src/translate/evidence.js";
import { dictionary, PASSAGES } from "./fixture.js";

const vocab = buildVocabulary(PASSAGES);
const AIR_FORCE = PASSAGES[1]!;

describe("translationEvidenceOf", () => {
  it("is high for the passage that answers an English question", () => {
    const e = expandQuery("What did the Kazakh air force jets do at the welcome ceremony?", dictionary(), vocab);
    expect(translationEvidenceOf(e, vocab)(AIR_FORCE)).toBeGreaterThan(0.6);
  });

  it("is low for an off-topic question whose words the corpus never uses", () => {
    const e = expandQuery("How many moons does Jupiter have?", dictionary(), vocab);
    expect(translationEvidenceOf(e, vocab)(AIR_FORCE)).toBeLessThan(0.3);
  });

  it("counts a word once however many of its alternative translations match", () => {
    const one: Expansion = {
      terms: [
        { ja: "式典", weight: 1, en: "ceremony" },
        { ja: "空軍", weight: 1, en: "air force" },
      ],
      unknown: [],
    };
    const two: Expansion = { terms: [...one.terms, { ja: "儀式", weight: 0.5, en: "ceremony" }], unknown: [] };
    expect(translationEvidenceOf(two)(AIR_FORCE)).toBeCloseTo(translationEvidenceOf(one)(AIR_FORCE));
    expect(translationEvidenceOf(one)(AIR_FORCE)).toBeCloseTo(1);
  });

  it("counts untranslated words against the passage", () => {
    const e: Expansion = { terms: [{ ja: "空軍", weight: 1, en: "air force" }], unknown: ["flibbertigibbet"] };
    expect(translationEvidenceOf(e)(AIR_FORCE)).toBeCloseTo(1 / 1.5);
  });

  it("gives half credit to a kanji compound most of whose characters pairs are in the passage", () => {
    const e: Expansion = { terms: [{ ja: "基本的", weight: 1, en: "basic" }], unknown: [] };
    expect(translationEvidenceOf(e)("天体暦は基本暦と視天体暦に分けられる。")).toBeCloseTo(0.5);
  });

  it("is 0 for an empty expansion", () => {
    expect(translationEvidenceOf({ terms: [], unknown: [] })(AIR_FORCE)).toBe(0);
  });
});
