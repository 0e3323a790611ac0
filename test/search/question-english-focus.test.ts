import { describe, expect, it } from "vitest";
import { analyzeEnglish } from "../../src/search/answer/question-english.js";

const unit = (en: string, ja: string, importance = 0.85) => ({ en, alternatives: [ja], importance });
const focusOf = (q: ReturnType<typeof analyzeEnglish>): string | undefined =>
  q.focus === undefined ? undefined : q.units[q.focus]!.label;

describe("analyzeEnglish: the noun asked for", () => {
  it("takes the head of the phrase after what is, not the adjective before it", () => {
    const q = analyzeEnglish("What is the main religion in Kazakhstan?", [
      unit("main", "主要"),
      unit("religion", "宗教"),
      unit("Kazakhstan", "カザフスタン", 1),
    ]);
    expect(focusOf(q)).toBe("religion");
  });

  it("keeps the first noun when the phrase has one (the capital of Laos)", () => {
    const q = analyzeEnglish("What is the capital of Laos?", [unit("capital", "首都"), unit("Laos", "ラオス", 1)]);
    expect(focusOf(q)).toBe("capital");
    expect(q.units[q.topic!]!.label).toBe("Laos");
  });

  it("reads what's as what is, and a possessive's owner as no head (Tajikistan's population)", () => {
    const q = analyzeEnglish("What's Tajikistan's population?", [
      unit("Tajikistan", "タジキスタン", 1),
      unit("population", "人口"),
    ]);
    expect(focusOf(q)).toBe("population");
  });

  it("does not read a time zone as a time asked for", () => {
    expect(analyzeEnglish("What time zone is Astana in?", [unit("time zone", "時間帯")]).answerType).not.toBe("date");
    expect(analyzeEnglish("What time did the summit end?", [unit("summit", "サミット")]).answerType).toBe("date");
  });
});
