/** The dictionary read Japanese → English for English paragraphs (translate/reverse.ts). */
import { describe, expect, it } from "vitest";
import { ENGLISH_PREFIX, stemEnglish } from "../../src/text/english.js";
import { ReverseDictionary } from "../../src/translate/reverse.js";
import { dictionary } from "./fixture.js";

/** An archive whose English paragraphs hold these words. */
function archive(words: string[]) {
  const terms = new Set(words.map((w) => ENGLISH_PREFIX + stemEnglish(w)));
  return { has: (t: string) => terms.has(t), words: () => words };
}

describe("Japanese words read into English", () => {
  const reverse = new ReverseDictionary(
    dictionary(),
    archive(["summit", "treaty", "dudley", "simpson", "private", "sack", "held"]),
  );
  const english = (ja: string) => reverse.translate(ja).flatMap((p) => p.glosses.map((g) => g.en));

  it("keeps only glosses the archive's English paragraphs could hold", () => {
    expect(english("条約")).toContain("treaty");
    expect(english("私立")).toEqual(["private"]);
  });

  it("lets a gloss phrase stand for the words of it the archive holds (summit meeting → summit)", () => {
    expect(english("首脳会議")).toContain("summit");
  });

  it("reads a name with middle dots name by name, by sound", () => {
    expect(english("ダドリー・シンプソン")).toEqual(["dudley", "simpson"]);
  });

  it("reads a katakana compound no entry has by the loanwords inside it (アジアサミット → summit)", () => {
    expect(reverse.translate("アジアサミット").map((p) => [p.ja, p.glosses[0]?.en])).toEqual([["サミット", "summit"]]);
  });

  it("does not match a loanword the dictionary has by sound (サケ is salmon, not sack)", () => {
    expect(english("サケ")).toEqual([]);
  });
});
