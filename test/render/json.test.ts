import { describe, expect, it } from "vitest";
import { answerToJsonLine } from "../../src/render/json.js";
import { refusal, sampleAnswer } from "../helpers/answers.js";

describe("JSON line (the search --json contract)", () => {
  it("is one line holding question, answerable and results with id, text, score and title", () => {
    const answer = sampleAnswer("ja");
    const line = answerToJsonLine(answer);
    expect(line).not.toContain("\n");
    const parsed = JSON.parse(line) as { question: string; answerable: boolean; results: Array<Record<string, unknown>> };
    expect(parsed.question).toBe(answer.question);
    expect(parsed.answerable).toBe(true);
    expect(parsed.results.map((r) => ({ id: r.id, text: r.text, score: r.score, title: r.title }))).toEqual(
      answer.results.map((r) => ({ id: r.id, text: r.text, score: r.score, title: r.title })),
    );
  });

  it("adds source, section, paragraph, url, the highlighted sentences and duplicates", () => {
    const [first, second] = (JSON.parse(answerToJsonLine(sampleAnswer("en"))) as { results: unknown[] }).results;
    expect(first).toEqual({
      id: "xian-summit-2023#3",
      text: sampleAnswer().results[0]!.text,
      score: 1.223096,
      strength: 0.9,
      title: "中国・中央アジア首脳会議が西安で開幕",
      source: "東洋経済通信",
      section: "経済協力",
      paragraph: 3,
      url: "https://example.com/news/xian-summit-2023",
      highlights: ["中国は中央アジア諸国に総額260億元の融資と無償援助を提供すると表明した。"],
    });
    expect(second).toMatchObject({ source: null, section: null, paragraph: 4, duplicates: ["astana-summit-2025#7"], glosses: ["税関 = customs"] });
    expect(second).not.toHaveProperty("url");
  });

  it("says answerable false with no results for a refusal", () => {
    expect(JSON.parse(answerToJsonLine(refusal("ja")))).toEqual({ question: "天気は？", lang: "ja", answerable: false, confidence: "none", evidence: 0.05, results: [] });
  });
});
