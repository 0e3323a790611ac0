import type { ReverseDictionary } from "./reverse.js";
import { termWeights } from "../index/keyword/keyword-index.js";
import { dateKeys } from "../text/dates.js";
import { analyzeEnglish, dateTerm, ENGLISH_PREFIX } from "../text/english.js";
import { englishNumberWord } from "../text/number-words.js";
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
/** The prefix of the stand-in term of a word the dictionary does not read (no index term starts so). */
const UNREAD = `${ENGLISH_PREFIX}\u0000`;
/**
 * How far the English side's support is trusted beside the Japanese side's (PlanSide.trust): a
 * gloss may not be what the word meant here. Chosen on folds of qa-ja and JSQuAD over the mixed
 * archive (docs/languages.md).
 */
export const REVERSE_TRUST = 1.1;
/** Glosses of a word used: its best few, the first at full weight and the others at half. */
const GLOSSES_PER_WORD = 3;

export function japaneseToEnglish(plan: QueryPlan, question: string, reverse: ReverseDictionary): QueryPlan {
  const analysis = plan.analysis;
  if (!analysis) return plan;
  const english = new Map<string, number>();
  const glosses = new Map(plan.glosses);
  // How surely the question was read into English: each word's best gloss score times the share
  // of the word its glossed parts cover (日本共産党 read as 日本 alone is 2/5 read), by importance.
  let read = 0;
  let asked = 0;
  const units = analysis.units.map((u) => {
    if (u.importance <= 0) return u;
    asked += u.importance;
    const forms: string[] = [];
    const number = /^(第?)([0-9][0-9,.]*)/.exec(u.label);
    if (number) {
      // 3年, 第2回: the number is written the same way in English (the counter is not), or as a
      // word when it is small (three years, the second summit).
      // One term for the unit, as the archive writes it: a number missing from it is one missing word, not two.
      const digits = number[2]!.replace(/,/g, "");
      const word = englishNumberWord(Number(digits), number[1] === "第");
      const wordTerm = word ? analyzeEnglish(word)[0] : undefined;
      const term =
        wordTerm && !reverse.holds(ENGLISH_PREFIX + digits) && reverse.holds(wordTerm)
          ? wordTerm
          : ENGLISH_PREFIX + digits;
      termWeights([term], u.importance * REVERSE_WEIGHT, english);
      forms.push(digits, ...(word ? [word] : []));
      read += u.importance;
    } else {
      const length = [...u.label].length;
      for (const part of reverse.translate(u.label)) {
        read += (u.importance * (part.glosses[0]?.score ?? 0) * [...part.ja].length) / length;
        part.glosses.slice(0, GLOSSES_PER_WORD).forEach((g, rank) => {
          const weight = u.importance * REVERSE_WEIGHT * (rank === 0 ? 1 : 0.5);
          for (const [term, w] of englishQueryTerms(g.en))
            english.set(term, Math.max(english.get(term) ?? 0, w * weight));
          forms.push(...englishForms(g.en));
          if (!glosses.has(g.en)) glosses.set(g.en, part.ja);
        });
      }
    }
    // A word with no English reading still belongs to the question: it stays in the English side
    // as a term no paragraph holds, so that side's support is the share of the whole question an
    // English paragraph can hold, comparable with the Japanese side's (search/side-hits.ts).
    if (forms.length === 0) english.set(`${UNREAD}${u.label}`, u.importance * REVERSE_WEIGHT);
    return forms.length ? { ...u, alternatives: [...u.alternatives, ...forms] } : u;
  });
  for (const key of dateKeys(question)) termWeights([dateTerm(key)], REVERSE_WEIGHT, english);
  if (![...english.keys()].some((t) => !t.startsWith(UNREAD))) return plan;
  const keyword = new Map(plan.keyword);
  for (const [t, w] of english) keyword.set(t, (keyword.get(t) ?? 0) + w);
  return {
    ...plan,
    keyword,
    glosses,
    analysis: { ...analysis, units },
    sides: [
      { terms: plan.keyword, trust: 1 },
      { terms: english, trust: REVERSE_TRUST * (asked > 0 ? read / asked : 1) },
    ],
  };
}
