import { renameSync } from "node:fs";
import { join } from "node:path";
import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;

/** Graph parameters (chosen by measurement: see docs/design.md, "Vectors"). */
export const GRAPH_DEFAULTS: GraphParams = Object.freeze({ M: 16, efConstruction: 64 });
const EF_SEARCH = 64;
const SEED = 42;
/**
 * Passages per graph. A larger index is split into graphs of at most this many consecutive
 * passages, which ingest builds in parallel (hnswlib-node inserts on one thread) and a query
 * searches one after the other. A function of the passage count only, so the same corpus gives
 * the same files on any machine.
 */
export const SHARD_PASSAGES = 50_000;

export interface GraphParams {
  /** Links per node (memory and build time grow with it). */
  readonly M: number;
  /** Candidate list while inserting (build time grows with it, and so does the graph's quality). */
  readonly efConstruction: number;
}

type Graph = InstanceType<typeof HierarchicalNSW>;

/** The data file of graph `shard` ("vectors.hnsw", then "vectors.1.hnsw", …). */
export function graphFileName(shard: number): string {
  return shard === 0 ? "vectors.hnsw" : `vectors.${shard}.hnsw`;
}

/** The shard number of a graph file name, or undefined for any other file. */
export function graphShardOf(name: string): number | undefined {
  const m = /^vectors(?:\.([1-9]\d*))?\.hnsw$/.exec(name);
  return m ? Number(m[1] ?? 0) : undefined;
}

/** How `size` passages are split into graphs: the first passage of each, and `size` at the end. */
export function shardStarts(size: number, perShard = SHARD_PASSAGES): number[] {
  const shards = Math.max(1, Math.ceil(size / perShard));
  return Array.from({ length: shards + 1 }, (_, s) => Math.round((s * size) / shards));
}

/** Builds one graph over rows[from..to) (labels are the passage numbers), reporting each 1% done. */
export function buildGraph(rows: Float32Array, dims: number, from: number, to: number, params: GraphParams, onProgress?: (added: number) => void): Graph {
  const hnsw = new HierarchicalNSW("ip", dims);
  hnsw.initIndex(Math.max(1, to - from), params.M, params.efConstruction, SEED);
  const step = Math.max(1, Math.ceil((to - from) / 100));
  for (let i = from; i < to; i++) {
    hnsw.addPoint(Array.from(rows.subarray(i * dims, (i + 1) * dims)), i);
    if (onProgress && ((i - from) % step === step - 1 || i === to - 1)) onProgress(i - from + 1);
  }
  return hnsw;
}

/** Something that can put its graph files into a folder and name them (a built index, or graphs built elsewhere). */
export interface GraphSource {
  writeTo(dir: string): string[];
}

/** Graph files already written (by ingest's worker threads): moved into place, not rewritten. */
export class GraphFiles implements GraphSource {
  constructor(private readonly paths: readonly string[]) {}

  writeTo(dir: string): string[] {
    return this.paths.map((path, shard) => {
      renameSync(path, join(dir, graphFileName(shard)));
      return graphFileName(shard);
    });
  }
}

/**
 * Approximate nearest neighbours by inner product (the vectors are unit length, so this is
 * cosine). hnswlib reports distance = 1 − inner product; scores here are the similarity.
 *
 * The vectors are held once: inside the graphs (native memory, and the graph files on disk).
 * Exact cosines for the keyword side's candidates read the stored point back (a few dozen per
 * question).
 */
export class VectorIndex implements GraphSource {
  readonly size: number;

  private constructor(
    private readonly graphs: readonly Graph[],
    /** Graph g holds passages starts[g] .. starts[g + 1]. */
    private readonly starts: readonly number[],
    readonly dims: number,
  ) {
    for (const g of graphs) g.setEf(EF_SEARCH);
    this.size = starts.at(-1)!;
  }

  /** Builds the graphs over `rows` (vector after vector, `dims` each) on this thread. */
  static build(rows: Float32Array, dims: number, options: { readonly params?: GraphParams; readonly perShard?: number } = {}): VectorIndex {
    if (rows.length % dims !== 0) throw new Error(`vectors: expected a multiple of ${dims} values, received ${rows.length}`);
    const params = options.params ?? GRAPH_DEFAULTS;
    const starts = shardStarts(rows.length / dims, options.perShard);
    const graphs = starts.slice(0, -1).map((from, s) => buildGraph(rows, dims, from, starts[s + 1]!, params));
    return new VectorIndex(graphs, starts, dims);
  }

  /** Reads the graph files, in shard order. */
  static read(files: readonly string[], dims: number): VectorIndex {
    const starts = [0];
    const graphs = files.map((file) => {
      const hnsw = new HierarchicalNSW("ip", dims);
      hnsw.readIndexSync(file);
      starts.push(starts.at(-1)! + hnsw.getCurrentCount());
      return hnsw;
    });
    return new VectorIndex(graphs, starts, dims);
  }

  writeTo(dir: string): string[] {
    return this.graphs.map((g, shard) => {
      g.writeIndexSync(join(dir, graphFileName(shard)));
      return graphFileName(shard);
    });
  }

  private graphOf(index: number): Graph {
    let g = 0;
    while (index >= this.starts[g + 1]!) g++;
    return this.graphs[g]!;
  }

  /** The stored vector of one passage. */
  vector(index: number): Float32Array {
    return Float32Array.from(this.graphOf(index).getPoint(index));
  }

  /** Cosine between a query and one stored passage (for candidates found by the keyword side). */
  similarity(query: Float32Array, index: number): number {
    const v = this.graphOf(index).getPoint(index);
    let dot = 0;
    for (let i = 0; i < v.length; i++) dot += v[i]! * query[i]!;
    return dot;
  }

  /** The k nearest passages as [passageIndex, cosine], best first (over every graph). */
  search(query: Float32Array, k: number, allowed?: (index: number) => boolean): Array<[number, number]> {
    const point = Array.from(query);
    const out: Array<[number, number]> = [];
    this.graphs.forEach((g, s) => {
      const n = Math.min(k, this.starts[s + 1]! - this.starts[s]!);
      if (n === 0) return;
      const res = g.searchKnn(point, n, allowed);
      res.neighbors.forEach((label, i) => out.push([label, 1 - res.distances[i]!]));
    });
    return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k);
  }
}
