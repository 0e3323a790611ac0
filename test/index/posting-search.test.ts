import { describe, expect, it } from "vitest";
import { gallop, holds } from "../../src/index/keyword/top-k.js";

// A deterministic pseudo-random sequence (LCG), so that a failure names its case.
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe("looking a passage up in a posting list", () => {
  it("holds says whether the list holds the passage, for even, clustered, short and empty lists and every passage", () => {
    const size = 500;
    const next = random(7);
    const lists: number[][] = [
      [],
      [0],
      [size - 1],
      [3, 4, 5],
      Array.from({ length: size }, (_, d) => d),
      Array.from({ length: size }, (_, d) => d).filter(() => next() < 0.3),
      Array.from({ length: size }, (_, d) => d).filter((d) => d < 40 || (d > 450 && next() < 0.5)), // clustered at both ends
      Array.from({ length: size }, (_, d) => d).filter((d) => d > 200 && d < 230),
    ];
    for (const list of lists) {
      // The list sits inside a larger array, between other terms' postings.
      const docs = new Uint32Array([7, 9, ...list, 1, 2]);
      const from = 2;
      const to = 2 + list.length;
      const set = new Set(list);
      for (let d = 0; d < size; d++) {
        expect(holds(docs, from, to, d, size)).toBe(set.has(d));
        const at = gallop(docs, from, to, d);
        expect(at < to && docs[at] === d).toBe(set.has(d));
      }
    }
  });
});
