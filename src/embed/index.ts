export type { DownloadProgress, Embedder } from "./types.js";
export { HashEmbedder, type TermStatistics } from "./hash.js";
export { builtByEmbedder, configuredEmbedder, createEmbedder, EMBEDDERS, embedderOfIndex, HASH_DIMS, type EmbedderSpec } from "./registry.js";
