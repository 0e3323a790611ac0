import { describe, expect, it } from "vitest";
import { eitherReading, previousTurnOnly } from "../../src/search/followup-evidence.js";
import { defaultPlanner } from "../../src/search/plan.js";

describe("the second reading of a follow-up's evidence", () => {
  const plan = defaultPlanner("彼の名前は？");

  it("is the turn before the follow-up only, when the conversation has more earlier turns than that", () => {
    expect(previousTurnOnly(plan, ["a", "b", "c"])).toEqual(["c"]);
  });

  it("does not exist after one earlier turn (the joined plan is that reading) or none", () => {
    expect(previousTurnOnly(plan, ["a"])).toBeUndefined();
    expect(previousTurnOnly(plan, [])).toBeUndefined();
  });

  it("does not exist for a translated question, whose evidence is each turn's own measure", () => {
    expect(previousTurnOnly({ ...plan, evidence: () => 0.5 }, ["a", "b"])).toBeUndefined();
  });

  it("counts per passage when it is the larger of the two", () => {
    const joined = (i: number) => [0.2, 0.5][i]!;
    const previous = (i: number) => [0.3, 0.1][i]!;
    const either = eitherReading(joined, previous);
    expect(either(0)).toBe(0.3);
    expect(either(1)).toBe(0.5);
    expect(eitherReading(joined)(0)).toBe(0.2);
  });
});
