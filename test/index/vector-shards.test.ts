/**
 * A large index's vectors are split into several graphs (built in parallel at ingest); a query
 * searches all of them, and every passage's vector is found in the graph that holds it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraphs } from "../../src/ingest/graphs.js";
import { graphFileName, graphShardOf, shardStarts, VectorIndex } from "../../src/index/vector/vector-index.js";
import { tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();
const DIMS = 16;

/** `n` unit vectors, deterministic. */
function unitRows(n: number): Float32Array {
  const rows = new Float32Array(new SharedArrayBuffer(n * DIMS * 4));
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5;
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let j = 0; j < DIMS; j++) norm += (rows[i * DIMS + j] = rand()) ** 2;
    for (let j = 0; j < DIMS; j++) rows[i * DIMS + j]! /= Math.sqrt(norm);
  }
  return rows;
}

/** The exact k nearest rows by inner product. */
function exactTop(rows: Float32Array, q: number, k: number): number[] {
  const n = rows.length / DIMS;
  const scored = Array.from({ length: n }, (_, i) => {
    let dot = 0;
    for (let j = 0; j < DIMS; j++) dot += rows[q * DIMS + j]! * rows[i * DIMS + j]!;
    return [i, dot] as const;
  });
  return scored
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([i]) => i);
}

/** The stream VectorIndex.read takes, over files' bytes, in chunks of `size`. */
const streamOf =
  (files: readonly Uint8Array[], size = 1 << 20) =>
  (g: number, sink: (chunk: Uint8Array) => void) => {
    const bytes = files[g]!;
    for (let at = 0; at < bytes.length; at += size) sink(bytes.subarray(at, at + size));
  };

describe("vector graphs split by passage range", () => {
  it("splits evenly, as a function of the passage count only", () => {
    expect(shardStarts(10, 50)).toEqual([0, 10]);
    expect(shardStarts(99_615)).toEqual([0, 49_808, 99_615]);
    expect(shardStarts(250, 100)).toEqual([0, 83, 167, 250]);
  });

  it("names graph files by shard and recognises only those names", () => {
    expect([0, 1, 12].map(graphFileName)).toEqual(["vectors.hnsw", "vectors.1.hnsw", "vectors.12.hnsw"]);
    expect(
      ["vectors.hnsw", "vectors.3.hnsw", "vectors.0.hnsw", "vectors.f32", "vectors.x.hnsw"].map(graphShardOf),
    ).toEqual([0, 3, undefined, undefined, undefined]);
  });

  it("finds the nearest passages across all graphs, as exact search does on a small set", () => {
    const rows = unitRows(300);
    const index = VectorIndex.build(rows, DIMS, { perShard: 100 });
    expect(index.size).toBe(300);
    for (const q of [0, 150, 299]) {
      const query = rows.slice(q * DIMS, (q + 1) * DIMS);
      expect(index.search(query, 5).map(([i]) => i)).toEqual(exactTop(rows, q, 5));
      expect(index.similarity(query, q)).toBeCloseTo(1, 5);
      expect(Array.from(index.vector(q))).toEqual(Array.from(query));
    }
  });

  it("builds the graphs on worker threads into files that read back as the same index", async () => {
    const rows = unitRows(300);
    const dir = tmp("summit-graphs-");
    let last = 0;
    // Each graph's rows are filled as its thread starts (into a buffer the thread reuses), as ingest's hashed vectors are.
    const source = await buildGraphs(300, (from, to, into) => into.set(rows.subarray(from * DIMS, to * DIMS)), DIMS, {
      params: { M: 16, efConstruction: 200 },
      threads: 2,
      perShard: 100,
      minForThreads: 0,
      tmp: { dir, prefix: ".staging-test-" },
      onProgress: (done) => (last = done),
    });
    expect(last).toBe(300);
    const names = source.writeTo(dir);
    expect(names).toEqual(["vectors.hnsw", "vectors.1.hnsw", "vectors.2.hnsw"]);
    const paths = names.map((n) => join(dir, n));
    // Fed in chunks that cut elements anywhere, as a stream of the file may.
    const index = VectorIndex.read(
      paths,
      DIMS,
      streamOf(
        paths.map((p) => readFileSync(p)),
        1001,
      ),
    );
    expect(index.size).toBe(300);
    const query = rows.slice(150 * DIMS, 151 * DIMS);
    expect(index.search(query, 5).map(([i]) => i)).toEqual(exactTop(rows, 150, 5));
    // The vectors copied out of the graph files are the passages' own, in passage order.
    for (const i of [0, 99, 100, 299])
      expect(Array.from(index.vector(i))).toEqual(Array.from(rows.subarray(i * DIMS, (i + 1) * DIMS)));
  });

  it("when one graph fails, rejects only after the graph threads have ended, and starts no further graph", async () => {
    const rows = unitRows(300);
    const filled: number[] = [];
    let last = 0;
    const failing = buildGraphs(
      300,
      (from, to, into) => {
        filled.push(from);
        if (from === 100) throw new Error("rows of graph 2 are gone");
        into.set(rows.subarray(from * DIMS, to * DIMS));
      },
      DIMS,
      {
        params: { M: 16, efConstruction: 200 },
        threads: 2,
        perShard: 100,
        minForThreads: 0,
        tmp: { dir: tmp("summit-graphs-failing-"), prefix: ".staging-test-" },
        onProgress: (done) => (last = done),
      },
    );
    await expect(failing).rejects.toThrow("rows of graph 2 are gone");
    // The first graph's thread, already running, finished before the rejection; the third graph was never started.
    expect(last).toBe(100);
    expect(filled).toEqual([0, 100]);
  });

  it("refuses graph files that do not hold the passages they should", () => {
    const rows = unitRows(50);
    const dir = tmp("summit-graphs-bad-");
    const names = VectorIndex.build(rows, DIMS).writeTo(dir);
    const path = join(dir, names[0]!);
    const bytes = readFileSync(path);
    expect(() => VectorIndex.read([path], DIMS * 2, streamOf([bytes]))).toThrow(/expected 50 vectors of 32 dimensions/);
    expect(() => VectorIndex.read([path], DIMS, streamOf([bytes.subarray(0, 40)]))).toThrow(
      /expected a header of 96 bytes, found 40 bytes/,
    );
    expect(() => VectorIndex.read([path], DIMS, streamOf([bytes.subarray(0, 2000)]))).toThrow(
      /expected 50 elements, the file ends after/,
    );
  });
});
