import { analyze, isLatinTerm } from "./analyzer.js";
import { analyzeEnglish } from "./english.js";
import { detectLanguage, type Language } from "./lang.js";

/** Terms of a text analysed as the given language: Japanese character n-grams (analyzer.ts) or English words (english.ts). */
export function analyzeAs(text: string, lang: Language): string[] {
  return lang === "en" ? analyzeEnglish(text) : analyze(text);
}

/**
 * Terms of a text in the language it is written in (text/lang.ts decides): what the hashed
 * embedder embeds a question or a passage as. Japanese text is analysed exactly as before English
 * text had an analysis of its own. English text also keeps its Latin words as the Japanese
 * analyzer sees them (w: terms): names and acronyms written in Latin letters inside Japanese
 * paragraphs (SCO, Astana) are how an English question's vector meets those paragraphs.
 */
export function analyzeDetected(text: string): string[] {
  if (detectLanguage(text) === "ja") return analyze(text);
  return [...analyzeEnglish(text), ...analyze(text).filter(isLatinTerm)];
}
