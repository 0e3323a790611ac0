import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/types.js";
import { containment, PhraseTable, QuestionPhrases, shingleForm, shingles } from "../../src/search/shingles.js";
import { FeatureCache } from "../../src/search/passage-features.js";
import { factsOf } from "../../src/search/answer/display.js";

const TEXTS = [
  "2024年6月17日、アスタナで第2回中国・中央アジアサミットが開かれた。",
  "習主席は「協力を深める」と述べた。両国は6つの協定に署名した。",
  "第2回中国・中央アジアサミットはアスタナで開かれた。",
];
const passage = (i: number): Passage => ({
  id: `d#${i + 1}`,
  docId: "d",
  n: i + 1,
  line: i + 1,
  text: TEXTS[i % TEXTS.length]!,
  section: "会議",
});

describe("the per-passage feature cache (phrase tables and the answer stage's features)", () => {
  it("returns what a fresh computation returns", () => {
    const cache = new FeatureCache(passage, () => "サミット");
    const question = new QuestionPhrases("第2回中国・中央アジアサミット");
    TEXTS.forEach((text, i) => {
      const f = cache.get(i);
      expect(f.view.text).toBe(text);
      expect(f.view.heading).toBe("サミット\n会議");
      expect([...f.shingles]).toEqual([...shingles(text)]);
      expect(f.facts).toEqual(factsOf(text));
      expect(cache.phrases(i).share(question)).toBe(new PhraseTable(shingleForm(text)).share(question));
    });
    expect(cache.containment(0, 2)).toBe(containment(shingles(TEXTS[0]!), shingles(TEXTS[2]!)));
    expect(cache.containment(2, 0)).toBe(cache.containment(0, 2));
  });

  it("computes each passage's parts once while it is kept", () => {
    const cache = new FeatureCache(passage, () => "");
    expect(cache.get(1)).toBe(cache.get(1));
    expect(cache.phrases(1)).toBe(cache.phrases(1));
  });

  it("keeps at most `capacity` passages, dropping the one reached first, and recomputes a dropped one alike", () => {
    const reads: number[] = [];
    const cache = new FeatureCache(
      (i) => {
        reads.push(i);
        return passage(i);
      },
      () => "",
    );
    const first = cache.get(0);
    for (let i = 1; i <= cache.capacity; i++) cache.phrases(i);
    const again = reads.length;
    cache.phrases(cache.capacity); // still kept: not read again
    expect(reads.length).toBe(again);
    const recomputed = cache.get(0); // dropped when passage `capacity` came in
    expect(reads.length).toBe(again + 1);
    expect(recomputed).not.toBe(first);
    expect(recomputed).toEqual(first);
  });
});
