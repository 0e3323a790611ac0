import { describe, expect, it } from "vitest";
import { buildVocabulary } from "../../src/index/vocabulary.js";
import { expandQuery } from "../../src/translate/expand.js";
import { tokenize } from "../../src/translate/tokens.js";
import { verbPositions } from "../../src/translate/verb-context.js";
import { dictionary, PASSAGES } from "./fixture.js";

const verbsOf = (q: string): string[] => {
  const tokens = tokenize(q);
  return [...verbPositions(tokens)].map((i) => tokens[i]!.lower);
};
const sensesOf = (q: string, en: string, passages: readonly string[] = PASSAGES): string[] =>
  expandQuery(q, dictionary(), buildVocabulary(passages))
    .terms.filter((t) => t.en.toLowerCase() === en)
    .map((t) => t.ja);

describe("verbPositions", () => {
  it("finds the verb after an auxiliary and its subject, and after to", () => {
    expect(verbsOf("Why did Xi want the centres to play their full role?")).toEqual(["play", "want"]);
    expect(verbsOf("What kind of talks did the two leaders hold?")).toEqual(["hold"]);
    expect(verbsOf("Will China send its own experts?")).toEqual(["send"]);
  });

  it("takes no noun for a verb where no auxiliary or to stands before it", () => {
    expect(verbsOf("What are the main lessons of the talks?")).toEqual([]);
    expect(verbsOf("How many visitors came to China in 2024?")).toEqual([]);
  });
});

describe("expandQuery: a word used as a verb", () => {
  const passages = [...PASSAGES, "習主席は両国の協力をさらに求めた。", "貧困の削減は大きな課題である。"];

  it("takes the verb's sense the archive holds inflected over a noun sense it holds as written (want → 求め, not 貧困)", () => {
    const senses = sensesOf("What did Xi want China and Kazakhstan to do?", "want", passages);
    expect(senses).toContain("求め");
    expect(senses).not.toContain("貧困");
  });

  it("keeps the noun's sense where the word is a noun (poverty and want → 貧困)", () => {
    expect(sensesOf("How is want measured in the region?", "want", passages)).toContain("貧困");
  });
});

describe("expandQuery: a name written without its capital", () => {
  it("finds xi and tokayev as Xi and Tokayev do", () => {
    expect(sensesOf("what did xi and tokayev say about trade", "xi")).toEqual(
      sensesOf("What did Xi and Tokayev say about trade?", "xi"),
    );
    expect(sensesOf("what did xi and tokayev say about trade", "tokayev")).toContain("トカエフ");
  });
});

describe("verbPositions: where the subject stands", () => {
  it("reads a lowercase name after a question's auxiliary as its subject, and the word after a subject's auxiliary as the verb", () => {
    expect(verbsOf("why did xi want the centres to grow")).toEqual(["grow", "want"]);
    expect(verbsOf("What did China say it would help modernize?")).toEqual(["say", "help"]);
  });
});
