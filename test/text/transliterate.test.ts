import { describe, expect, it } from "vitest";
import {
  foldReading,
  kanaSoundKey,
  kanaToRomaji,
  pinyinSplits,
  romajiToHiragana,
  soundDistance,
  soundKey,
} from "../../src/text/transliterate.js";

describe("kanaToRomaji", () => {
  it.each([
    ["トカエフ", "tokaefu"],
    ["カシムジョマルト", "kashimujomaruto"],
    ["キルギス", "kirugisu"],
    ["ティエンジン", "tienjin"],
    ["ヴィクトリア", "vikutoria"],
    ["ゲッティ", "getti"],
    ["おだのぶなが", "odanobunaga"],
  ])("%s → %s", (kana, romaji) => {
    expect(kanaToRomaji(kana)).toBe(romaji);
  });
});

describe("sound matching", () => {
  it("puts a Russian-style name close to its katakana", () => {
    expect(soundDistance(soundKey("Tokayev"), kanaSoundKey("トカエフ"))).toBeLessThan(0.25);
    expect(soundDistance(soundKey("Kassymjomart"), kanaSoundKey("カシムジョマルト"))).toBeLessThan(0.25);
    expect(soundDistance(soundKey("Mirziyoyev"), kanaSoundKey("ミルジヨエフ"))).toBeLessThan(0.3);
  });

  it("reads a final -er as the katakana long vowel and drops a silent h (Mahler → マーラー)", () => {
    expect(soundDistance(soundKey("Mahler"), kanaSoundKey("マーラー"))).toBeLessThan(0.1);
    expect(soundDistance(soundKey("Hoover"), kanaSoundKey("フーバー"))).toBeLessThan(0.2);
  });

  it("keeps different names apart", () => {
    expect(soundDistance(soundKey("Tokayev"), kanaSoundKey("アスタナ"))).toBeGreaterThan(0.5);
    expect(soundDistance(soundKey("Kanpo"), kanaSoundKey("キャンペーン"))).toBeGreaterThan(0.2);
  });

  it("folds kana romaji the same way as English spellings", () => {
    for (const kana of ["トカエフ", "ヴォルガ", "ウィキデータ", "ユーラシア"]) {
      expect(kanaSoundKey(kana)).toBe(soundKey(kanaToRomaji(kana)));
    }
  });

  it("gives up early when the distance cannot stay under the limit", () => {
    expect(soundDistance(soundKey("Tokayev"), kanaSoundKey("ベルディムハメドフ"), 0.3)).toBe(Infinity);
  });
});

describe("romajiToHiragana", () => {
  it("reads Hepburn romaji with long vowels folded", () => {
    expect(romajiToHiragana("Nobunaga")).toBe("のぶなが");
    expect(romajiToHiragana("tsuyu")).toBe("つゆ");
    expect(romajiToHiragana("Tōkyō")).toBe(foldReading("とうきょう"));
    expect(romajiToHiragana("Hokkaido")).toBe(foldReading("ほっかいどう"));
  });

  it("returns undefined for words that are not romaji", () => {
    expect(romajiToHiragana("Android")).toBeUndefined();
    expect(romajiToHiragana("strength")).toBeUndefined();
  });
});

describe("pinyinSplits", () => {
  const syllables = new Set(["xi", "an", "xian", "tian", "jin", "ping", "ti", "ji", "pi", "ng"]);
  it("lists the syllable splits of a word, fewest first", () => {
    expect(pinyinSplits("xian", (s) => syllables.has(s))).toEqual([["xian"], ["xi", "an"]]);
    expect(pinyinSplits("tianjin", (s) => syllables.has(s))[0]).toEqual(["tian", "jin"]);
  });

  it("returns nothing for a word that is not pinyin", () => {
    expect(pinyinSplits("trade", (s) => syllables.has(s))).toEqual([]);
  });
});
