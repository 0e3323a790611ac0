import { describe, expect, it } from "vitest";
import { renderTerminal } from "../../src/render/terminal.js";
import { refusal, relatedAnswer, sampleAnswer } from "../helpers/answers.js";

describe("terminal rendering", () => {
  it("prints the quotes with the answering sentence marked, then numbered citations with doc#n", () => {
    expect(renderTerminal(sampleAnswer("ja"))).toBe(
      [
        "  > 【中国は中央アジア諸国に総額260億元の融資と無償援助を提供すると表明した。】資金は交通インフラや産業協力に充てられる。 [1]",
        "",
        "  > 会議で合意した主な項目は次のとおり。",
        "  > - 鉄道の建設を急ぐ",
        "  > 【- 税関手続きを簡素化する】 [2]",
        "  (同じ内容: astana-summit-2025#7)",
        "",
        "[1] 中国・中央アジア首脳会議が西安で開幕 — § 経済協力 — 東洋経済通信 — xian-summit-2023#3 — https://example.com/news/xian-summit-2023#:~:text=%E4%B8%AD%E5%9B%BD%E3%81%AF%E4%B8%AD%E5%A4%AE%E3%82%A2%E3%82%B8%E3%82%A2%E8%AB%B8%E5%9B%BD%E3%81%AB%E7%B7%8F%E9%A1%8D260%E5%84%84%E5%85%83%E3%81%AE%E8%9E%8D%E8%B3%87%E3%81%A8%E7%84%A1%E5%84%9F%E6%8F%B4%E5%8A%A9%E3%82%92%E6%8F%90%E4%BE%9B%E3%81%99%E3%82%8B%E3%81%A8%E8%A1%A8%E6%98%8E%E3%81%97%E3%81%9F%E3%80%82 — 一致度 90%",
        "[2] アスタナ首脳会議の要点 — astana-brief#4 — 一致度 55%",
        "",
      ].join("\n"),
    );
  });

  it("keeps each quote verbatim: removing the marks and the quote prefix gives the paragraph back", () => {
    const answer = sampleAnswer("ja");
    const out = renderTerminal(answer);
    const [quotes] = out.split("\n\n[1] ");
    const blocks = quotes!.split("\n\n").map((b) =>
      b
        .split("\n")
        .filter((l) => l.startsWith("  > "))
        .map((l) => l.slice(4))
        .join("\n")
        .replace(/ \[\d+\]$/, "")
        .replace(/[【】]/g, ""),
    );
    expect(blocks).toEqual(answer.results.map((r) => r.text));
  });

  it("uses bold yellow instead of brackets when colour is on", () => {
    const out = renderTerminal(sampleAnswer("ja"), { color: true });
    expect(out).toContain(
      "  > \x1b[1;33m中国は中央アジア諸国に総額260億元の融資と無償援助を提供すると表明した。\x1b[0m資金は",
    );
    expect(out).not.toContain("【");
  });

  it("labels English glosses and twins in the question's language", () => {
    const out = renderTerminal(sampleAnswer("en"));
    expect(out).toContain(
      "  (Gloss (not part of the source): 税関 = customs)\n  (Same fact also in: astana-summit-2025#7)",
    );
  });

  it("refuses plainly in the question's language", () => {
    expect(renderTerminal(refusal("ja"))).toBe("記事の中に、この質問に答える箇所は見つかりませんでした。\n");
    expect(renderTerminal(refusal("en"))).toBe("Nothing in the articles answers that question.\n");
  });

  it("marks the closest passages of a related answer as not answering, without highlights, in the question's language", () => {
    const out = renderTerminal(relatedAnswer("en"));
    expect(out.startsWith("The articles don't say this directly. Closest passages (not an answer):\n\n")).toBe(true);
    expect(out).not.toMatch(/[【】]/);
    expect(out).toMatch(/^\[1\] .* — match 8%$/m);
    expect(renderTerminal(relatedAnswer("ja"))).toContain("記事にはこの答えが直接書かれていません。");
  });

  it("refuses when answerable but nothing was found, and never quotes a refused answer's results", () => {
    expect(renderTerminal({ ...sampleAnswer("en"), results: [] })).toBe(
      "Nothing in the articles answers that question.\n",
    );
    expect(renderTerminal({ ...sampleAnswer("en"), answerable: false, confidence: "none" })).toBe(
      "Nothing in the articles answers that question.\n",
    );
  });
});
