import { describe, expect, it } from "vitest";
import { answerToJsonLine } from "../../src/render/json.js";
import { renderTerminal } from "../../src/render/terminal.js";
import type { Answer } from "../../src/search/types.js";

const answer = (lang: "ja" | "en"): Answer => ({
  question: lang === "en" ? "How much did trade grow?" : "貿易はどれだけ増えた?",
  lang,
  answerable: true,
  confidence: "answer",
  evidence: 0.7,
  results: [
    {
      id: "spirit#5",
      docId: "spirit",
      n: 5,
      title: "習近平氏、中国・中央アジア精神の堅持を呼びかけ",
      sourceTitle: "Xi Jinping calls for upholding the China-Central Asia Spirit",
      source: "CGTN (cgtn.com)",
      text: "過去2年で中国と中央アジアの貿易は35%増加した。",
      score: 1,
      strength: 1,
      highlights: [],
      duplicates: [],
      glosses: [],
    },
  ],
});

describe("the article's original headline", () => {
  it("is shown beside the Japanese title when the question is English", () => {
    expect(renderTerminal(answer("en"))).toContain("(“Xi Jinping calls for upholding the China-Central Asia Spirit”)");
  });

  it("is left out of a Japanese answer's citation", () => {
    expect(renderTerminal(answer("ja"))).not.toContain("Xi Jinping calls");
  });

  it("is part of the JSON line as source_title", () => {
    const line = JSON.parse(answerToJsonLine(answer("en")));
    expect(line.results[0].source_title).toBe("Xi Jinping calls for upholding the China-Central Asia Spirit");
  });
});
