import { describe, expect, it } from "vitest";
import { EnglishSounds, misspeltNames } from "../../src/translate/english-sounds.js";

describe("misspeltNames", () => {
  const words = ["gandhi", "setanta", "sport", "season", "shelley", "poem", "work", "haemorrhag", "popular"];
  const sounds = new EnglishSounds(words);
  const holds = (term: string): boolean => words.includes(term.slice(2));

  it("reads a name the archive spells otherwise as the archive's spelling", () => {
    expect([...misspeltNames("What was Ghandi's work called?", holds, sounds)]).toEqual([["ghandi", ["gandhi"]]]);
    expect([...misspeltNames("What did Sentanta Sports launch?", holds, sounds)]).toEqual([["sentanta", ["setanta"]]]);
    expect([...misspeltNames("Who used a poem of Percy Shelly?", holds, sounds)]).toEqual([["shelly", ["shelley"]]]);
  });

  it("reads a long word the archive spells otherwise as the archive's spelling", () => {
    expect([...misspeltNames("What causes hemorrhage?", holds, sounds)]).toEqual([["hemorrhage", ["haemorrhag"]]]);
  });

  it("leaves a name the archive holds, a short lower-case word and the question's first word alone", () => {
    expect(misspeltNames("What was Gandhi's work called?", holds, sounds).size).toBe(0);
    expect(misspeltNames("What is the reason?", holds, sounds).size).toBe(0);
    expect(misspeltNames("Ghandi wrote what?", holds, sounds).size).toBe(0);
  });

  it("finds nothing for a word that sounds like no word of the archive", () => {
    expect(misspeltNames("Who is Tokayev?", holds, sounds).size).toBe(0);
    expect(misspeltNames("What is the population of Xi'an?", holds, sounds).size).toBe(0);
  });
});
