export { normalize } from "./normalize.js";
export { analyze, stemLatin } from "./analyzer.js";
export { sentenceSpans } from "./sentences.js";
export { detectLanguage, hasJapanese, isMostlyEnglish, type Language } from "./lang.js";
