/*
 * One count or ordinal, written several ways: 5か国, 5カ国, 5ヶ国 and 5箇国 are one counter; 二番目,
 * 2番目, 第二 and 第2 one ordinal. A question that writes one form shares few character n-grams
 * with a paragraph that writes another (「二番目の提案」 and 「第二に、…」), so each form found in a
 * question is given the others as alternatives to search for.
 */

const KANJI_DIGITS = "〇一二三四五六七八九";
/** The small-ke counter spellings, before the few nouns they count (国, 月, 所, 条). */
const KE_COUNTER = /([何0-9一二三四五六七八九十]+)([かカヶヵケ箇])(国|月|所|条)/gu;
const KE_FORMS = ["か", "カ", "ヶ"];
/**
 * A spoken ordinal, N番目 or Nつ目 (N one to ten, in digits or kanji), which articles write 第N. (第N
 * itself is the articles' form already, and 第2回 counts events, which no other form says.)
 */
const ORDINAL = /(?<![0-9〇一二三四五六七八九十第])([1-9]|10|[一二三四五六七八九十])(?:番目|つ目)/gu;

/** 1–10 from a digit string or one kanji numeral; undefined for anything else. */
function ordinalValue(n: string): number | undefined {
  if (/^[0-9]+$/.test(n)) return Number(n);
  if (n === "十") return 10;
  const i = KANJI_DIGITS.indexOf(n);
  return i > 0 ? i : undefined;
}

const kanjiOf = (n: number): string => (n === 10 ? "十" : KANJI_DIGITS[n]!);

/** A form found in a text, and the other spellings of it. */
export interface NumberForm {
  readonly word: string;
  readonly others: readonly string[];
}

/** The counts and ordinals of a text, each with its other spellings (none the text holds already). */
export function numberForms(text: string): NumberForm[] {
  const out: NumberForm[] = [];
  const add = (word: string, others: string[]) => {
    const missing = [...new Set(others)].filter((o) => o !== word && !text.includes(o));
    if (missing.length && !out.some((f) => f.word === word)) out.push({ word, others: missing });
  };
  for (const m of text.matchAll(KE_COUNTER)) {
    // The counter alone (カ国): the number the paragraph holds is what the question asks, when it asks 何.
    add(
      m[2]! + m[3]!,
      KE_FORMS.map((k) => k + m[3]!),
    );
  }
  for (const m of text.matchAll(ORDINAL)) {
    const n = ordinalValue(m[1]!);
    if (n === undefined) continue;
    add(m[0], [`第${kanjiOf(n)}`, `第${n}`]);
  }
  return out;
}
