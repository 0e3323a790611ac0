/**
 * What an earlier turn of a conversation fixed and a follow-up keeps: in 「第2回サミットはどこで
 * 開かれましたか？」 → 「それはいつ？」, the follow-up asks about the second summit, so a passage on
 * another instance of the series (the 2023 recollection of 第1回) does not answer it, however well
 * it matches otherwise. The earlier turn's ordinal is then a constraint as the question's own is
 * (judge.ts: another instance named, the one asked not), not only a word at a falling weight. Its
 * absence is no sign against a passage: the answer to a follow-up need not repeat 第2回.
 *
 * It is not when the follow-up names its own subject and refers back to nothing (followup.ts: the
 * topic has moved on), fixes its own (「第3回は？」 replaces 第2回) or counts from it (その前回,
 * 次回: another instance of the same series). Pure.
 */
import type { QuestionUnit } from "./question-analysis.js";

/** A number, date or ordinal as the question writes it (2024年, 第2回, 12本). */
const EXACT_LABEL = /^第?[0-9]/u;

/** A word that counts from what was fixed before (前年, 翌日, 次回, 前回, 去年): the follow-up is about another instance. */
const RELATIVE = /^(?:前|翌|次|昨|去|先|来|後|同)(?:年|月|日|回|週|期)|^(?:前|次)の?$/u;

const exact = (u: QuestionUnit): boolean => u.importance > 0 && EXACT_LABEL.test(u.label);

/** For each unit: a number, date or ordinal of the question itself, which a passage must hold. */
export function ownExact(units: readonly QuestionUnit[]): boolean[] {
  return units.map((u) => exact(u) && !u.borrowed);
}

/** The follow-up counts from what an earlier turn fixed (その前年, 次回): it asks about another instance. */
export function countsFromEarlier(units: readonly QuestionUnit[]): boolean {
  return units.some((u) => !u.borrowed && RELATIVE.test(u.label));
}

/** For each unit: a number, date or ordinal an earlier turn fixed and the follow-up keeps (see above). */
export function fixedByHistory(units: readonly QuestionUnit[]): boolean[] {
  const own = units.filter((u) => !u.borrowed);
  const keeps = !own.some(exact) && !own.some((u) => RELATIVE.test(u.label));
  return units.map((u) => keeps && u.borrowed === true && u.referredTo === true && exact(u));
}
