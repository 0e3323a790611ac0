import { describe, expect, it } from "vitest";
import {
  EXACT_MAX_CHARS,
  encodeDirectivePart,
  sourceLink,
  textDirective,
  wordBoundaries,
} from "../../src/render/source-link.js";
import { decodeTextFragment } from "../helpers/text-fragment.js";

const URL_EN = "https://news.example.org/2025/06/astana-summit";
const URL_JA = "https://jp.example.org/articles/12345";

/** The span of `sentence` inside `paragraph` (its first occurrence, or the nth). */
function spanOf(paragraph: string, sentence: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = paragraph.indexOf(sentence, at + 1);
  if (at < 0) throw new Error(`not in paragraph: ${sentence}`);
  return { start: at, end: at + sentence.length };
}

/** The directive part of a link: what follows `:~:text=`. */
const directiveOf = (link: string) => link.slice(link.indexOf(":~:text=") + ":~:text=".length);

describe("sourceLink", () => {
  it("links an English sentence of the paragraph whole when it is short", () => {
    const p = "Leaders met in Astana on Tuesday. The summit adopted the Astana Declaration. Talks went on late.";
    const link = sourceLink(URL_EN, p, spanOf(p, "The summit adopted the Astana Declaration."))!;
    expect(link).toBe(`${URL_EN}#:~:text=The%20summit%20adopted%20the%20Astana%20Declaration.`);
    expect(decodeTextFragment(link)).toEqual({ start: "The summit adopted the Astana Declaration." });
  });

  it("escapes the directive's syntax characters - , & inside the text", () => {
    const p = "China-Central Asia trade, energy & transport grew.";
    const link = sourceLink(URL_EN, p, { start: 0, end: p.length })!;
    const directive = directiveOf(link);
    expect(directive).not.toMatch(/[-,&]/);
    expect(directive).toContain("%2D");
    expect(directive).toContain("%2C");
    expect(directive).toContain("%26");
    expect(decodeTextFragment(link).start).toBe(p);
  });

  it("percent-encodes Japanese as UTF-8 bytes", () => {
    const p = "習近平国家主席は演説した。";
    const link = sourceLink(URL_JA, p, { start: 0, end: p.length })!;
    expect(directiveOf(link)).toBe(
      "%E7%BF%92%E8%BF%91%E5%B9%B3%E5%9B%BD%E5%AE%B6%E4%B8%BB%E5%B8%AD%E3%81%AF%E6%BC%94%E8%AA%AC%E3%81%97%E3%81%9F%E3%80%82",
    );
    expect(directiveOf(link)).toMatch(/^[A-Za-z0-9%._]+$/);
    expect(decodeTextFragment(link).start).toBe(p);
  });

  it("gives a long English sentence as start,end cut between whole words", () => {
    const sentence =
      "The two heads of state agreed to expand cooperation in trade, energy, transport and green development, and to hold the next summit in China in two years' time.";
    expect(sentence.length).toBeGreaterThan(EXACT_MAX_CHARS);
    const p = `Opening words. ${sentence} Closing words.`;
    const d = decodeTextFragment(sourceLink(URL_EN, p, spanOf(p, sentence))!);
    expect(d.end).toBeDefined();
    expect(sentence.startsWith(d.start)).toBe(true);
    expect(sentence.endsWith(d.end!)).toBe(true);
    // Whole words: the next character after the start and the one before the end are spaces.
    expect(sentence[d.start.length]).toBe(" ");
    expect(sentence[sentence.length - d.end!.length - 1]).toBe(" ");
    expect(d.start.length + d.end!.length).toBeLessThan(sentence.length);
  });

  it("cuts a long Japanese sentence only after punctuation, where a word surely ends", () => {
    const sentence =
      "中国と中央アジア5カ国は、恒久的な善隣友好と協力に関する条約に署名し、長期的な友情の原則を法的な形で位置づけたうえで、経済、安全保障、文化など幅広い分野で協力を深めることで一致した。";
    expect(sentence.length).toBeGreaterThan(EXACT_MAX_CHARS);
    const p = `サミットが開かれた。${sentence}`;
    const d = decodeTextFragment(sourceLink(URL_JA, p, spanOf(p, sentence))!);
    expect(d.end).toBeDefined();
    expect(sentence.startsWith(d.start)).toBe(true);
    expect(d.start.endsWith("、")).toBe(true);
    expect(sentence.endsWith(d.end!)).toBe(true);
    expect(sentence[sentence.length - d.end!.length - 1]).toBe("、");
  });

  it("quotes a long Japanese sentence whole when it has no punctuation to cut at", () => {
    const sentence =
      "中央アジア諸国との協力関係を一層強化するための新たな枠組みとして中国中央アジア首脳会議を定期的に開催する方針を確認したと外務省の報道官が定例記者会見で明らかにしたことが関係者への取材で分かった。";
    expect(sentence.length).toBeGreaterThan(EXACT_MAX_CHARS);
    const d = decodeTextFragment(sourceLink(URL_JA, sentence, { start: 0, end: sentence.length })!);
    expect(d).toEqual({ start: sentence });
  });

  it("adds the words before the sentence as a prefix when its start also comes earlier in the paragraph", () => {
    const p =
      "The summit opened in Xi'an. Leaders spoke on trade. The summit opened in Xi'an. It closed with a declaration.";
    const link = sourceLink(URL_EN, p, spanOf(p, "The summit opened in Xi'an.", 1))!;
    const d = decodeTextFragment(link);
    expect(d.start).toBe("The summit opened in Xi'an.");
    expect(d.prefix).toBeDefined();
    expect(p).toContain(`${d.prefix} ${d.start}`);
    // The prefix with the start is found first at the second sentence, not the first.
    expect(p.indexOf(`${d.prefix} ${d.start}`) + d.prefix!.length + 1).toBe(p.indexOf(d.start, 1));
    expect(directiveOf(link)).toMatch(/^[^,]+-,[^,]+$/);
  });

  it("adds a prefix in Japanese from the preceding sentence", () => {
    const p = "会議は成功した。両国は合意した。首脳は握手した。会議は成功した。";
    const d = decodeTextFragment(sourceLink(URL_JA, p, spanOf(p, "会議は成功した。", 1))!);
    expect(d.prefix).toBe("両国は合意した。首脳は握手した。");
    expect(d.start).toBe("会議は成功した。");
  });

  it("adds the words after the sentence as a suffix when the sentence opens the paragraph and repeats later", () => {
    const p = "Talks were held. The ministers then met the press. Talks were held.";
    const link = sourceLink(URL_EN, p, spanOf(p, "Talks were held."))!;
    const d = decodeTextFragment(link);
    expect(d.prefix).toBeUndefined();
    expect(d.suffix).toBeDefined();
    expect(p.startsWith(`${d.start} ${d.suffix}`)).toBe(true);
    expect(directiveOf(link)).toMatch(/,-[^,]+$/);
  });

  it("matches case-insensitively when it decides a start is not unique, as browsers do", () => {
    const p = "the summit closed. Then came the press. The summit closed.";
    const d = decodeTextFragment(sourceLink(URL_EN, p, spanOf(p, "The summit closed."))!);
    expect(d.prefix).toBe("the press.");
  });

  it("links the first sentence when nothing is highlighted", () => {
    const p = "First sentence here. Second sentence there.";
    expect(decodeTextFragment(sourceLink(URL_EN, p)!).start).toBe("First sentence here.");
  });

  it("keeps underscores and asterisks that are not markdown emphasis", () => {
    const p = "The variable window.__name and 2*3*4 stay.";
    expect(decodeTextFragment(sourceLink(URL_EN, p)!).start).toBe(p);
  });

  it("drops inline markdown and folds whitespace, as the page shows the text", () => {
    const p = "The **Astana Declaration** was [signed](https://x.example/y) on\nTuesday.";
    expect(decodeTextFragment(sourceLink(URL_EN, p, { start: 0, end: p.length })!).start).toBe(
      "The Astana Declaration was signed on Tuesday.",
    );
  });

  it("keeps the page's own fragment and replaces an old text directive", () => {
    const p = "A sentence.";
    expect(sourceLink(`${URL_EN}#section-2`, p)).toBe(`${URL_EN}#section-2:~:text=A%20sentence.`);
    expect(sourceLink(`${URL_EN}#:~:text=old`, p)).toBe(`${URL_EN}#:~:text=A%20sentence.`);
  });

  it("gives nothing without an http(s) URL", () => {
    expect(sourceLink(undefined, "A sentence.")).toBeUndefined();
    expect(sourceLink("javascript:alert(1)", "A sentence.")).toBeUndefined();
    expect(sourceLink("not a url", "A sentence.")).toBeUndefined();
  });
});

describe("text directive parts", () => {
  it("escapes parentheses too, so a markdown link around the URL does not end early", () => {
    expect(encodeDirectivePart("a (b) c-d")).toBe("a%20%28b%29%20c%2Dd");
  });

  it("finds word boundaries at spaces and after CJK punctuation, never inside a kana or kanji run", () => {
    expect(wordBoundaries("ab cd")).toEqual([0, 2, 3, 5]);
    expect(wordBoundaries("会議は、成功「大」")).toEqual([0, 4, 6, 7, 9]);
  });

  it("says nothing for an empty span", () => {
    expect(textDirective("Some text.", { start: 3, end: 3 })).toBeUndefined();
  });
});
