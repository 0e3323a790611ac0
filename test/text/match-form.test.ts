/** Question units, the corpus vocabulary and passages are compared in one match form, defined once (text/match-form.ts). */
import { describe, expect, it } from "vitest";
import { matchForm, pairShare } from "../../src/text/match-form.js";

describe("matchForm", () => {
  it("folds width and drops middle dots, so a name written with or without them meets", () => {
    expect(matchForm("アマルティア・セン　ＡＰＥＣ")).toBe("アマルティアセン APEC");
  });
});

describe("pairShare", () => {
  it("is the share of a form's adjacent character pairs found in the text", () => {
    expect(pairShare("二国間貿易", "二国間の貿易")).toBe(0.75);
    expect(pairShare("関税", "関税合戦")).toBe(1);
    expect(pairShare("関税", "貿易")).toBe(0);
  });

  it("is 0 for a form of one character, which has no pair", () => {
    expect(pairShare("税", "関税")).toBe(0);
  });
});
