import { describe, expect, it } from "vitest";
import { reciprocalRankFusion } from "../../src/search/fusion.js";

describe("reciprocal rank fusion", () => {
  it("adds weight / (k + rank) over the lists, rank counted from 1", () => {
    const fused = reciprocalRankFusion(
      [
        { hits: [[7, 12.5], [3, 9], [1, 0.1]], weight: 1 },
        { hits: [[3, 0.9], [9, 0.8]], weight: 0.5 },
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
    const a = reciprocalRankFusion([{ hits: [[1, 100], [2, 1]], weight: 1 }], 60);
    const b = reciprocalRankFusion([{ hits: [[1, 0.51], [2, 0.5]], weight: 1 }], 60);
    expect(a).toEqual(b);
  });

  it("uses k to flatten the rank curve, and breaks ties by the lower id", () => {
    const [first, second] = reciprocalRankFusion([{ hits: [[5, 1], [4, 1]], weight: 1 }], 1);
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
