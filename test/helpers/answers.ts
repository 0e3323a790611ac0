import type { Answer, Result } from "../../src/search/types.js";

const LOAN_TEXT =
  "中国は中央アジア諸国に総額260億元の融資と無償援助を提供すると表明した。資金は交通インフラや産業協力に充てられる。";
const LIST_TEXT = "会議で合意した主な項目は次のとおり。\n- 鉄道の建設を急ぐ\n- 税関手続きを簡素化する";

/** A hand-made answer with two results: one fully described, one from a .txt article with a list and a twin. */
export function sampleAnswer(lang: "ja" | "en" = "ja"): Answer {
  const first: Result = {
    id: "xian-summit-2023#3",
    docId: "xian-summit-2023",
    n: 3,
    title: "中国・中央アジア首脳会議が西安で開幕",
    source: "東洋経済通信",
    url: "https://example.com/news/xian-summit-2023",
    section: "経済協力",
    text: LOAN_TEXT,
    score: 1.223096,
    highlights: [{ start: 0, end: LOAN_TEXT.indexOf("。") + 1 }],
    duplicates: [],
    glosses: [],
    strength: 0.9,
  };
  const second: Result = {
    id: "astana-brief#4",
    docId: "astana-brief",
    n: 4,
    title: "アスタナ首脳会議の要点",
    text: LIST_TEXT,
    score: 0.5,
    highlights: [{ start: LIST_TEXT.indexOf("- 税関"), end: LIST_TEXT.length }],
    duplicates: ["astana-summit-2025#7"],
    glosses: lang === "en" ? ["税関 = customs"] : [],
    strength: 0.55,
  };
  return {
    question: lang === "ja" ? "いくら融資する？" : "How much is the loan?",
    lang,
    answerable: true,
    confidence: "answer",
    evidence: 0.6,
    results: [first, second],
  };
}

export const refusal = (lang: "ja" | "en"): Answer => ({
  question: "天気は？",
  lang,
  answerable: false,
  confidence: "none",
  evidence: 0.05,
  results: [],
});

/** The same passages as sampleAnswer, as the closest passages of a question the articles don't answer. */
export function relatedAnswer(lang: "ja" | "en" = "ja"): Answer {
  const a = sampleAnswer(lang);
  return {
    ...a,
    answerable: false,
    confidence: "related",
    results: a.results.map((r) => ({ ...r, highlights: [], strength: 0.08 })),
  };
}
