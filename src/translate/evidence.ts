import { UNKNOWN_WORD_WEIGHT, type Expansion } from "./expand.js";
import type { Vocabulary } from "../index/vocabulary.js";
import { matchForm, pairShare, withoutOkurigana } from "../text/match-form.js";

const KANJI_COMPOUND = /^(?=(?:.*\p{Script=Han}){2})[^0-9\p{Script=Katakana}]+$/u;

/** Weight of a capitalised name none of whose translations the corpus contains. */
const ABSENT_NAME_WEIGHT = 1.5;

interface Unit {
  readonly weight: number;
  readonly rarity: number;
  /** Its translations, normalised like the passage, each also without okurigana. */
  readonly alternatives: Array<{ readonly ja: string; readonly stripped: string; readonly compound: boolean }>;
}

/**
 * How much of an English question a passage supports, in [0, 1]: the share of the question's
 * English units (a word or expression, with its alternative translations) that the passage
 * contains, each weighted by its term weight and, with a vocabulary, by how rare its best
 * translation is in the corpus. A unit counts once however many alternatives match, so two
 * unmatched synonyms of a matched word do not count against it; a unit whose translations the
 * corpus never uses, and a word nothing translated, count fully against. This is the evidence
 * for deciding that an English question is answerable (n-gram coverage over all alternatives
 * at once mistakes synonyms for missing information, and katakana unigrams for matches).
 * The question's units, their rarity and normalised translations are worked out once, and each
 * passage only costs the substring tests (the retriever asks this of every candidate).
 */
export function translationEvidenceOf(expansion: Expansion, vocab?: Vocabulary): (passageText: string) => number {
  const n = vocab?.size ?? 0;
  const idf = (df: number): number => (n > 0 ? Math.log(1 + (n - df + 0.5) / (df + 0.5)) : 1);
  const maxIdf = idf(0);
  const units = new Map<string, Unit>();
  for (const t of expansion.terms) {
    const key = t.en.toLowerCase();
    const ja = matchForm(t.ja);
    let u = units.get(key);
    if (!u) {
      const df = vocab ? vocab.documentFrequency(ja) : 0;
      // Terms come best first: the unit is as informative as its main translation.
      // Rarity is squeezed into [0.5, 1]: on a corpus about one subject its common words (中国 in
      // articles about China) are still evidence, just weaker.
      // A name the corpus never mentions (Jupiter, Python) says most clearly that the question
      // is about something else.
      const absent = /^\p{Lu}/u.test(t.en) ? ABSENT_NAME_WEIGHT : 1;
      u = { weight: t.weight, rarity: df > 0 ? 0.5 + (0.5 * idf(df)) / maxIdf : absent, alternatives: [] };
      units.set(key, u);
    }
    // Digits and katakana pairs are too common to count a compound as half found (see below).
    if (ja.length > 0)
      u.alternatives.push({ ja, stripped: withoutOkurigana(ja), compound: ja.length >= 3 && KANJI_COMPOUND.test(ja) });
  }
  let total = expansion.unknown.length * UNKNOWN_WORD_WEIGHT;
  for (const u of units.values()) total += u.weight * u.rarity;
  return (passageText) => {
    if (total <= 0) return 0;
    const text = matchForm(passageText);
    let found = 0;
    for (const u of units.values()) {
      let share = 0;
      for (const alt of u.alternatives) {
        if (text.includes(alt.ja) || (alt.stripped !== alt.ja && text.includes(alt.stripped))) {
          share = 1;
          break;
        }
        // A compound that shares most of its pairs of characters with the passage (基本的 in
        // 基本暦, 二国間貿易 in 二国間の貿易) is half found.
        if (share < 0.5 && alt.compound && pairShare(alt.ja, text) >= 0.5) share = 0.5;
      }
      found += share * u.weight * u.rarity;
    }
    return found / total;
  };
}
