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

  it("reads a first word in -ing or -ly as the phrase's own, not its end (the meeting venue, the supply route)", () => {
    const venue = analyzeEnglish("What is the meeting venue of the summit?", [
      unit("meeting", "会合"),
      unit("venue", "会場"),
      unit("summit", "サミット"),
    ]);
    expect(focusOf(venue)).toBe("venue");
    const route = analyzeEnglish("What is the supply route laid out in the plan?", [
      unit("supply", "供給"),
      unit("route", "ルート"),
      unit("plan", "計画"),
    ]);
    expect(focusOf(route)).toBe("route");
  });

  it("still ends the phrase at a participle after its first word (the main directions laid out in)", () => {
    const q = analyzeEnglish("What are the main directions laid out in the plan?", [
      unit("main", "主要"),
      unit("directions", "方向"),
      unit("plan", "計画"),
    ]);
    expect(focusOf(q)).toBe("directions");
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

  it("does not read a phrase's possessive across a preposition (the population of Kazakhstan's capital)", () => {
    const q = analyzeEnglish("What is the population of Kazakhstan's capital?", [
      unit("population", "人口"),
      unit("Kazakhstan", "カザフスタン", 1),
      unit("capital", "首都"),
    ]);
    expect(focusOf(q)).toBe("population");
  });

  it("does not read a time zone as a time asked for", () => {
    expect(analyzeEnglish("What time zone is Astana in?", [unit("time zone", "時間帯")]).answerType).not.toBe("date");
    expect(analyzeEnglish("What time did the summit end?", [unit("summit", "サミット")]).answerType).toBe("date");
  });
});

describe("analyzeEnglish: an attribute asked by a verb or an adjective", () => {
  it("makes the verb at the end of a where/when question the focus, required (go to university, born)", () => {
    const q = analyzeEnglish("Where did Tokayev go to university?", [
      unit("Tokayev", "トカエフ", 1),
      unit("go to university", "大学へ進む"),
    ]);
    expect(focusOf(q)).toBe("go to university");
    expect(q.focusRequired).toBe(true);
  });

  it("makes the adjective of how tall/deep/long the focus", () => {
    const q = analyzeEnglish("How deep is the Caspian Sea?", [
      unit("Caspian Sea", "カスピ海", 1),
      unit("deep", "深い"),
    ]);
    expect(focusOf(q)).toBe("deep");
    expect(q.focusRequired).toBe(true);
  });

  it("takes no predicate from a subordinate clause or a name at the end", () => {
    expect(
      analyzeEnglish("Where did the two leaders stand while the anthems were played?", [
        unit("leaders", "首脳"),
        unit("stand", "立つ"),
        unit("anthems", "国歌"),
        unit("played", "演奏"),
      ]).focus,
    ).toBeUndefined();
    expect(
      analyzeEnglish("Where did Xi meet Tokayev?", [unit("meet", "会う"), unit("Tokayev", "トカエフ", 1)]).focus,
    ).toBeUndefined();
  });
});

describe("analyzeEnglish: over English paragraphs (direct)", () => {
  it("reads the question as before: the paragraph may paraphrase the head noun or the verb", () => {
    const units = [unit("main", "主要"), unit("religion", "宗教"), unit("Kazakhstan", "カザフスタン", 1)];
    expect(focusOf(analyzeEnglish("What is the main religion in Kazakhstan?", units, true))).toBe("main");
    const born = analyzeEnglish(
      "Where was Xi Jinping born?",
      [unit("Xi Jinping", "習近平", 1), unit("born", "生まれ")],
      true,
    );
    expect(born.focus).toBeUndefined();
  });
});

describe("analyzeEnglish: an object at the end is no predicate", () => {
  it("takes no focus from the noun after a preposition (met Tokayev at the presidential palace)", () => {
    const q = analyzeEnglish("When did Xi meet Tokayev at the presidential palace?", [
      unit("meet", "会う"),
      unit("Tokayev", "トカエフ", 1),
      unit("presidential", "大統領"),
      unit("palace", "宮殿"),
    ]);
    expect(q.focus).toBeUndefined();
  });

  it("reads how long and how old as a count of years, no adjective asked", () => {
    const q = analyzeEnglish("How long have China and Kazakhstan cooperated?", [
      unit("long", "長い"),
      unit("China", "中国", 1),
    ]);
    expect(q.focus).toBeUndefined();
  });
});

describe("analyzeEnglish: an ordinal in the phrase", () => {
  it("keeps the ordinal as the focus (the seventh proposal: the passage must name the seventh)", () => {
    const q = analyzeEnglish("What was the seventh proposal?", [
      { en: "proposal", alternatives: ["提案"], importance: 0.85 },
      { en: "seventh", alternatives: ["第7"], importance: 0.6 },
    ]);
    expect(focusOf(q)).toBe("seventh");
  });
});
