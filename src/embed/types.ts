/**
 * Turns text into unit-length vectors, so inner product equals cosine similarity.
 * Queries and passages are embedded separately because some models (E5) prefix them differently.
 */
export interface Embedder {
  /** Identifies model and settings; an index built by another id is refused. */
  readonly id: string;
  readonly dims: number;
  /**
   * True when a text's vector does not depend on the rest of the corpus (neural models), so a
   * re-ingest may reuse the vectors of unchanged documents. The hashed embedder weights terms by
   * corpus statistics, so it is false there and everything is re-embedded (it is fast).
   */
  readonly corpusIndependent: boolean;
  embedPassages(texts: readonly string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]>;
  embedQuery(text: string): Promise<Float32Array>;
  /** Releases native resources (ONNX sessions). */
  dispose(): Promise<void>;
}

/** Bytes of one model file fetched so far, for a download progress bar. */
export interface DownloadProgress {
  readonly file: string;
  readonly loaded: number;
  readonly total: number;
}
