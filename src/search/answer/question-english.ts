/**
 * An English question analysed from its translated units (the translate layer's planner supplies
 * them): answer type, focus, topic and speaker, in the same QuestionAnalysis as a Japanese one.
 */
import { matchForm } from "../../text/match-form.js";
import type { AnswerType, QuestionAnalysis, QuestionUnit } from "./question-analysis.js";
import { asksComparison } from "./comparison.js";

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
 * Analyses an English question from its translated units (in question order). The focus is the
 * first unit after the question words ("What is the *capital* of Uzbekistan"), its topic the
 * unit after "of"; a question about an event ("When did X become independent") has no focus noun.
 */
export function analyzeEnglish(question: string, units: readonly TranslatedUnit[]): QuestionAnalysis {
  let answerType: AnswerType = "other";
  for (const [re, type] of EN_WH) if (answerType === "other" && re.test(question)) answerType = type;
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
  const whatIs = /^\W*(?:what|which|who)\s+(?:is|are|was|were)\s+(?:the\s+|a\s+|an\s+)?/i.exec(question);
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
    focus = within(whatIs[0].length, question.length)[0];
  }
  let topic: number | undefined;
  if (focus !== undefined) {
    const of = /^\s+of\s+(?:the\s+)?/i.exec(lower.slice(positions[focus]! + units[focus]!.en.length));
    if (of) topic = within(positions[focus]! + units[focus]!.en.length + of[0].length, question.length)[0];
  }
  return {
    units: asUnits(units),
    ...(focus !== undefined ? { focus } : {}),
    focusRequired: topic !== undefined && topic !== focus,
    ...(topic !== undefined && topic !== focus ? { topic } : {}),
    answerType,
    ...(comparison ? { typeSure: true } : {}),
    translated: true,
  };
}
