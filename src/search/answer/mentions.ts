/**
 * How a question's word is mentioned in a passage, beyond being there: as another instance of
 * the series an ordinal names (第1回 for 第2回), or only as a member of a longer dotted name.
 * Plain functions over match-form spellings and text.
 */
import { escapeRegExp } from "../../util/regexp.js";

/** Any instance of the series an ordinal names: 第1回, 第3回… for 第2回 (other numbers are not series). */
export function seriesOf(form: string): RegExp | undefined {
  // A position in a list (第三 of 第三に, answer/list-position.ts): the other positions, 第一 of 第一の提案.
  if (/^第[一二三四五六七八九十]+$/u.test(form)) return /第[一二三四五六七八九十]+(?=[にのはとがも、])/gu;
  const m = /^(第)[0-9.,]+(\S*)$/u.exec(form);
  if (!m || !m[2]) return undefined;
  return new RegExp(`${m[1]}[0-9][0-9.,]*${escapeRegExp(m[2])}`, "gu");
}

/**
 * The text numbers another instance of the series (`series`, from seriesOf) than `form`: 第2回
 * where 第1回 was asked. (Other numbers differ too often in passages that answer: a passage on a
 * 2018 event also speaks of 2017.)
 */
export function namesOther(series: RegExp, form: string, text: string, own: readonly string[] = []): boolean {
  // An instance the question names itself is no other one (第1回から第2回までに何年: 第1回 in a passage lacking 第2回).
  return (text.match(series) ?? []).some((x) => x !== form && !own.includes(x));
}

/**
 * One of the spellings stands as a word of its own somewhere in the text, not only as a member of
 * a name joined with middle dots (キルギス of 中国・キルギス・ウズベキスタン鉄道 names the
 * railway). True when the text does not spell it as given (a spelling with its dots dropped).
 */
export function standsAlone(forms: readonly string[], text: string): boolean {
  const t = text.normalize("NFKC").toLowerCase();
  let seen = false;
  for (const form of forms) {
    if (!form) continue;
    for (let at = t.indexOf(form); at >= 0; at = t.indexOf(form, at + 1)) {
      seen = true;
      if (t[at - 1] !== "・" && t[at + form.length] !== "・") return true;
    }
  }
  return !seen;
}
