/**
 * 前年 / 前の年 in a follow-up is the year before the one an earlier turn fixed, spelled as an
 * article of that year or the next writes it (search/answer/year-before.ts).
 */
import { describe, expect, it } from "vitest";
import { yearBefore } from "../../src/search/answer/year-before.js";
import type { QuestionUnit } from "../../src/search/answer/question-analysis.js";

const unit = (label: string): QuestionUnit => ({ label, alternatives: [label], importance: 1 });

describe("the year before an earlier turn's year", () => {
  it("is counted from the latest earlier turn that fixed a year, spelled 2024年 or 昨年", () => {
    const y = yearBefore("その前年に議長国だったのはどこですか？", [[unit("2023年")], [unit("2025年"), unit("会談")]]);
    expect(y?.text).toBe("前年");
    expect(y?.unit.label).toBe("2024年");
    expect(y?.unit.alternatives).toEqual(expect.arrayContaining(["2024年", "昨年", "去年"]));
    expect(yearBefore("両首脳は前の年に何回会っていましたか？", [[unit("2024年")]])?.unit.label).toBe("2023年");
  });

  it("is none when no earlier turn fixed a year, for 前年比, or for the year after", () => {
    expect(yearBefore("その前年には何がありましたか？", [[unit("会談")]])).toBeUndefined();
    expect(yearBefore("貿易額は前年比で何％増えましたか？", [[unit("2024年")]])).toBeUndefined();
    expect(yearBefore("翌年の会談では何を話しましたか？", [[unit("2024年")]])).toBeUndefined();
    expect(yearBefore("2020年の前年には何がありましたか？", [[unit("2025年")]])).toBeUndefined();
  });

  it("is asked in English too (the year before, a year earlier, the previous year), counted from an English turn's 2025", () => {
    expect(
      yearBefore("Which country held the SCO chair the year before?", [[unit("2025"), unit("talks")]])?.unit.label,
    ).toBe("2024年");
    expect(yearBefore("And a year earlier, who was hosting it?", [[unit("2025")]])?.unit.label).toBe("2024年");
    expect(yearBefore("What happened the previous year?", [[unit("2024")]])?.unit.label).toBe("2023年");
  });

  it("is none in English for a year the question names, or counted from something else (the year before that)", () => {
    expect(yearBefore("What happened the year before 2024?", [[unit("2025")]])).toBeUndefined();
    expect(yearBefore("And the year before that?", [[unit("2025")]])).toBeUndefined();
    expect(yearBefore("What did he say the previous day?", [[unit("2025")]])).toBeUndefined();
  });
});
