import { describe, expect, it } from "vitest";
import {
  kanjiNumeral,
  lastPositionOf,
  listPositionOf,
  listPositionUnit,
} from "../../src/search/answer/list-position.js";
import { ownExact } from "../../src/search/answer/fixed-by-history.js";

const n = (q: string, counted: string[] = []) => listPositionOf(q, counted)?.n;

describe("a position in a list a follow-up asks for", () => {
  it("reads Japanese positions written as positions (三つ目, 3番目, 第三に), not counts or series", () => {
    expect(n("三つ目は？")).toBe(3);
    expect(n("一つ目は何ですか？")).toBe(1);
    expect(n("12番目の項目は")).toBe(12);
    expect(n("第二十三の条項は？")).toBe(23);
    expect(n("第四の提案は何ですか？")).toBe(4);
    expect(n("三つの提案は？")).toBeUndefined();
    expect(n("第3回サミットはどこで？")).toBeUndefined();
    expect(n("第2回では協力合意が何本？")).toBeUndefined();
  });

  it("reads an English ordinal that stands for an item: before 'one', alone, or before the noun counted earlier", () => {
    expect(n("What was the second one?")).toBe(2);
    expect(n("And the fourth?")).toBe(4);
    expect(n("Was there a sixth proposal, and what was it?", ["proposals", "Xi"])).toBe(6);
    expect(n("What about the 3rd one?")).toBe(3);
  });

  it("leaves an English ordinal of a series or an idiom alone (the second summit, for the first time)", () => {
    expect(n("Which country was to host the second China–Central Asia summit?", ["proposals"])).toBeUndefined();
    expect(n("When was the second summit?")).toBeUndefined();
    expect(n("Did they meet for the first time?")).toBeUndefined();
    expect(n("First of all, where was it?")).toBeUndefined();
  });

  it("spells the position as articles introduce an item (第三に, 三つ目), and the answer stage requires it like a number", () => {
    const unit = listPositionUnit(3);
    expect(unit.alternatives).toContain("第三");
    expect(unit.alternatives).toContain("三つ目");
    // Not 第3: that is how a series is written (第3回), which every title of a summit's articles holds.
    expect(unit.alternatives).not.toContain("第3");
    expect(ownExact([unit])).toEqual([true]);
  });

  it("writes kanji numerals as articles do", () => {
    expect([1, 9, 10, 12, 20, 23].map(kanjiNumeral)).toEqual(["一", "九", "十", "十二", "二十", "二十三"]);
  });
});

describe("the last item of a list an earlier turn counted", () => {
  // The articles spell positions 1–5 (第一…第五), as the bundled summit article does.
  const held = (k: number) => k <= 5;
  const last = (q: string, counted: string[]) => lastPositionOf(q, counted, held)?.n;

  it("is the highest position the articles spell, in Japanese and in English", () => {
    expect(last("最後の提案は？", ["提案"])).toBe(5);
    expect(last("最後は？", ["提案"])).toBe(5);
    expect(last("And the last one?", ["proposals"])).toBe(5);
    expect(last("What was the final proposal?", ["proposals"])).toBe(5);
  });

  it("is not asked without an earlier count, or by a 'last' that is not an item of it", () => {
    expect(last("最後の提案は？", [])).toBeUndefined();
    expect(last("最後の会談はいつ？", ["提案"])).toBeUndefined();
    expect(last("When was the last summit?", ["proposals"])).toBeUndefined();
    expect(last("Where did they meet the last time?", ["proposals"])).toBeUndefined();
  });

  it("is not asked when the articles spell no list of two or more", () => {
    expect(lastPositionOf("最後の提案は？", ["提案"], (k) => k === 1)).toBeUndefined();
  });
});
