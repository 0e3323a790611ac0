import { normalize } from "./normalize.js";

/*
 * Japanese has no spaces, so words are approximated by overlapping character n-grams: unigrams
 * and bigrams over runs of kanji/kana (digits included, so 「5月」 stays one unit). Measured on
 * JSQuAD: uni+bigrams beat bigrams alone and trigrams (see bench/ and docs/design.md), and need
 * no dictionary load at start-up. Latin-script words become whole-word terms with a light stem.
 */

// Kanji, kana, the prolonged sound mark, iteration marks and digits form one "Japanese run".
const RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ0-9]+|[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Thai}\p{Script=Devanagari}0-9]+/gu;
const LATIN_ONLY =
  /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Thai}\p{Script=Devanagari}0-9]+$/u;

/** English plural/possessive folding: enough to match "agreements" with "agreement". */
export function stemLatin(word: string): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "y";
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"))
    return word.slice(0, -1);
  return word;
}

/** True for the term of a whole Latin-script word (see analyze). */
export function isLatinTerm(term: string): boolean {
  return term.startsWith("w:");
}

/** Terms of a text for the keyword index and the hashed embedder. Order follows the text. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const run of normalize(text).match(RUN) ?? []) {
    if (LATIN_ONLY.test(run) && !/^\d+$/.test(run)) {
      out.push(`w:${stemLatin(run)}`);
      continue;
    }
    const chars = [...run];
    for (const c of chars) out.push(c);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}
