/**
 * The form in which question units, the corpus vocabulary and passages are compared, defined once:
 * the search and the translation layers both match words in it.
 */

const MIDDLE_DOTS = /[・･]/g;
/** Hiragana between two kanji: the okurigana some spellings drop. */
const OKURIGANA = /(?<=[\p{Script=Han}々])\p{Script=Hiragana}(?=[\p{Script=Han}々])/gu;

/** A string as the corpus is matched: NFKC, middle dots dropped so アマルティアセン finds アマルティア・セン. */
export function matchForm(text: string): string {
  return text.normalize("NFKC").replace(MIDDLE_DOTS, "");
}

/** The spelling without okurigana between kanji (組み込み → 組込み, 取り決め → 取決め). */
export function withoutOkurigana(ja: string): string {
  return ja.replace(OKURIGANA, "");
}

/** Share of the adjacent character pairs of `form` that occur in `text` (0 for a form of one character). */
export function pairShare(form: string, text: string): number {
  let n = 0;
  for (let i = 1; i < form.length; i++) if (text.includes(form.slice(i - 1, i + 1))) n++;
  return n / Math.max(1, form.length - 1);
}
