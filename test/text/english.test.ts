/** English paragraphs' analysis (issue 20): words, case folding, Porter2 stems, possessives, hyphens, numbers, dates. */
import { describe, expect, it } from "vitest";
import { analyzeEnglish, stemEnglish } from "../../src/text/english.js";
import { dateKeys } from "../../src/text/dates.js";
import { paragraphLanguage } from "../../src/text/lang.js";
import { englishNumberWord } from "../../src/text/number-words.js";

const has = (text: string, term: string) => analyzeEnglish(text).includes(term);

describe("English analysis", () => {
  it("folds case and stems inflected forms to one term", () => {
    expect(stemEnglish("Signed")).toBe(stemEnglish("signing"));
    expect(analyzeEnglish("Agreements")).toEqual(analyzeEnglish("agreement"));
  });

  it("drops the possessive", () => {
    expect(has("Tokayev's visit", "e:tokayev")).toBe(true);
  });

  it("indexes a hyphenated word by its parts and joined", () => {
    const terms = analyzeEnglish("Good-Neighbourliness");
    for (const part of analyzeEnglish("good neighbourliness")) expect(terms).toContain(part);
    expect(terms).toContain(analyzeEnglish("goodneighbourliness")[0]);
  });

  it("writes a number without separators and a digit ordinal as its number", () => {
    expect(has("7,000,000 people", "e:7000000")).toBe(true);
    expect(has("the 17th", "e:17")).toBe(true);
  });

  it("keeps stop words in the text's terms, so a phrase made of them can be found", () => {
    expect(has("The Who", "e:the")).toBe(true);
  });
});

describe("dates in either language", () => {
  it("gives June 17, 2025, 17 June 2025, 2025-06-17 and 2025年6月17日 the same calendar key", () => {
    const keys = ["June 17, 2025", "17 June 2025", "2025-06-17", "2025年6月17日"].map(dateKeys);
    for (const k of keys) expect(k).toContain(keys[0]![0]);
  });
});

describe("a paragraph's language", () => {
  it("takes the document's lang unless the paragraph is plainly in the other language", () => {
    expect(paragraphLanguage("The summit opened in Astana.", "ja")).toBe("en");
    expect(paragraphLanguage("第2回首脳会議はアスタナで開かれた。", "en")).toBe("ja");
    expect(paragraphLanguage("Xi Jinping (習近平) met the leaders in Astana.", "en")).toBe("en");
    expect(paragraphLanguage("習近平国家主席はSCOの会合に出席した。", "ja")).toBe("ja");
  });

  it("decides by script where the document declares none", () => {
    expect(paragraphLanguage("The summit opened in Astana.")).toBe("en");
    expect(paragraphLanguage("首脳会議が開かれた。")).toBe("ja");
  });
});

describe("small numbers as English words", () => {
  it("names 1 to 20 as cardinals or ordinals, nothing outside", () => {
    expect(englishNumberWord(3, true)).toBe("third");
    expect(englishNumberWord(3, false)).toBe("three");
    expect(englishNumberWord(21, false)).toBeUndefined();
    expect(englishNumberWord(0, true)).toBeUndefined();
  });
});
