import { describe, expect, it } from "vitest";
import { englishQueryTerms, joinedWordTerms } from "../../src/search/english-query.js";

describe("joinedWordTerms", () => {
  const archive = new Set(["e:nonviol", "e:quarterback", "e:violent"]);
  const holds = (t: string): boolean => archive.has(t);

  it("reads two question words as the one word the archive writes", () => {
    expect([...joinedWordTerms("How can you protest in a non violent way?", holds)]).toEqual([["e:nonviol", 1]]);
    expect([...joinedWordTerms("Who is the oldest quarter back?", holds)]).toEqual([["e:quarterback", 1]]);
  });

  it("adds nothing the archive does not hold", () => {
    expect(joinedWordTerms("Who is the oldest quarter back?", () => false).size).toBe(0);
  });

  it("joins no stop word and no number", () => {
    const all = (): boolean => true;
    // "the scale", "scale in", "in 2010", "2010 drought", "drought of" are not joined; "drought hit" is.
    expect([...joinedWordTerms("Was the scale in 2010 drought of hit?", all).keys()]).toEqual([]);
    expect([...joinedWordTerms("Which drought hit?", all).keys()]).toEqual(["e:droughthit"]);
  });

  it("leaves the question's own terms to englishQueryTerms", () => {
    expect(englishQueryTerms("non violent").has("e:nonviol")).toBe(false);
  });
});
