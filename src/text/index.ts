export { normalize } from "./normalize.js";
export { analyze, stemLatin } from "./analyzer.js";
export { sentenceEnds, sentenceSpans, type Span } from "./sentences.js";
export { detectLanguage, hasJapanese, isMostlyEnglish, type Language } from "./lang.js";
