import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { keywordTerms } from "../../src/index/fields.js";
import { decodeKeywordIndex, encodeKeywordIndex, KeywordIndexBuilder } from "../../src/index/keyword/keyword-index.js";
import { seededRandom } from "../helpers/random.mjs";
import { PROJECT_ROOT } from "../helpers/fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "summit-spill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bundled = loadCorpus(join(PROJECT_ROOT, "corpus"));
const bundledTerms = bundled.documents.flatMap((d) => d.passages.map((p) => keywordTerms(p, d.meta)));

function skewed(passages: number, seed: number): string[][] {
  const rand = seededRandom(seed);
  return Array.from({ length: passages }, () =>
    Array.from({ length: 5 + Math.floor(rand() * 60) }, () => `t${Math.floor(Math.pow(rand(), 3) * 800)}`),
  );
}

function builderOver(docs: readonly (readonly string[])[], maxPostings?: number, name = "runs"): KeywordIndexBuilder {
  const builder = new KeywordIndexBuilder(
    maxPostings === undefined ? {} : { spill: { dir: join(dir, name), prefix: ".staging-test-", maxPostings } },
  );
  for (const terms of docs) builder.add(terms);
  return builder;
}

/** The file written by writeFile, and each term's postings as the merge showed them. */
function written(builder: KeywordIndexBuilder, name: string): { bytes: Buffer; seen: Map<number, number[]> } {
  const path = join(dir, name);
  const seen = new Map<number, number[]>();
  builder.writeFile(path, (t, parts) => {
    expect(seen.has(t)).toBe(false);
    seen.set(
      t,
      parts.flatMap((p) => [...p.docs]),
    );
  });
  return { bytes: readFileSync(path), seen };
}

describe("keyword index spilled to sorted runs and merged", () => {
  it("writes the same bytes as the in-memory index, with no runs, a few runs and a run every few postings", () => {
    for (const [name, docs] of [
      ["bundled", bundledTerms],
      ["skewed", skewed(3000, 5)],
    ] as const) {
      const expected = Buffer.concat(encodeKeywordIndex(builderOver(docs).build()));
      for (const maxPostings of [undefined, 50_000, 997, 31]) {
        const builder = builderOver(docs, maxPostings, `${name}-${maxPostings}`);
        const { bytes } = written(builder, `${name}-${maxPostings}.bin`);
        expect(bytes.equals(expected), `${name}, spilling every ${maxPostings} postings`).toBe(true);
      }
    }
  });

  it("shows every term's postings once, in term order and passages ascending, as the index stores them", () => {
    const docs = skewed(500, 9);
    const index = decodeKeywordIndex(Buffer.concat(encodeKeywordIndex(builderOver(docs).build())));
    const { seen } = written(builderOver(docs, 13, "visit"), "visit.bin");
    const terms = [...seen.keys()];
    expect(terms).toEqual([...terms].sort((a, b) => a - b));
    expect(seen.size).toBe(index.idfs.length);
    for (const [t, passages] of seen)
      expect(passages).toEqual([...index.docs.subarray(index.postingStarts[t]!, index.postingStarts[t + 1]!)]);
  });

  it("keeps its run files for range merges until told to remove them, and writes runs only past the threshold", () => {
    const runs = join(dir, "cleanup");
    const builder = builderOver(skewed(400, 3), 100, "cleanup");
    const count = readdirSync(runs).filter((f) => f.startsWith(".staging-test-run-")).length;
    expect(count).toBeGreaterThan(10);
    written(builder, "cleanup.bin");
    expect(readdirSync(runs).length).toBeGreaterThanOrEqual(count);
    builder.removeRuns();
    expect(readdirSync(runs)).toEqual([]);
    builderOver(skewed(10, 3), 1_000_000, "never");
    expect(existsSync(join(dir, "never"))).toBe(false);
  });

  it("keeps terms no passage kept (interned, then their passage was dropped) and term frequencies past 16 bits", () => {
    const make = (maxPostings?: number) => {
      const builder = builderOver([["a", "b"]], maxPostings, `edge-${maxPostings}`);
      builder.intern("orphan");
      builder.addCounted([builder.intern("a"), builder.intern("c")], [70_000, 2], 70_002);
      builder.add(["c"]);
      return builder;
    };
    const expected = Buffer.concat(encodeKeywordIndex(make().build()));
    expect(decodeKeywordIndex(expected).tfs).toBeInstanceOf(Uint32Array);
    for (const maxPostings of [undefined, 1])
      expect(written(make(maxPostings), `edge-${maxPostings}.bin`).bytes.equals(expected)).toBe(true);
  });

  it("merges any range of passages again from the runs: each term's postings within the range, as the index stores them", () => {
    const docs = skewed(700, 13);
    const index = decodeKeywordIndex(Buffer.concat(encodeKeywordIndex(builderOver(docs).build())));
    for (const maxPostings of [undefined, 211]) {
      const builder = builderOver(docs, maxPostings, `range-${maxPostings}`);
      written(builder, `range-${maxPostings}.bin`);
      for (const [from, to] of [
        [0, 700],
        [0, 1],
        [233, 467],
        [699, 700],
        [100, 100],
      ] as const) {
        const seen = new Map<number, number[]>();
        builder.mergeRange(from, to, (t, parts) =>
          seen.set(
            t,
            parts.flatMap((p) => [...p.docs]),
          ),
        );
        const expected = new Map<number, number[]>();
        for (let t = 0; t < index.idfs.length; t++) {
          const inRange = [...index.docs.subarray(index.postingStarts[t]!, index.postingStarts[t + 1]!)].filter(
            (d) => d >= from && d < to,
          );
          if (inRange.length) expected.set(t, inRange);
        }
        expect(seen, `${from}..${to} spilling every ${maxPostings}`).toEqual(expected);
      }
      builder.removeRuns();
    }
  });

  it("refuses to build in memory once postings went to runs", () => {
    expect(() => builderOver(skewed(50, 1), 10, "refuse").build()).toThrow(/writeFile/);
  });
});

describe("keyword index written to a path that cannot be opened", () => {
  it("throws without leaving a run file open", () => {
    const builder = builderOver(skewed(300, 3), 50, "unopenable");
    const openFds = () => readdirSync("/proc/self/fd").length;
    const before = openFds();
    expect(() => builder.writeFile(join(dir, "no-such-dir", "keyword.bin"))).toThrow(/ENOENT/);
    expect(openFds()).toBe(before);
    builder.removeRuns();
  });
});
