/** Question units and the corpus vocabulary are compared in one match form, defined once (index/vocabulary.ts). */
import { describe, expect, it } from "vitest";
import { matchForm as vocabularyForm } from "../../src/index/vocabulary.js";
import { matchForm as questionForm } from "../../src/search/question.js";

describe("matchForm", () => {
  it("is one function, shared by search and the vocabulary", () => {
    expect(questionForm).toBe(vocabularyForm);
    expect(questionForm("アマルティア・セン　ＡＰＥＣ")).toBe("アマルティアセン APEC");
  });
});
