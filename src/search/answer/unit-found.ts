/**
 * Where a question's unit is found in a passage's text (judge.ts reads these for every sentence):
 * whole or in part, with the question's own words set aside, and whether the text numbers another
 * instance of the series the question's ordinal names. Pure functions over match-form text.
 */
import { pairShare } from "../../text/match-form.js";
import { namesOther } from "./mentions.js";
import { escapeRegExp } from "../../util/regexp.js";
import type { PreparedUnit } from "./prepare-question.js";

/**
 * Whether the text holds a bare number (3 of 「3番目を作る計画」) as a number of its own: not as
 * part of a longer one (the 3 of 32年, of 2023年 or of 1.3).
 */
export function holdsNumber(text: string, digits: string): boolean {
  for (let at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
    const before = text[at - 1];
    const after = text[at + digits.length];
    if (
      !(before !== undefined && /[0-9.,]/.test(before)) &&
      !(after !== undefined && /[0-9]|[.,][0-9]/.test(after + (text[at + digits.length + 1] ?? "")))
    )
      return true;
  }
  return false;
}

/** 1 when a spelling of the unit is in the text, 0.5 when most of a kanji compound is (二国間貿易 in 二国間の貿易), else 0. */
export function found(unit: PreparedUnit, text: string): number {
  if (unit.short?.test(text)) return 1;
  let share = 0;
  for (const alt of unit.alternatives) {
    if (alt.bare ? holdsNumber(text, alt.form) : text.includes(alt.form)) return 1;
    // Most of a compound's pairs, or one of the two words of a four-kanji compound (関税 of 関税合戦).
    if (
      share < 0.5 &&
      alt.compound &&
      (pairShare(alt.form, text) >= 0.5 ||
        (alt.form.length === 4 && (text.includes(alt.form.slice(0, 2)) || text.includes(alt.form.slice(2)))))
    )
      share = 0.5;
  }
  return share;
}

/** The text with the question's own words blanked out; a number only where it stands alone (32年 of 32年テーゼ, not of 1932年). */
export function withoutOwn(text: string, own: readonly string[]): string {
  let t = text;
  for (const f of own)
    if (t.includes(f))
      t = /^[0-9]/.test(f) ? t.replace(new RegExp(`(?<![0-9.,])${escapeRegExp(f)}`, "g"), " ") : t.split(f).join(" ");
  return t;
}

/** The text numbers another instance of the series the question's ordinal names (see mentions.namesOther). */
export function conflicts(unit: PreparedUnit, text: string, own: readonly string[]): boolean {
  return unit.series !== undefined && namesOther(unit.series, unit.alternatives[0]?.form ?? "", text, own);
}
