import { describe, expect, it } from "vitest";
import {
  adjectiveBases,
  britishSpellings,
  derivedForms,
  foldName,
  lemmaCandidates,
  normKey,
} from "../../src/translate/normalize.js";

describe("lemmaCandidates", () => {
  it.each([
    ["signed", "sign"],
    ["agreements", "agreement"],
    ["countries", "country"],
    ["planned", "plan"],
    ["held", "hold"],
    ["grew", "grow"],
    ["women", "woman"],
    ["chaired", "chair"],
    ["meters", "metre"],
  ])("%s can be read as %s", (word, base) => {
    const forms = lemmaCandidates(word);
    expect(forms[0]).toBe(word);
    expect(forms).toContain(base);
  });

  it("strips a possessive", () => {
    expect(lemmaCandidates("China's")).toContain("china");
  });
});

describe("derived forms", () => {
  it("offers the -ing and -ion nouns EDICT uses for Sino-Japanese action nouns", () => {
    expect(derivedForms("sign")).toContain("signing");
    expect(derivedForms("cooperate")).toContain("cooperation");
    expect(derivedForms("agree")).toContain("agreement");
  });

  it("offers the noun behind an adjective", () => {
    expect(adjectiveBases("presidential")).toContain("president");
    expect(adjectiveBases("asian")).toContain("asia");
    expect(adjectiveBases("northern")).toContain("north");
    expect(adjectiveBases("economic")).toContain("economy");
  });

  it("offers British spellings", () => {
    expect(britishSpellings("center")).toContain("centre");
    expect(britishSpellings("labor")).toContain("labour");
    expect(britishSpellings("organization")).toContain("organisation");
    expect(britishSpellings("trade")).toEqual([]);
  });
});

describe("keys", () => {
  it("normalises case, accents and punctuation", () => {
    expect(normKey("The Belt-and-Road (BRI)!")).toBe("the belt and road bri");
    expect(normKey("Xi’an")).toBe("xi'an");
  });

  it("folds romanisation variants of names together", () => {
    expect(foldName("Kyōto")).toBe(foldName("Kyouto"));
    expect(foldName("Xi'an")).toBe("xian");
    expect(foldName("Hokkaidou")).toBe(foldName("Hokkaido"));
  });
});
