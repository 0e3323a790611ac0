/**
 * Katakana spellings of one foreign word vary (カザーフ and カザフ, ウズベック and ウズベク), and a
 * people or language is its place's name with 人, 語 or 族 (カザフ語 for "Kazakh"). A dictionary's
 * spelling the archive lacks is looked for in these forms before the word counts as absent.
 */

const KATAKANA_STEM = /^[\p{Script=Katakana}ー]{3,}$/u;
const PEOPLE_OR_LANGUAGE = /^([\p{Script=Katakana}ー]{3,})[人語族]$/u;

/** The other spellings of a katakana word, most faithful first (none for other words). */
export function katakanaVariants(ja: string): string[] {
  const stems = [ja];
  const people = PEOPLE_OR_LANGUAGE.exec(ja);
  if (people) stems.push(people[1]!);
  const out: string[] = [];
  for (const stem of stems) {
    if (!KATAKANA_STEM.test(stem)) continue;
    for (const v of [stem, stem.replace(/ー/g, ""), stem.replace(/ッ/g, ""), stem.replace(/[ーッ]/g, "")])
      if (v !== ja && [...v].length >= 3 && !out.includes(v)) out.push(v);
  }
  return out;
}

/** The first spelling of `ja` among its katakana variants that the archive holds, if any. */
export function heldVariant(ja: string, holds: (s: string) => boolean): string | undefined {
  return katakanaVariants(ja).find(holds);
}
