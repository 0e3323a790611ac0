import type { Config } from "../config.js";
import { HashEmbedder, type TermStatistics } from "./hash.js";
import type { DownloadProgress } from "./transformers.js";
import type { Embedder } from "./types.js";

export type { Embedder } from "./types.js";
export { HashEmbedder, fnv1a, type TermStatistics } from "./hash.js";
export type { DownloadProgress } from "./transformers.js";

/** Width of the hashed embedder's vectors: wide enough that n-gram collisions stay rare. */
export const HASH_DIMS = 384;

/**
 * The embedder the configuration names. The hashed one needs the corpus's term statistics;
 * the transformers one is loaded (and, unless offline, downloaded) here.
 */
export async function createEmbedder(
  config: Pick<Config, "embedder" | "model">,
  stats: TermStatistics,
  onDownload?: (info: DownloadProgress) => void,
): Promise<Embedder> {
  if (config.embedder === "hash") return new HashEmbedder(HASH_DIMS, stats);
  // transformers.js (and onnxruntime) load only when this embedder is chosen: the default one never pays for them.
  const { loadTransformersEmbedder } = await import("./transformers.js");
  return loadTransformersEmbedder(config.model, onDownload ? { onProgress: onDownload } : {});
}
