import { describe, expect, it } from "vitest";
import { buildKeywordIndex, KeywordIndex, termWeights, topK } from "../../src/index/keyword/keyword-index.js";
import { coverageOf } from "../helpers/coverage.js";

// Three tiny "passages" of terms; lengths 3, 2, 4 (average 3).
const docs = [
  ["a", "b", "a"],
  ["b", "c"],
  ["c", "d", "d", "d"],
];
const index = new KeywordIndex(buildKeywordIndex(docs));
const idf = (df: number) => Math.log(1 + (3 - df + 0.5) / (df + 0.5));
const bm25 = (tf: number, len: number, df: number) => (idf(df) * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * len) / 3));

describe("BM25 keyword index", () => {
  it("computes BM25 idf (positive even for a term in every passage; unseen terms get the maximum)", () => {
    expect(index.idf("a")).toBeCloseTo(idf(1), 10);
    expect(index.idf("b")).toBeCloseTo(idf(2), 10);
    expect(index.idf("zzz")).toBeCloseTo(idf(0), 10);
    expect(new KeywordIndex(buildKeywordIndex([["x"], ["x"]])).idf("x")).toBeGreaterThan(0);
  });

  it("scores passages by BM25 (k1 1.2, b 0.75), best first, weighting query terms", () => {
    const hits = index.search(termWeights(["b", "d"]), 10);
    expect(hits.map(([i]) => i)).toEqual([2, 1, 0]);
    expect(hits[0]![1]).toBeCloseTo(bm25(3, 4, 1), 10);
    expect(hits[1]![1]).toBeCloseTo(bm25(1, 2, 2), 10);
    expect(hits[2]![1]).toBeCloseTo(bm25(1, 3, 2), 10);
    const doubled = index.search(termWeights(["b", "b"]), 1);
    expect(doubled[0]![1]).toBeCloseTo(2 * bm25(1, 2, 2), 10);
  });

  it("gives a passage's coverage from the postings, equal to the evidence measure over its terms", () => {
    const query = new Map([
      ["a", 1],
      ["c", 0.5],
      ["d", 2],
      ["zzz", 1],
    ]);
    const covered = index.coverageOf(query);
    docs.forEach((terms, d) => expect(covered(d)).toBeCloseTo(coverageOf(query, index)(new Set(terms)), 12));
    // Capped weights and the unseen term: passage 2 holds c (half weight) and d (capped at 1).
    const total = idf(1) + 0.5 * idf(2) + idf(1) + idf(0);
    expect(covered(2)).toBeCloseTo((0.5 * idf(2) + idf(1)) / total, 12);
    expect(index.search(query, 3)).toEqual(index.exhaustiveSearch(query, 3));
  });

  it("returns only passages that match, at most k, within the allowed ones", () => {
    expect(index.search(termWeights(["a"]), 10).map(([i]) => i)).toEqual([0]);
    expect(index.search(termWeights(["b", "c", "d"]), 1)).toHaveLength(1);
    expect(index.search(termWeights(["b", "c"]), 10, (i) => i !== 1).map(([i]) => i)).toEqual([0, 2]);
    expect(index.search(termWeights(["nothing"]), 10)).toEqual([]);
  });
});

describe("topK", () => {
  it("keeps the k largest positive scores, ties in index order", () => {
    expect(topK([0.5, 0, 2, 0.5, -1, 3, 0.5], 3)).toEqual([
      [5, 3],
      [2, 2],
      [0, 0.5],
    ]);
    expect(topK([1, 1, 1], 5)).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  });
});
