import { analyze } from "./analyzer.js";
import { analyzeEnglish, isEnglishTerm } from "./english.js";
import { detectLanguage, type Language } from "./lang.js";

/** Terms of a text analysed as the given language: Japanese character n-grams (analyzer.ts) or English words (english.ts). */
export function analyzeAs(text: string, lang: Language): string[] {
  return lang === "en" ? analyzeEnglish(text) : analyze(text);
}

/**
 * Terms of a text in the language it is written in (text/lang.ts decides): what the hashed
 * embedder embeds a question or a passage as. Japanese text is analysed exactly as before English
 * text had an analysis of its own. English text keeps its terms as the Japanese analyzer sees
 * them (Latin words as w: terms: names and acronyms written in Latin letters inside Japanese
 * paragraphs, SCO or Astana, are how an English question's vector meets those paragraphs) and
 * adds its English words the archive holds (`known`): in an archive without English paragraphs
 * a text is embedded exactly as before.
 */
export function analyzeDetected(text: string, known: (term: string) => boolean): string[] {
  const terms = analyze(text);
  if (detectLanguage(text) === "ja") return terms;
  // Only its English words: analyzeEnglish also gives a Japanese run's n-grams, which `terms` holds already.
  return [...analyzeEnglish(text).filter((t) => isEnglishTerm(t) && known(t)), ...terms];
}
