import { describe, expect, it } from "vitest";
import type { Answer, Result } from "../../src/engine/index.js";
import { searchPage } from "../../src/web/search-page.js";

const result: Result = {
  id: "steppe-daily#2",
  docId: "steppe-daily",
  n: 2,
  title: "アムダリヤ基金で合意",
  source: "Steppe Daily",
  text: "基金の規模は12億ドルで、2026年から灌漑設備の改修に充てられる。",
  score: 1,
  highlights: [],
  duplicates: [],
  glosses: [],
  strength: 1,
  alsoPublishedBy: [
    {
      id: "caspian#1",
      docId: "caspian",
      title: "水資源基金",
      source: "Caspian <b>Wire</b>",
      published: "2025-06-19T07:00:00+05:00",
    },
  ],
};
const answer: Answer = {
  question: "基金の規模は？",
  lang: "ja",
  answerable: true,
  confidence: "answer",
  evidence: 1,
  results: [result, { ...result, id: "other#1", docId: "other", alsoPublishedBy: undefined }],
};

describe("the search page and near-copies", () => {
  it("names the other outlets under a quote that has them, escaped, and nothing under one that has none", () => {
    const body = searchPage(answer.question, answer);
    expect(body).toContain(
      '<p class="copies">同じ記事の他の掲載: Caspian &lt;b&gt;Wire&lt;/b&gt;, 2025-06-19 (caspian#1)</p>',
    );
    expect(body.match(/class="copies"/g)).toHaveLength(1);
  });
});

describe("the search page speaks as `ask` and the bot do", () => {
  it("labels a quote's strength as a match, in the question's language", () => {
    expect(searchPage(answer.question, answer)).toContain(" — 一致度 100%</p>");
    const en = searchPage("How big is the fund?", { ...answer, lang: "en", question: "How big is the fund?" });
    expect(en).toContain(" — match 100%</p>");
    expect(en).not.toContain("answers 100%");
  });

  it("shows the glosses of an English question's matched terms, marked as not the source's words", () => {
    const glossed: Answer = {
      ...answer,
      lang: "en",
      question: "How big is the <fund>?",
      results: [{ ...result, glosses: ["基金 = fund", "規模 = <scale>"] }],
    };
    expect(searchPage(glossed.question, glossed)).toContain(
      '<p class="gloss">Gloss (not part of the source): 基金 = fund; 規模 = &lt;scale&gt;</p>',
    );
    expect(searchPage(answer.question, answer)).not.toContain('class="gloss"');
  });
});
