import { describe, expect, it } from "vitest";
import type { VectorIndex } from "../../src/index/vector/vector-index.js";
import { PhraseTable, phraseShingles, shingleForm } from "../../src/search/shingles.js";
import { linearFusion, reciprocalRankFusion, SIGNALS, type FusionInput, type Signal } from "../../src/search/fusion.js";
import { FeatureCache } from "../../src/search/passage-features.js";
import { defaultPlanner } from "../../src/search/plan.js";
import { DEFAULT_TUNING } from "../../src/search/tuning.js";

describe("reciprocal rank fusion", () => {
  it("adds weight / (k + rank) over the lists, rank counted from 1", () => {
    const fused = reciprocalRankFusion(
      [
        {
          hits: [
            [7, 12.5],
            [3, 9],
            [1, 0.1],
          ],
          weight: 1,
        },
        {
          hits: [
            [3, 0.9],
            [9, 0.8],
          ],
          weight: 0.5,
        },
      ],
      60,
    );
    expect(fused.map(([id]) => id)).toEqual([3, 7, 1, 9]);
    const byId = new Map(fused);
    expect(byId.get(3)).toBeCloseTo(1 / 62 + 0.5 / 61, 12);
    expect(byId.get(7)).toBeCloseTo(1 / 61, 12);
    expect(byId.get(1)).toBeCloseTo(1 / 63, 12);
    expect(byId.get(9)).toBeCloseTo(0.5 / 62, 12);
  });

  it("ignores the raw scores: only ranks count", () => {
    const a = reciprocalRankFusion(
      [
        {
          hits: [
            [1, 100],
            [2, 1],
          ],
          weight: 1,
        },
      ],
      60,
    );
    const b = reciprocalRankFusion(
      [
        {
          hits: [
            [1, 0.51],
            [2, 0.5],
          ],
          weight: 1,
        },
      ],
      60,
    );
    expect(a).toEqual(b);
  });

  it("uses k to flatten the rank curve, and breaks ties by the lower id", () => {
    const [first, second] = reciprocalRankFusion(
      [
        {
          hits: [
            [5, 1],
            [4, 1],
          ],
          weight: 1,
        },
      ],
      1,
    );
    expect(first![1]).toBeCloseTo(1 / 2, 12);
    expect(second![1]).toBeCloseTo(1 / 3, 12);
    const tied = reciprocalRankFusion(
      [
        { hits: [[8, 1]], weight: 1 },
        { hits: [[2, 1]], weight: 1 },
      ],
      60,
    );
    expect(tied.map(([id]) => id)).toEqual([2, 8]);
  });

  it("returns nothing for empty lists", () => {
    expect(reciprocalRankFusion([{ hits: [], weight: 1 }])).toEqual([]);
  });
});

describe("linear fusion", () => {
  // Passage i's cosine is cosines[i]; its text (for the phrase signal) is texts[i].
  const cosines = [0.9, 0.2, 0.5, 0.1];
  const texts = ["首脳会議は西安で開かれた", "貿易額は増えた", "西安で開かれた首脳会議", "無関係"];
  const vectors = { similarity: (_q: Float32Array, i: number) => cosines[i]! } as unknown as VectorIndex;
  const input = (over: Partial<FusionInput> = {}): FusionInput => ({
    plan: { ...defaultPlanner("首脳会議は西安で"), phraseText: "首脳会議は西安で" },
    tuning: DEFAULT_TUNING,
    keywordHits: [
      [1, 8],
      [0, 4],
    ],
    vectorHits: [
      [0, 0.9],
      [2, 0.5],
    ],
    queryVector: new Float32Array(1),
    vectors,
    phrases: (i) => new PhraseTable(shingleForm(texts[i]!)),
    support: (i) => [0.5, 0, 1, 0][i]!,
    ...over,
  });

  it("scores each candidate of either list as the weighted sum of BM25 over the best, cosine and phrase share, then adds weighted support in the head", () => {
    const { keywordWeight: kw, vectorWeight: vw, phraseWeight: pw, supportWeight: sw } = DEFAULT_TUNING;
    const fused = new Map(linearFusion(input()));
    expect([...fused.keys()].sort()).toEqual([0, 1, 2]);
    const phrases = [...phraseShingles("首脳会議は西安で")];
    const phrase = (i: number) => phrases.filter((x) => shingleForm(texts[i]!).includes(x)).length / phrases.length;
    expect(phrase(0)).toBeGreaterThan(0);
    expect(fused.get(0)).toBeCloseTo(kw * (4 / 8) + vw * 0.9 + pw * phrase(0) + sw * 0.5, 12);
    expect(fused.get(1)).toBeCloseTo(kw * 1 + vw * 0.2 + pw * phrase(1) + sw * 0, 12);
    expect(fused.get(2)).toBeCloseTo(kw * 0 + vw * 0.5 + pw * phrase(2) + sw * 1, 12);
  });

  it("scores the same from the passages' cached phrase tables as from fresh ones", () => {
    const cache = new FeatureCache(
      (i) => ({ id: `d#${i + 1}`, docId: "d", n: i + 1, line: i + 1, text: texts[i]! }),
      () => "",
    );
    const fresh = linearFusion(input());
    expect(linearFusion(input({ phrases: (i) => cache.phrases(i) }))).toEqual(fresh);
    expect(linearFusion(input({ phrases: (i) => cache.phrases(i) }))).toEqual(fresh);
  });

  it("takes a new signal as one more entry of the table: weight × value, skipped at weight 0", () => {
    const recency: Signal = { name: "recency", weight: () => 2, prepare: () => (i) => (i === 2 ? 1 : 0) };
    const without = new Map(linearFusion(input(), SIGNALS, []));
    const withIt = new Map(linearFusion(input(), [...SIGNALS, recency], []));
    expect(withIt.get(2)! - without.get(2)!).toBeCloseTo(2, 12);
    expect(withIt.get(0)).toBe(without.get(0));
    const off = new Map(linearFusion(input(), [...SIGNALS, { ...recency, weight: () => 0 }], []));
    expect(off).toEqual(without);
  });

  it("lets head signals re-order only the best supportDepth candidates", () => {
    const tuning = { ...DEFAULT_TUNING, supportDepth: 1 };
    const fused = linearFusion(input({ tuning }));
    const plain = linearFusion(input({ tuning }), SIGNALS, []);
    expect(fused.map(([i]) => i)).toEqual(plain.map(([i]) => i));
    expect(fused.slice(1)).toEqual(plain.slice(1));
  });

  it("leaves the lexical signals (phrase, support) out in vector-only mode", () => {
    const tuning = { ...DEFAULT_TUNING, mode: "vector" as const };
    const fused = new Map(linearFusion(input({ tuning, keywordHits: [] })));
    expect(fused.get(0)).toBeCloseTo(0.1 * 0.9, 12);
    expect(fused.get(2)).toBeCloseTo(0.1 * 0.5, 12);
  });
});
