/** Counts and ordinals written another way (text/number-forms.ts). */
import { describe, expect, it } from "vitest";
import { numberForms } from "../../src/text/number-forms.js";

describe("other spellings of a count or an ordinal", () => {
  it("gives a spoken ordinal the articles' 第N", () => {
    expect(numberForms("二番目の提案は？")).toEqual([{ word: "二番目", others: ["第二", "第2"] }]);
    expect(numberForms("3つ目の分野")).toEqual([{ word: "3つ目", others: ["第三", "第3"] }]);
  });

  it("gives the small-ke counter its other spellings", () => {
    expect(numberForms("何か国が参加した？")).toEqual([{ word: "か国", others: ["カ国", "ヶ国"] }]);
  });

  it("leaves the articles' own forms, event counts and numbers past ten alone", () => {
    expect(numberForms("第2回サミット")).toEqual([]);
    expect(numberForms("第二に、協力")).toEqual([]);
    expect(numberForms("12番目の合意")).toEqual([]);
  });
});
