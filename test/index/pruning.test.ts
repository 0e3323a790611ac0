import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { FormatError } from "../../src/index/storage/binary.js";
import { keywordTerms } from "../../src/index/fields.js";
import {
  buildKeywordIndex,
  decodeKeywordIndex,
  encodeKeywordIndex,
  KeywordIndex,
  SMALL_QUERY_POSTINGS,
  termWeights,
} from "../../src/index/keyword/keyword-index.js";
import { questionTerms } from "../../src/search/plan.js";
import { analyze } from "../../src/text/analyzer.js";
import { seededRandom } from "../helpers/random.mjs";
import { PROJECT_ROOT } from "../helpers/fixtures.js";

const random = seededRandom;

/** A corpus shaped like character n-grams: a few terms in nearly every passage, a long tail of rare ones. */
function zipfCorpus(passages: number, seed: number): string[][] {
  const rand = random(seed);
  return Array.from({ length: passages }, () => {
    const length = 20 + Math.floor(rand() * 100);
    return Array.from({ length }, () => `t${Math.floor(Math.pow(rand(), 3) * 3000)}`);
  });
}

const bundled = loadCorpus(join(PROJECT_ROOT, "corpus"));
const bundledPassages = bundled.documents.flatMap((d) => d.passages.map((p) => ({ p, meta: d.meta })));
const bundledData = buildKeywordIndex(bundledPassages.map(({ p, meta }) => keywordTerms(p, meta)));
const bundledIndex = new KeywordIndex(bundledData);

describe("pruned BM25 top-k (MaxScore) against scoring every passage", () => {
  it("returns the same top 10, scores included, for questions and paragraph openings over the bundled corpus", () => {
    const seedDir = join(PROJECT_ROOT, "test/fixtures/seeds");
    const lines = readdirSync(seedDir)
      .filter((f) => f.endsWith(".txt"))
      .flatMap((f) => readFileSync(join(seedDir, f), "utf8").split("\n"))
      .map((l) => l.trim().slice(0, 40))
      .filter(Boolean);
    const questions = [
      ...lines,
      "首脳会談では何が話し合われましたか",
      "アスタナで結ばれた協力合意はいくつ?",
      "SCO",
      "の",
    ];
    expect(bundledIndex.size).toBeGreaterThan(50);
    expect(questions.length).toBeGreaterThan(50);
    let compared = 0;
    // The bundled corpus is small enough for term-by-term scoring: the walk is forced too.
    const walking = new KeywordIndex(bundledData, { smallQueryPostings: 0 });
    for (const q of questions) {
      const query = questionTerms(q);
      const exhaustive = bundledIndex.exhaustiveSearch(query, 10);
      expect(bundledIndex.search(query, 10)).toEqual(exhaustive);
      expect(walking.search(query, 10)).toEqual(exhaustive);
      expect(walking.search(query, 3)).toEqual(bundledIndex.exhaustiveSearch(query, 3));
      compared += exhaustive.length;
    }
    expect(compared).toBeGreaterThan(questions.length * 5);
  });

  it("returns the same top k for many weighted queries over a skewed corpus, with and without a passage filter", () => {
    const index = new KeywordIndex(buildKeywordIndex(zipfCorpus(12_000, 7)));
    const rand = random(11);
    const postingsOf = (query: Map<string, number>) =>
      [...query.keys()]
        .map((t) => index.termId(t))
        .filter((id) => id >= 0)
        .reduce((n, id) => n + index.data.postingStarts[id + 1]! - index.data.postingStarts[id]!, 0);
    let walked = 0;
    for (let q = 0; q < 120; q++) {
      const query = new Map<string, number>();
      const terms = 1 + Math.floor(rand() * 90);
      for (let i = 0; i < terms; i++)
        query.set(`t${Math.floor(Math.pow(rand(), 2) * 3200)}`, q % 3 === 0 ? 1 : 0.1 + rand() * 3);
      // Queries with many postings take the MaxScore walk; the others are scored term by term.
      if (postingsOf(query) > SMALL_QUERY_POSTINGS) walked++;
      for (const k of [1, 5, 10, 100]) {
        expect(index.search(query, k)).toEqual(index.exhaustiveSearch(query, k));
        const allowed = (i: number) => i % 7 !== 3 && i >= 200;
        expect(index.search(query, k, allowed)).toEqual(index.exhaustiveSearch(query, k, allowed));
      }
    }
    expect(walked).toBeGreaterThan(20);
    expect(walked).toBeLessThan(100);
  });

  it("keeps the lower passage index first among tied scores, as exhaustive scoring does", () => {
    const index = new KeywordIndex(
      buildKeywordIndex([
        ["x", "y"],
        ["x", "y"],
        ["z", "z"],
        ["x", "y"],
        ["x", "y"],
      ]),
    );
    const query = termWeights(["x", "y"]);
    expect(index.search(query, 2)).toEqual(index.exhaustiveSearch(query, 2));
    expect(index.search(query, 2).map(([i]) => i)).toEqual([0, 1]);
  });
});

describe("the keyword index file", () => {
  const bytes = () =>
    Buffer.concat(encodeKeywordIndex(buildKeywordIndex(bundledPassages.map(({ p, meta }) => keywordTerms(p, meta)))));

  it("reads back an index that ranks, weighs and covers exactly as the one written", () => {
    const read = new KeywordIndex(decodeKeywordIndex(bytes()));
    expect(read.size).toBe(bundledIndex.size);
    for (const q of ["中央アジアサミットの開催地はどこですか", "トカエフ大統領", "G7"]) {
      const query = questionTerms(q);
      expect(read.search(query, 20)).toEqual(bundledIndex.search(query, 20));
      for (const t of analyze(q)) expect(read.idf(t)).toBe(bundledIndex.idf(t));
      expect(read.coverageOf(query)(3)).toBe(bundledIndex.coverageOf(query)(3));
    }
    expect(read.has("w:zzzz-not-there")).toBe(false);
  });

  it("refuses a truncated file, a file of another kind and postings whose offsets run past the postings", () => {
    const good = bytes();
    expect(() => decodeKeywordIndex(good.subarray(0, good.length - 100))).toThrow(FormatError);
    expect(() => decodeKeywordIndex(Buffer.from("not an index file at all"))).toThrow(/expected a SBKW file/);
    const data = decodeKeywordIndex(good);
    const bad = { ...data, postingStarts: data.postingStarts.slice() };
    bad.postingStarts[bad.postingStarts.length - 1]! += 5;
    expect(() => decodeKeywordIndex(Buffer.concat(encodeKeywordIndex(bad)))).toThrow(
      /postings: offsets and arrays disagree/,
    );
  });
});
