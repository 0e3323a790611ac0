export type { DocumentMeta, Passage, ParsedDocument } from "./types.js";
export { parseDocument, decodeText, docIdOf, LIMITS } from "./parse.js";
export { loadCorpus, listCorpusFiles, type LoadedCorpus, type SkippedFile } from "./load.js";
