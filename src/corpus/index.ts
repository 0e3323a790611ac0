export type { DocumentMeta, Passage, ParsedDocument } from "./types.js";
export { parseDocument, LIMITS } from "./parse.js";
export { FRONT_MATTER_KEYS } from "./front-matter.js";
export { loadCorpus, listCorpusFiles, readCorpusFile, hashCorpusFile, type LoadedCorpus, type SkippedFile } from "./load.js";
export { EXTENSIONS, FORMATS, type FormatParser } from "./formats.js";
