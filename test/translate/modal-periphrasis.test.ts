import { describe, expect, it } from "vitest";
import { buildVocabulary } from "../../src/index/vocabulary.js";
import { expandQuery } from "../../src/translate/expand.js";
import { modalBeforeTo } from "../../src/translate/modal-periphrasis.js";
import { tokenize } from "../../src/translate/tokens.js";
import { dictionary, PASSAGES } from "./fixture.js";

const vocab = buildVocabulary(PASSAGES);
const english = (q: string): string[] => expandQuery(q, dictionary(), vocab).terms.map((t) => t.en.toLowerCase());
const modalAt = (q: string): string[] => {
  const tokens = tokenize(q);
  return tokens.filter((_, i) => modalBeforeTo(tokens, i)).map((t) => t.lower);
};

describe("modalBeforeTo: be supposed / meant / due / able to + a verb", () => {
  it("finds the participle after a form of be, before or after the subject", () => {
    expect(modalAt("Over what time frame are the training places supposed to be offered?")).toEqual(["supposed"]);
    expect(modalAt("What were the exchanges meant to achieve?")).toEqual(["meant"]);
    expect(modalAt("The railway is due to open in 2027; who built it?")).toEqual(["due"]);
  });

  it("leaves the word alone without a form of be, or when no 'to' follows", () => {
    expect(modalAt("Who supposed to be the leader?")).toEqual([]);
    expect(modalAt("What did Xi say was meant by the proposal?")).toEqual([]);
    expect(modalAt("What is the supposed benefit?")).toEqual([]);
  });

  it("keeps 'going to' (the future is what such a question asks about)", () => {
    expect(modalAt("Is China going to sign a treaty?")).toEqual([]);
  });
});

describe("expandQuery: a modal periphrasis adds no term", () => {
  it("does not translate supposed in 'are … supposed to be offered' (it read as 仮に)", () => {
    const terms = english("Over what time frame are the training places supposed to be offered?");
    expect(terms).not.toContain("supposed");
    expect(terms).toContain("offered");
  });
});
