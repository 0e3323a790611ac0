import type { Dictionary } from "./dictionary.js";
import { translationEvidenceOf } from "./evidence.js";
import { expandQuery, UNKNOWN_WORD_WEIGHT } from "./expand.js";
import type { Vocabulary } from "../index/vocabulary.js";
import { isMostlyEnglish } from "../text/lang.js";
import { termWeights } from "../index/keyword/keyword-index.js";
import { analyze, isLatinTerm } from "../text/analyzer.js";
import { analyzeEnglish, type TranslatedUnit } from "../search/answer/question-english.js";
import { defaultPlanner, type QueryPlan, type QueryPlanner } from "../search/plan.js";


/** The translated words of an English question as units: one per English word or expression, with its alternative translations. */
function translatedUnits(expansion: ReturnType<typeof expandQuery>): TranslatedUnit[] {
  const byEnglish = new Map<string, { en: string; alternatives: string[]; importance: number; sense: number }>();
  for (const t of expansion.terms) {
    const key = t.en.toLowerCase();
    const u = byEnglish.get(key) ?? { en: t.en, alternatives: [], importance: 0, sense: 0 };
    u.alternatives.push(t.ja);
    u.importance = Math.max(u.importance, Math.min(1, t.weight));
    u.sense = Math.max(u.sense, t.sense ?? 1);
    byEnglish.set(key, u);
  }
  for (const word of expansion.unknown) byEnglish.set(word.toLowerCase(), { en: word, alternatives: [word], importance: UNKNOWN_WORD_WEIGHT, sense: 1 });
  return [...byEnglish.values()];
}

/**
 * Plans English questions through the dictionary: each Japanese translation is analysed like
 * any Japanese text and weighted by the translation's confidence, so the same BM25 and vectors
 * serve both languages. Latin words stay in the query too (names and acronyms such as SCO or
 * G7 appear in Latin letters in Japanese text). Japanese questions keep the default plan.
 */
export function crossLingualPlanner(dict: Dictionary, vocab: Vocabulary, options: { multilingualVectors?: boolean } = {}): QueryPlanner {
  return (question): QueryPlan => {
    if (!isMostlyEnglish(question)) return defaultPlanner(question);
    const expansion = expandQuery(question, dict, vocab);
    const keyword = new Map<string, number>();
    for (const t of expansion.terms) termWeights(analyze(t.ja), t.weight, keyword);
    termWeights(
      analyze(question).filter(isLatinTerm),
      0.5,
      keyword,
    );
    const glosses = new Map<string, string>();
    // A term that is its own translation (SCO, G7) needs no gloss.
    for (const t of expansion.terms) if (!glosses.has(t.ja) && t.ja.toLowerCase() !== t.en.toLowerCase()) glosses.set(t.ja, t.en);
    return {
      lang: "en",
      keyword,
      // A multilingual model embeds the English question itself and meets the Japanese passage in
      // its own space; the hashed embedder only knows surface n-grams, so it gets the translations.
      vectorText: options.multilingualVectors ? question : expansion.terms.map((t) => t.ja).join(" "),
      glosses,
      evidence: translationEvidenceOf(expansion, vocab),
      analysis: analyzeEnglish(question, translatedUnits(expansion)),
    };
  };
}
