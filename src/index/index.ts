export { keywordTerms, embeddingText } from "./fields.js";
export { readIndex, readManifest, corpusDirOf, MANIFEST, type IndexData } from "./store.js";
export { assertFresh, corpusChanges, type Staleness } from "./freshness.js";
export { KeywordIndex, topK, termWeights } from "./keyword.js";
export { VectorIndex } from "./vector.js";
export type { Manifest } from "./manifest.js";
