export { loadDictionary } from "./dictionary.js";
export type { Dictionary, DictionaryInfo } from "./dictionary.js";
export { buildVocabulary, decodeVocabulary, encodeVocabulary, VocabularyBuilder } from "../index/vocabulary.js";
export type { Vocabulary, VocabularyData } from "../index/vocabulary.js";
export { expandQuery } from "./expand.js";
export type { Expansion, QueryTerm } from "./expand.js";
export { translationEvidenceOf } from "./evidence.js";
export { crossLingualPlanner, type ArchiveLanguages } from "./planner.js";
export { ReverseDictionary } from "./reverse.js";
