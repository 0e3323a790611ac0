import { describe, expect, it } from "vitest";
import { buildVocabulary } from "../../src/translate/index.js";
import { PASSAGES } from "./fixture.js";

const vocab = buildVocabulary(PASSAGES);

describe("buildVocabulary", () => {
  it("knows which strings occur in the passages", () => {
    expect(vocab.has("貿易戦争")).toBe(true);
    expect(vocab.has("空軍")).toBe(true);
    expect(vocab.has("陸軍")).toBe(false);
    expect(vocab.has("")).toBe(false);
  });

  it("compares after NFKC and ignores middle dots", () => {
    expect(vocab.has("ＳＣＯ")).toBe(true);
    expect(vocab.has("カシムジョマルトトカエフ")).toBe(true);
  });

  it("collects katakana words with sound keys", () => {
    const words = vocab.katakana.map((k) => k.word);
    expect(words).toEqual(expect.arrayContaining(["トカエフ", "カシムジョマルト", "アスタナ"]));
  });

  it("harvests readings given in parentheses, whole and by part", () => {
    expect(vocab.readings.get("つゆ")).toEqual(["梅雨"]);
    expect(vocab.readings.get("おだのぶなが")).toEqual(["織田信長"]);
    expect(vocab.readings.get("のぶなが")).toEqual(["信長"]);
  });

  it("collects Latin-script words", () => {
    expect(vocab.latin.has("sco")).toBe(true);
  });

  it("accepts an empty corpus", () => {
    const empty = buildVocabulary([]);
    expect(empty.has("貿易")).toBe(false);
    expect(empty.katakana).toEqual([]);
  });
});
