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
const SHARD_PASSAGES = 50_000;

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

/**
 * Builds one graph over passages from..to-1 (labels are the passage numbers), reporting each 1%
 * done. `rows` holds the vectors of passages base, base + 1, … (ingest hands each graph its own).
 */
export function buildGraph(
  rows: Float32Array,
  dims: number,
  from: number,
  to: number,
  params: GraphParams,
  onProgress?: (added: number) => void,
  base = 0,
): Graph {
  const hnsw = new HierarchicalNSW("ip", dims);
  hnsw.initIndex(Math.max(1, to - from), params.M, params.efConstruction, SEED);
  const step = Math.max(1, Math.ceil((to - from) / 100));
  for (let i = from; i < to; i++) {
    hnsw.addPoint(Array.from(rows.subarray((i - base) * dims, (i - base + 1) * dims)), i);
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
 * The vectors are stored once, inside the graph files; in memory the graphs hold them and a
 * Float32Array copy serves exact cosines for the keyword side's candidates (see read).
 */
export class VectorIndex implements GraphSource {
  readonly size: number;

  private constructor(
    private readonly graphs: readonly Graph[],
    /** Graph g holds passages starts[g] .. starts[g + 1]. */
    private readonly starts: readonly number[],
    readonly dims: number,
    /** The vectors row after row, for exact cosines of given passages (see read). */
    private readonly rows: Float32Array,
  ) {
    for (const g of graphs) g.setEf(EF_SEARCH);
    this.size = starts.at(-1)!;
  }

  /** Builds the graphs over `rows` (vector after vector, `dims` each) on this thread. */
  static build(
    rows: Float32Array,
    dims: number,
    options: { readonly params?: GraphParams; readonly perShard?: number } = {},
  ): VectorIndex {
    if (rows.length % dims !== 0)
      throw new Error(`vectors: expected a multiple of ${dims} values, received ${rows.length}`);
    const params = options.params ?? GRAPH_DEFAULTS;
    const starts = shardStarts(rows.length / dims, options.perShard);
    const graphs = starts.slice(0, -1).map((from, s) => buildGraph(rows, dims, from, starts[s + 1]!, params));
    return new VectorIndex(graphs, starts, dims, rows);
  }

  /**
   * Reads the graph files, in shard order. `stream(g, sink)` hands the bytes of file g to `sink`
   * in order, and verifies them against the manifest before returning: the vectors are copied
   * out as they pass (no file is held whole in memory), so that a passage's cosine is a loop over
   * a Float32Array rather than a native call that builds a JS array per passage (measured: that
   * call was 18% of a question's time). hnswlib loads a file only once it has been verified.
   */
  static read(
    files: readonly string[],
    dims: number,
    stream: (file: number, sink: (chunk: Uint8Array) => void) => void,
  ): VectorIndex {
    const { rows, starts } = VectorIndex.readRows(files.length, dims, stream);
    const graphs = files.map((file, g) => {
      const hnsw = new HierarchicalNSW("ip", dims);
      hnsw.readIndexSync(file);
      const count = starts[g + 1]! - starts[g]!;
      if (hnsw.getCurrentCount() !== count)
        throw new Error(`vector graph ${g}: expected ${count} vectors, hnswlib read ${hnsw.getCurrentCount()}`);
      return hnsw;
    });
    return new VectorIndex(graphs, starts, dims, rows);
  }

  /**
   * Only the vectors of `fileCount` graph files (see read), without loading the graphs: what a
   * re-ingest reuses for unchanged passages. `starts[g]` is graph g's first passage.
   */
  static readRows(
    fileCount: number,
    dims: number,
    stream: (file: number, sink: (chunk: Uint8Array) => void) => void,
  ): { rows: Float32Array; starts: number[] } {
    const counts = Array.from({ length: fileCount }, (_, g) => {
      const header = new HeaderReader();
      try {
        stream(g, (chunk) => header.push(chunk));
      } catch (err) {
        if (err !== STOP) throw err;
      }
      return graphHeader(header.bytes(), dims).count;
    });
    const starts = [0];
    for (const c of counts) starts.push(starts.at(-1)! + c);
    const rows = new Float32Array(starts.at(-1)! * dims);
    for (let g = 0; g < fileCount; g++) {
      const copier = new VectorCopier(dims, starts[g]!, starts[g + 1]!, rows);
      stream(g, (chunk) => copier.push(chunk));
      copier.finish();
    }
    return { rows, starts };
  }

  writeTo(dir: string): string[] {
    return this.graphs.map((g, shard) => {
      g.writeIndexSync(join(dir, graphFileName(shard)));
      return graphFileName(shard);
    });
  }

  /** The stored vector of one passage. */
  vector(index: number): Float32Array {
    return this.rows.slice(index * this.dims, (index + 1) * this.dims);
  }

  /** Cosine between a query and one stored passage (for candidates found by the keyword side). */
  similarity(query: Float32Array, index: number): number {
    const { dims, rows } = this;
    const base = index * dims;
    let dot = 0;
    for (let i = 0; i < dims; i++) dot += rows[base + i]! * query[i]!;
    return dot;
  }

  /** The k nearest passages as [passageIndex, cosine], best first (over every graph). */
  search(query: Float32Array, k: number, allowed?: (index: number) => boolean): Array<[number, number]> {
    // A plain array, as hnswlib-node wants, filled by index (Array.from would step an iterator per number).
    const point = new Array<number>(query.length);
    for (let i = 0; i < query.length; i++) point[i] = query[i]!;
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

/** Thrown by a sink that has read enough (a header): the stream stops there, unverified. */
const STOP = Symbol("enough read");

// hnswlib's saveIndex layout: a 96-byte header, then per element its level-0 links, its vector
// at offsetData and its label at labelOffset; then the upper levels' links.
const HEADER = 96;

interface GraphHeader {
  readonly count: number;
  readonly perElement: number;
  readonly labelOffset: number;
  readonly dataOffset: number;
}

/** The element layout a graph file's header states; throws when it cannot hold vectors of `dims`. */
function graphHeader(bytes: Uint8Array, dims: number): GraphHeader {
  if (bytes.byteLength < HEADER)
    throw new Error(`vector graph: expected a header of ${HEADER} bytes, found ${bytes.byteLength} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER);
  const size = (at: number) => Number(view.getBigUint64(at, true));
  const header = { count: size(16), perElement: size(24), labelOffset: size(32), dataOffset: size(40) };
  if (header.dataOffset + dims * 4 > header.labelOffset || header.labelOffset + 8 > header.perElement) {
    throw new Error(
      `vector graph: expected ${header.count} vectors of ${dims} dimensions, the file's header disagrees`,
    );
  }
  return header;
}

/** Collects the first HEADER bytes of a stream, then stops it. */
class HeaderReader {
  readonly #bytes = new Uint8Array(HEADER);
  #filled = 0;
  push(chunk: Uint8Array): void {
    const n = Math.min(HEADER - this.#filled, chunk.length);
    this.#bytes.set(chunk.subarray(0, n), this.#filled);
    this.#filled += n;
    if (this.#filled === HEADER) throw STOP;
  }
  bytes(): Uint8Array {
    return this.#bytes.subarray(0, this.#filled);
  }
}

/**
 * Copies the vectors out of an hnswlib graph file fed in chunks of any size, each to the row its
 * label names. Throws on a file that does not hold labels from..to.
 */
class VectorCopier {
  readonly #header = new HeaderReader();
  #layout?: GraphHeader;
  #element = new Uint8Array(0);
  #filled = 0;
  #done = 0;
  readonly #out: Uint8Array;

  constructor(
    readonly dims: number,
    readonly from: number,
    readonly to: number,
    rows: Float32Array,
  ) {
    this.#out = new Uint8Array(rows.buffer, rows.byteOffset, rows.byteLength);
  }

  push(chunk: Uint8Array): void {
    let at = 0;
    if (!this.#layout) {
      at = Math.min(HEADER - this.#header.bytes().length, chunk.length);
      try {
        this.#header.push(chunk);
      } catch (err) {
        if (err !== STOP) throw err;
        this.#start();
      }
    }
    const layout = this.#layout;
    if (!layout) return;
    const per = layout.perElement;
    while (at < chunk.length && this.#done < layout.count) {
      if (this.#filled === 0 && chunk.length - at >= per) {
        this.#copy(chunk.subarray(at, at + per));
        at += per;
        continue;
      }
      const n = Math.min(per - this.#filled, chunk.length - at);
      this.#element.set(chunk.subarray(at, at + n), this.#filled);
      this.#filled += n;
      at += n;
      if (this.#filled === per) {
        this.#copy(this.#element);
        this.#filled = 0;
      }
    }
  }

  /** Throws unless the file held its header and every element it announced. */
  finish(): void {
    if (!this.#layout) graphHeader(this.#header.bytes(), this.dims);
    else if (this.#done < this.#layout.count)
      throw new Error(`vector graph: expected ${this.#layout.count} elements, the file ends after ${this.#done}`);
  }

  #start(): void {
    const layout = graphHeader(this.#header.bytes(), this.dims);
    if (layout.count !== this.to - this.from)
      throw new Error(
        `vector graph: expected ${this.to - this.from} vectors of ${this.dims} dimensions, the file's header disagrees`,
      );
    this.#layout = layout;
    this.#element = new Uint8Array(layout.perElement);
  }

  #copy(element: Uint8Array): void {
    const { labelOffset, dataOffset } = this.#layout!;
    const label = Number(new DataView(element.buffer, element.byteOffset + labelOffset, 8).getBigUint64(0, true));
    if (label < this.from || label >= this.to)
      throw new Error(`vector graph: element ${this.#done} has label ${label}, expected ${this.from}..${this.to - 1}`);
    this.#out.set(element.subarray(dataOffset, dataOffset + this.dims * 4), label * this.dims * 4);
    this.#done++;
  }
}
