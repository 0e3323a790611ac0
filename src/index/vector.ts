import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;

/** Graph parameters: generous for a corpus of thousands of paragraphs, where recall matters more than build time. */
const M = 16;
const EF_CONSTRUCTION = 200;
const EF_SEARCH = 64;
const SEED = 42;

/**
 * Approximate nearest neighbours by inner product (the vectors are unit length, so this is
 * cosine). hnswlib reports distance = 1 − inner product; scores here are the similarity.
 */
export class VectorIndex {
  private constructor(
    private readonly hnsw: InstanceType<typeof HierarchicalNSW>,
    readonly dims: number,
    readonly size: number,
    /** The same vectors, row after row: exact cosines for re-scoring without crossing into native code. */
    private readonly rows: Float32Array,
  ) {
    hnsw.setEf(Math.max(EF_SEARCH, 1));
  }

  static build(vectors: readonly Float32Array[], dims: number): VectorIndex {
    const hnsw = new HierarchicalNSW("ip", dims);
    hnsw.initIndex(Math.max(1, vectors.length), M, EF_CONSTRUCTION, SEED);
    const rows = new Float32Array(vectors.length * dims);
    vectors.forEach((v, i) => {
      if (v.length !== dims) throw new Error(`vector ${i}: expected ${dims} dimensions, received ${v.length}`);
      hnsw.addPoint(Array.from(v), i);
      rows.set(v, i * dims);
    });
    return new VectorIndex(hnsw, dims, vectors.length, rows);
  }

  static read(file: string, dims: number, rows: Float32Array): VectorIndex {
    const hnsw = new HierarchicalNSW("ip", dims);
    hnsw.readIndexSync(file);
    return new VectorIndex(hnsw, dims, rows.length / dims, rows);
  }

  write(file: string): void {
    this.hnsw.writeIndexSync(file);
  }

  /** Cosine between a query and one stored passage (for candidates found by the keyword side). */
  similarity(query: Float32Array, index: number): number {
    const { dims, rows } = this;
    const base = index * dims;
    let dot = 0;
    for (let i = 0; i < dims; i++) dot += rows[base + i]! * query[i]!;
    return dot;
  }

  /** The k nearest passages as [passageIndex, cosine], best first. */
  search(query: Float32Array, k: number, allowed?: (index: number) => boolean): Array<[number, number]> {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    const res = this.hnsw.searchKnn(Array.from(query), n, allowed);
    return res.neighbors.map((label, i) => [label, 1 - res.distances[i]!] as [number, number]).sort((a, b) => b[1] - a[1]);
  }
}
