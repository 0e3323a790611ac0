import type { Dictionary } from "./dictionary.js";
import { translationEvidenceOf } from "./evidence.js";
import { expandQuery, UNKNOWN_WORD_WEIGHT } from "./expand.js";
import { japaneseToEnglish } from "./japanese-to-english.js";
import type { ReverseDictionary } from "./reverse.js";
import type { Vocabulary } from "../index/vocabulary.js";
import { isMostlyEnglish } from "../text/lang.js";
import { termWeights } from "../index/keyword/keyword-index.js";
import { analyze, isLatinTerm } from "../text/analyzer.js";
import { analyzeEnglish, type TranslatedUnit } from "../search/answer/question-english.js";
import { defaultPlanner, withSides, type QueryPlan, type QueryPlanner } from "../search/plan.js";
import { englishForms, englishQueryTerms, joinedWordTerms } from "../search/english-query.js";
import { EnglishSounds, misspeltNames } from "./english-sounds.js";
import { ENGLISH_PREFIX, stemEnglish } from "../text/english.js";

/**
 * Weight of an English question's own words for English paragraphs, relative to its Japanese
 * translations' for Japanese ones (see docs/languages.md: chosen on folds of xquad-en-dev mixed
 * with JSQuAD, so that the best passage wins whichever language it is in).
 */
export const ENGLISH_DIRECT_WEIGHT = 1;

/**
 * How far the support of an English question's Japanese translations is trusted beside its own
 * words' in English paragraphs (PlanSide.trust). A short question's translations are easily all
 * found in some Japanese paragraph (edict, declared → 宣言), which then outranked the English
 * paragraph the question copies its words from. Chosen on the study articles of xquad-en-dev
 * mixed with JSQuAD (bench/languages.mjs --fold): 1 → 0.9 found 2 more of their 429 questions,
 * 0.8 one; the 183 questions of the held-out articles were unchanged at 0.9. Below 0.7 a Japanese
 * paragraph an English question asks about was lost beside an English paragraph on the same
 * subject (test/translate/planner.test.ts).
 */
export const TRANSLATION_TRUST = 0.9;

/** The translated words of an English question as units: one per English word or expression, with its alternative translations. */
function translatedUnits(
  expansion: ReturnType<typeof expandQuery>,
  english: boolean,
  names: ReadonlyMap<string, readonly string[]> = new Map(),
): TranslatedUnit[] {
  const byEnglish = new Map<string, { en: string; alternatives: string[]; importance: number; sense: number }>();
  for (const t of expansion.terms) {
    const key = t.en.toLowerCase();
    const u = byEnglish.get(key) ?? { en: t.en, alternatives: [], importance: 0, sense: 0 };
    u.alternatives.push(t.ja);
    u.importance = Math.max(u.importance, Math.min(1, t.weight));
    u.sense = Math.max(u.sense, t.sense ?? 1);
    byEnglish.set(key, u);
  }
  for (const word of expansion.unknown)
    byEnglish.set(word.toLowerCase(), { en: word, alternatives: [word], importance: UNKNOWN_WORD_WEIGHT, sense: 1 });
  // In an archive with English paragraphs the word is also found as written (and its other forms).
  if (english) for (const u of byEnglish.values()) u.alternatives.push(...englishForms(u.en));
  // A name or long word spelt otherwise than the archive spells it is found as the archive spells it.
  for (const u of byEnglish.values())
    u.alternatives.push(...(names.get(u.en.toLowerCase().replace(/['’]s?$/u, "")) ?? []));
  return [...byEnglish.values()];
}

/** What the planner knows of the archive's languages (engine/open.ts reads it off the index). */
export interface ArchiveLanguages {
  /** The archive holds English paragraphs: questions in either language search them too. */
  readonly english: boolean;
  /** The dictionary read Japanese → English for the archive's English words, built on first need. */
  readonly reverse: () => ReverseDictionary;
  /** Whether the archive's index holds a term (absent: no lookups, as before). */
  readonly holds?: (term: string) => boolean;
  /** The archive's English words by sound, built on first need (names and long words an English question spells otherwise). */
  readonly sounds?: () => EnglishSounds;
}

/**
 * Plans English questions through the dictionary: each Japanese translation is analysed like
 * any Japanese text and weighted by the translation's confidence, so the same BM25 and vectors
 * serve both languages. Latin words stay in the query too (names and acronyms such as SCO or
 * G7 appear in Latin letters in Japanese text). Japanese questions keep the default plan.
 * In an archive with English paragraphs, an English question also searches them with its own
 * words, and a Japanese question searches them through the dictionary read the other way
 * (japanese-to-english.ts); each side's terms are kept apart for support (QueryPlan.sides).
 */
export function crossLingualPlanner(
  dict: Dictionary,
  vocab: Vocabulary,
  options: { multilingualVectors?: boolean; archive?: ArchiveLanguages } = {},
): QueryPlanner {
  const english = options.archive?.english === true;
  return (question): QueryPlan => {
    if (!isMostlyEnglish(question)) {
      const plan = defaultPlanner(question);
      return english ? japaneseToEnglish(plan, question, options.archive!.reverse()) : plan;
    }
    const expansion = expandQuery(question, dict, vocab);
    const archive = options.archive;
    const names =
      english && archive?.holds && archive.sounds
        ? misspeltNames(question, archive.holds, archive.sounds())
        : new Map<string, string[]>();
    const keyword = new Map<string, number>();
    for (const t of expansion.terms) termWeights(analyze(t.ja), t.weight, keyword);
    termWeights(analyze(question).filter(isLatinTerm), 0.5, keyword);
    const glosses = new Map<string, string>();
    // A term that is its own translation (SCO, G7) needs no gloss.
    for (const t of expansion.terms)
      if (!glosses.has(t.ja) && t.ja.toLowerCase() !== t.en.toLowerCase()) glosses.set(t.ja, t.en);
    const plan: QueryPlan = {
      lang: "en",
      keyword,
      // A multilingual model embeds the English question itself and meets the Japanese passage in
      // its own space; the hashed embedder only knows surface n-grams, so it gets the translations
      // (and, where English paragraphs are, the question's own words: they are what those hold).
      vectorText: options.multilingualVectors || english ? question : expansion.terms.map((t) => t.ja).join(" "),
      glosses,
      evidence: translationEvidenceOf(expansion, vocab),
      analysis: {
        ...analyzeEnglish(question, translatedUnits(expansion, english, names), english),
        ...(english ? { direct: true } : {}),
      },
    };
    if (!english) return plan;
    const own = new Map([...englishQueryTerms(question)].map(([t, w]) => [t, w * ENGLISH_DIRECT_WEIGHT] as const));
    const holds = archive!.holds;
    if (holds)
      for (const [t, w] of joinedWordTerms(question, holds)) if (!own.has(t)) own.set(t, w * ENGLISH_DIRECT_WEIGHT);
    // A name or long word the archive spells otherwise stands for the archive's spellings, its weight shared among them.
    for (const [name, like] of names) {
      own.delete(ENGLISH_PREFIX + stemEnglish(name));
      for (const w of like) {
        const t = ENGLISH_PREFIX + w;
        own.set(t, (own.get(t) ?? 0) + ENGLISH_DIRECT_WEIGHT / like.length);
      }
    }
    return withSides(plan, [
      { terms: keyword, trust: TRANSLATION_TRUST },
      { terms: own, trust: 1 },
    ]);
  };
}
