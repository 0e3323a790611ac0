/**
 * An English question analysed from its translated units (the translate layer's planner supplies
 * them): answer type, focus, topic and speaker, in the same QuestionAnalysis as a Japanese one.
 */
import { matchForm } from "../../text/match-form.js";
import type { AnswerType, QuestionAnalysis, QuestionUnit } from "./question-analysis.js";
import { asksComparison } from "./comparison.js";
import { askedPredicate } from "./asked-predicate.js";

const EN_WH: ReadonlyArray<[RegExp, AnswerType]> = [
  [/^\W*how (?:many|much|long|far|old|big|large|often)\b/i, "number"],
  [/^\W*(?:when|what (?:year|date|day|month|time))\b/i, "date"],
  [/^\W*(?:who|whom|whose)\b/i, "person"],
  [/^\W*where\b/i, "place"],
  [/^\W*why\b/i, "reason"],
];

/** A translated unit of an English question: its English words and its Japanese alternatives. */
export interface TranslatedUnit {
  readonly en: string;
  readonly alternatives: readonly string[];
  readonly importance: number;
  /** See QuestionUnit.sense. */
  readonly sense?: number;
}

function asUnits(units: readonly TranslatedUnit[]): QuestionUnit[] {
  return units.map((u) => ({
    label: u.en,
    alternatives: u.alternatives.map(matchForm),
    importance: u.importance,
    ...(u.sense !== undefined && u.sense < 1 ? { sense: u.sense } : {}),
  }));
}

/**
 * Where the noun phrase after "what is the" ends: a preposition, a verb, a relative, a participle
 * or an adverb (the main directions *laid out* in, the projects *ultimately meant* to), or the end.
 */
const PHRASE_END =
  /\s+(?:of|in|on|at|for|to|from|with|by|about|between|among|during|under|over|that|which|who|whose|do|does|did|is|are|was|were|has|have|had|will|would|can|could|laid|made|held|built|set|done|given|taken|meant|known|seen|said|put|[\w-]+(?:ed|ly|ing))\b|\W*$/i;

/**
 * The head of the noun phrase after "what is (the)": its last unit ("the main *religion* in
 * Kazakhstan", "the official *position*"), which is what is asked; the adjectives before it only
 * narrow it. A possessive's owner ("Uzbekistan's GDP") is no head: the phrase then starts after it.
 */
function headNoun(
  question: string,
  from: number,
  article: boolean,
  within: (from: number, to: number) => number[],
  ordinal: (unit: number) => boolean,
): number | undefined {
  const rest = question.slice(from);
  // The owner's words stop at a preposition: in "the population of Kazakhstan's capital" the head
  // is population, and "of Kazakhstan's capital" only narrows it.
  const possessive = /^(?:(?!(?:of|in|for|on|at|to)\b)[\w-]+\s+){0,3}?[\w-]+['’]s?\s+/.exec(rest);
  // A noun phrase opens with its article or its owner; other words after "what is" ("green
  // mining" supposed to mean) are no phrase whose head can be told.
  if (!possessive && !article) return undefined;
  const start = from + (possessive?.[0].length ?? 0);
  const end = PHRASE_END.exec(question.slice(start));
  const units = within(start, start + (end?.index ?? question.length));
  // Without a possessive a single unit is what the first-unit rule already takes. An ordinal or a
  // number in the phrase (the *seventh* proposal) is what the passage must match: the first unit stays.
  if (units.some((i) => ordinal(i))) return undefined;
  return units.length >= (possessive ? 1 : 2) ? units[units.length - 1] : undefined;
}

/**
 * Analyses an English question from its translated units (in question order). The focus is the
 * first unit after the question words ("What is the *capital* of Uzbekistan"), its topic the
 * unit after "of"; a question about an event ("When did X become independent") has no focus noun.
 */
export function analyzeEnglish(question: string, units: readonly TranslatedUnit[], direct = false): QuestionAnalysis {
  let answerType: AnswerType = "other";
  for (const [re, type] of EN_WH) if (answerType === "other" && re.test(question)) answerType = type;
  // The readings below were chosen on English questions over Japanese articles only (calibration
  // folds 0–3 and 5); over English paragraphs (`direct`) they cost xquad-en-dev answers it found
  // before (the paragraph paraphrases the verb or the head noun), so there the question is read as before.
  const translatedOnly = !direct;
  // "What time zone": a time zone is a place's attribute, not a time of day.
  if (translatedOnly && answerType === "date" && /^\W*what time\s+zones?\b/i.test(question)) answerType = "other";
  // "Is X bigger than Y?": only a sentence that compares answers it, and the wording leaves no doubt.
  const comparison = answerType === "other" && asksComparison(question);
  if (comparison) answerType = "comparison";
  const lower = question.toLowerCase();
  const positions = units.map((u) => lower.indexOf(u.en.toLowerCase()));
  const order = units
    .map((_, i) => i)
    .filter((i) => positions[i]! >= 0)
    .sort((a, b) => positions[a]! - positions[b]!);
  const within = (from: number, to: number): number[] =>
    order.filter((i) => positions[i]! >= from && positions[i]! < to);
  let focus: number | undefined;
  // "What did Tokayev say about…", "How did Russia react": what someone said; the speaker is the focus.
  const says =
    /^\W*(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:say|said|state|stress|note|announce|declare|react|respond|comment|tell|reply|answer|emphasi[sz]e|remark)\b/i.exec(
      question,
    );
  if (says && answerType === "other") {
    const from = says[0].indexOf(says[1]!);
    const speaker = within(from, from + says[1]!.length)[0];
    if (speaker !== undefined) {
      return {
        units: asUnits(units),
        focus: speaker,
        focusRequired: true,
        answerType: "statement",
        translated: true,
      };
    }
  }
  const howMany = /^\W*how (?:many|much)\s+/i.exec(question);
  const whatIs = (
    translatedOnly
      ? /^\W*(?:what|which|who)(?:\s+(?:is|are|was|were)\s+|['’]s\s+)(?:the\s+|a\s+|an\s+)?/i
      : /^\W*(?:what|which|who)\s+(?:is|are|was|were)\s+(?:the\s+|a\s+|an\s+)?/i
  ).exec(question);
  if (howMany) {
    // "How many Chinese companies operate…": the counted noun, the plural one of the phrase before its verb.
    const rest = question.slice(howMany[0].length);
    const phrase =
      /^(?:[\w-]+\s+){0,3}?[\w-]+?(?=\s+(?:do|does|did|is|are|was|were|have|has|had|will|would|can|could)\b|\W*$)/i.exec(
        rest,
      )?.[0] ?? rest.split(/\s+/).slice(0, 3).join(" ");
    const inPhrase = within(howMany[0].length, howMany[0].length + phrase.length);
    focus = inPhrase.find((i) => /[^s]s$/i.test(units[i]!.en)) ?? inPhrase[inPhrase.length - 1];
  } else if (whatIs) {
    focus =
      (translatedOnly
        ? headNoun(question, whatIs[0].length, /\b(?:the|a|an)\s+$/i.test(whatIs[0]), within, (i) =>
            units[i]!.alternatives.some((a) => /^第?[0-9０-９]/u.test(a)),
          )
        : undefined) ?? within(whatIs[0].length, question.length)[0];
  }
  // "Where was X born?", "How tall is X?": no noun is asked; the verb or adjective is the focus, required.
  const predicate =
    focus === undefined && translatedOnly
      ? askedPredicate(
          question,
          units.map((u, i) => ({ en: u.en, at: positions[i]! })),
        )
      : undefined;
  if (predicate !== undefined) focus = predicate;
  let topic: number | undefined;
  if (focus !== undefined && predicate === undefined) {
    const of = /^\s+of\s+(?:the\s+)?/i.exec(lower.slice(positions[focus]! + units[focus]!.en.length));
    if (of) topic = within(positions[focus]! + units[focus]!.en.length + of[0].length, question.length)[0];
  }
  return {
    units: asUnits(units),
    ...(focus !== undefined ? { focus } : {}),
    focusRequired: predicate !== undefined || (topic !== undefined && topic !== focus),
    ...(topic !== undefined && topic !== focus ? { topic } : {}),
    answerType,
    ...(comparison ? { typeSure: true } : {}),
    translated: true,
  };
}
