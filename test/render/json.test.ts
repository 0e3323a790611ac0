import { describe, expect, it } from "vitest";
import { answerToJsonLine } from "../../src/render/json.js";
import { refusal, sampleAnswer } from "../helpers/answers.js";

describe("JSON line (the search --json contract)", () => {
  it("is one line holding question, answerable and results with id, text, score and title", () => {
    const answer = sampleAnswer("ja");
    const line = answerToJsonLine(answer);
    expect(line).not.toContain("\n");
    const parsed = JSON.parse(line) as {
      question: string;
      answerable: boolean;
      results: Array<Record<string, unknown>>;
    };
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
      // The original page, scrolled to the highlighted sentence (a text fragment).
      source_link:
        "https://example.com/news/xian-summit-2023#:~:text=%E4%B8%AD%E5%9B%BD%E3%81%AF%E4%B8%AD%E5%A4%AE%E3%82%A2%E3%82%B8%E3%82%A2%E8%AB%B8%E5%9B%BD%E3%81%AB%E7%B7%8F%E9%A1%8D260%E5%84%84%E5%85%83%E3%81%AE%E8%9E%8D%E8%B3%87%E3%81%A8%E7%84%A1%E5%84%9F%E6%8F%B4%E5%8A%A9%E3%82%92%E6%8F%90%E4%BE%9B%E3%81%99%E3%82%8B%E3%81%A8%E8%A1%A8%E6%98%8E%E3%81%97%E3%81%9F%E3%80%82",
      highlights: ["中国は中央アジア諸国に総額260億元の融資と無償援助を提供すると表明した。"],
    });
    expect(second).toMatchObject({
      source: null,
      section: null,
      paragraph: 4,
      duplicates: ["astana-summit-2025#7"],
      glosses: ["税関 = customs"],
    });
    expect(second).not.toHaveProperty("url");
    expect(second).not.toHaveProperty("source_link");
    expect(second).not.toHaveProperty("permalink");
  });

  it("adds the permalink to the archive site when the result carries one", () => {
    const answer = sampleAnswer("en");
    const withLink = {
      ...answer,
      results: answer.results.map((r) => ({ ...r, permalink: `https://summits.example.org/doc/${r.docId}#${r.n}` })),
    };
    const [first] = (JSON.parse(answerToJsonLine(withLink)) as { results: Array<Record<string, unknown>> }).results;
    expect(first!.permalink).toBe("https://summits.example.org/doc/xian-summit-2023#3");
    expect(Object.keys(first!).slice(-3)).toEqual(["source_link", "permalink", "highlights"]);
  });

  it("says answerable false with no results for a refusal", () => {
    expect(JSON.parse(answerToJsonLine(refusal("ja")))).toEqual({
      question: "天気は？",
      lang: "ja",
      answerable: false,
      confidence: "none",
      evidence: 0.05,
      results: [],
    });
  });
});
