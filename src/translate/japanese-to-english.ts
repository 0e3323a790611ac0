import type { ReverseDictionary } from "./reverse.js";
import { termWeights } from "../index/keyword/keyword-index.js";
import { dateKeys } from "../text/dates.js";
import { dateTerm, ENGLISH_PREFIX } from "../text/english.js";
import { englishForms, englishQueryTerms } from "../search/english-query.js";
import type { QueryPlan } from "../search/plan.js";

/*
 * A Japanese question asked of the English paragraphs of an archive: its words (the answer
 * stage's units: kanji and katakana words, numbers) through the dictionary read the other way
 * (reverse.ts), its dates as the calendar keys English dates share, its numbers as written. The
 * Japanese side of the plan is left exactly as it was; the English terms are a side of their
 * own (QueryPlan.sides), each unit's English forms are added to its spellings for the answer
 * stage, and each English word that matched gets a gloss toward Japanese (private = 私立).
 */

/**
 * Weight of the English terms of a Japanese question relative to its own Japanese terms (see
 * docs/languages.md: chosen on folds of qa-ja and JSQuAD over the mixed archive, so that English
 * paragraphs reached through the dictionary do not push a Japanese question's own paragraph
 * down).
 */
export const REVERSE_WEIGHT = 0.5;
/** Glosses of a word used: its best few, the first at full weight and the others at half. */
const GLOSSES_PER_WORD = 3;

export function japaneseToEnglish(plan: QueryPlan, question: string, reverse: ReverseDictionary): QueryPlan {
  const analysis = plan.analysis;
  if (!analysis) return plan;
  const english = new Map<string, number>();
  const glosses = new Map(plan.glosses);
  const units = analysis.units.map((u) => {
    if (u.importance <= 0) return u;
    const forms: string[] = [];
    const number = /^第?([0-9][0-9,.]*)/.exec(u.label);
    if (number) {
      // 3年, 第2回: the number is written the same way in English (the counter is not).
      const digits = number[1]!.replace(/,/g, "");
      termWeights([ENGLISH_PREFIX + digits], u.importance * REVERSE_WEIGHT, english);
      forms.push(digits);
    } else {
      for (const part of reverse.translate(u.label)) {
        part.glosses.slice(0, GLOSSES_PER_WORD).forEach((g, rank) => {
          const weight = u.importance * REVERSE_WEIGHT * (rank === 0 ? 1 : 0.5);
          for (const [term, w] of englishQueryTerms(g.en)) english.set(term, Math.max(english.get(term) ?? 0, w * weight));
          forms.push(...englishForms(g.en));
          if (!glosses.has(g.en)) glosses.set(g.en, part.ja);
        });
      }
    }
    return forms.length ? { ...u, alternatives: [...u.alternatives, ...forms] } : u;
  });
  for (const key of dateKeys(question)) termWeights([dateTerm(key)], REVERSE_WEIGHT, english);
  if (english.size === 0) return plan;
  const keyword = new Map(plan.keyword);
  for (const [t, w] of english) keyword.set(t, (keyword.get(t) ?? 0) + w);
  return { ...plan, keyword, glosses, analysis: { ...analysis, units }, sides: [plan.keyword, english] };
}
