/**
 * A Japanese verb is written in an article inflected (植えた, 開かれた, 述べました), never or
 * rarely in the dictionary form a dictionary gives (植える, 開く, 述べる): a translation is looked
 * for in the archive by its stems before it counts as absent.
 */

/** The godan endings and the kana their stems end in (the a, i, e and o rows, and the sound change before た/て). */
const GODAN: Readonly<Record<string, string>> = {
  う: "わいえおっ",
  く: "かきけこい",
  ぐ: "がぎげごい",
  す: "さしせそ",
  つ: "たちてとっ",
  ぬ: "なにねのん",
  ぶ: "ばびべぼん",
  む: "まみめもん",
  る: "らりれろっ",
};
const KANJI = /\p{Script=Han}/u;
/** An ichidan verb: る after a kana of the i or e row (植える, 生きる). */
const ICHIDAN = /[いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ]る$/u;

/** The stems of a verb in dictionary form, most frequent first; none for other words. */
export function verbStems(ja: string): string[] {
  const last = ja.slice(-1);
  const head = ja.slice(0, -1);
  // A stem must hold a kanji and be two characters at least: 来 or 見 alone match anything.
  if (!GODAN[last] || !KANJI.test(head)) return [];
  const out: string[] = [];
  if (last === "る" && ICHIDAN.test(ja) && [...head].length >= 2) out.push(head);
  for (const k of GODAN[last]!) out.push(head + k);
  return out.filter((s) => [...s].length >= 2);
}

/** The first stem of the verb `ja` that the archive holds, if any. */
export function heldVerbStem(ja: string, holds: (s: string) => boolean): string | undefined {
  return verbStems(ja).find(holds);
}
