/**
 * A position in a list an earlier turn asked about: after 「習主席はいくつの提案を打ち出しましたか？」,
 * 「三つ目は？」 asks for the proposal the article introduces as 第三に / 第三の提案, and "And the
 * fourth?" for 第四. The question names the position in one way (三つ目, 3番目, the fourth) and
 * the article in another (第三に, 第3の), so the position becomes a unit of its own whose
 * spellings are all of them: a number the passage must hold like any other (judge.ts: exact), so
 * that the passage that introduces the list (「5つの提案」) or another item of it (第一の提案) does
 * not answer, and a position the articles never reach (the sixth of five) is refused.
 *
 * Only positions written as positions count: 三つ目, 3番目, 第三 (not 第3回, a series, or
 * 三つ, a count); in English an ordinal word standing for an item ("the second one", "and the
 * fourth?", "the sixth proposal"), not "the first time" style idioms ("at first", "first of
 * all"). Pure.
 */
import type { QuestionUnit } from "./question-analysis.js";

const KANJI_DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1–99 in kanji numerals as articles write them (十, 十二, 二十, 二十三). */
export function kanjiNumeral(n: number): string {
  if (n < 10) return KANJI_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? KANJI_DIGITS[tens] : ""}十${KANJI_DIGITS[n % 10]}`;
}

/** A kanji or Arabic numeral 1–99 as a number (undefined for anything else). */
function numeralValue(s: string): number | undefined {
  const ascii = s.normalize("NFKC");
  if (/^[0-9]{1,2}$/.test(ascii)) return Number(ascii);
  const m = /^([二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(s);
  if (!m || s === "") return undefined;
  const digit = (c: string) => KANJI_DIGITS.indexOf(c);
  // Without 十 one digit stands alone (the first group takes it unless it is 一).
  if (!m[2]) return m[1] && m[3] ? undefined : digit(m[1] || m[3]!);
  return (m[1] ? digit(m[1]) : 1) * 10 + (m[3] ? digit(m[3]) : 0);
}

/** 三つ目, 3つ目, 三番目, 3点目; 第三 not followed by a counter (第三に, 第三の提案, 第三は). */
const JAPANESE_POSITION =
  /([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:つ目|番目|点目|項目め|個目)|第([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?=[にのはとがも、。？?！!]|$)/u;

const ENGLISH_ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
] as const;

/**
 * An English ordinal after "the"/"a", then the word after it (if any): "the second one", "and
 * the fourth?", "a sixth proposal". Not idioms of time or order (first of all, the first time).
 */
const ENGLISH_POSITION = new RegExp(
  `\\b(?:the|a|an)\\s+(${ENGLISH_ORDINALS.join("|")}|[0-9]{1,2}(?:st|nd|rd|th))\\b(?!\\s+(?:time|of\\s+all|place)\\b)(?:\\s+([a-z]+))?`,
  "iu",
);

/** An English noun and its plural as one word (proposal, proposals). */
const stem = (w: string): string => w.toLowerCase().replace(/(?:es|s)$/u, "");

/** The position (1-based) a question asks for in a list, and the words that name it (三つ目, the fourth). */
export interface ListPosition {
  readonly n: number;
  readonly text: string;
}

/**
 * The position (1-based) a question asks for in a list, when it names one as a position.
 * `counted`: the nouns earlier turns asked to count ("How many *proposals*…"). An English ordinal
 * stands for a list item when "one" or nothing follows it, or the noun counted before: "the
 * second summit" is otherwise an instance of a series (第2回), which the translation reads as such.
 */
export function listPositionOf(question: string, counted: readonly string[] = []): ListPosition | undefined {
  const ja = JAPANESE_POSITION.exec(question);
  if (ja) {
    const n = numeralValue(ja[1] ?? ja[2]!);
    return n === undefined ? undefined : { n, text: ja[0] };
  }
  const en = ENGLISH_POSITION.exec(question);
  if (!en) return undefined;
  const next = en[2]?.toLowerCase();
  const item =
    next === undefined || /^(?:ones?|and|or|but|then)$/u.test(next) || counted.some((c) => stem(c) === stem(next));
  if (!item) return undefined;
  const word = en[1]!.toLowerCase();
  const i = ENGLISH_ORDINALS.indexOf(word as (typeof ENGLISH_ORDINALS)[number]);
  return { n: i >= 0 ? i + 1 : Number.parseInt(word, 10), text: en[1]! };
}

/**
 * The position as a question unit: labelled 第N (so the answer stage takes it as a number the
 * passage must hold), spelled every way an article introduces the N-th item (match form).
 */
export function listPositionUnit(n: number): QuestionUnit {
  const k = kanjiNumeral(n);
  // Not 第2 in digits: that is how a series is written (第2回, in every title of the summit's articles).
  // Nor 六番目 in kanji: the corpus test of a kanji compound is lenient (番目 anywhere would hold it).
  const forms = [`第${k}`, `${k}つ目`, `${n}つ目`, `${n}番目`, `${n}点目`];
  return { label: `第${n}`, alternatives: [...new Set(forms)], importance: 1 };
}

/** Whether a unit of the question is the position as the question spelled it (the translation of "third": 第3回, 第3). */
export function spellsPosition(unit: QuestionUnit, n: number): boolean {
  const k = kanjiNumeral(n);
  return unit.alternatives.some((a) => a === `第${n}` || a === `第${k}` || a === `${n}番目` || a === `${k}つ目`);
}

/** 最後の提案, 最後は？, 最後のもの: the last item of a list (not 最後に as "finally" before a verb: its noun is checked below). */
const JAPANESE_LAST = /最後(?:の([^\sのはがをにでとへもや、。，,？?！!]+))?/u;

/** "the last one", "and the last?", "the final proposal" (not "the last time", "last year": the noun is checked below). */
const ENGLISH_LAST = /\b(?:the|and)\s+(?:very\s+)?(last|final)\b(?:\s+([a-z]+))?/iu;

/**
 * The last item of the list an earlier turn counted: 「最後の提案は？」 after 「提案はいくつ？」 asks for
 * the highest position the articles introduce (第五に when they go 第一…第五), which `held` tells
 * (whether the articles spell position n, listPositionUnit). Only after a turn that counted
 * (`counted`, its nouns) and only for a word that stands for an item of it: nothing or "one" after
 * it, or the noun counted. Undefined when the articles spell no list of two or more.
 */
export function lastPositionOf(
  question: string,
  counted: readonly string[],
  held: (n: number) => boolean,
): ListPosition | undefined {
  if (counted.length === 0) return undefined;
  const ja = JAPANESE_LAST.exec(question);
  const en = ja ? undefined : ENGLISH_LAST.exec(question);
  const match = ja ?? en;
  if (!match) return undefined;
  const next = match[ja ? 1 : 2]?.toLowerCase();
  const item =
    next === undefined ||
    /^(?:ones?|and|or|but|then|もの|一つ|ひとつ)$/u.test(next) ||
    counted.some((c) => (ja ? next.includes(c) || c.includes(next) : stem(c) === stem(next)));
  if (!item) return undefined;
  let n = 0;
  while (n < 20 && held(n + 1)) n++;
  return n >= 2 ? { n, text: ja ? "最後" : match[1]! } : undefined;
}

/** A list item written as a line of its own: 「- 」, 「・」, 「1.」, 「①」 at the start of a line. */
const LIST_LINE = /^[ \t　]*(?:[-・•*]|[0-9０-９]{1,2}[.)．）]|[①-⑳])[ \t　]*\S/gmu;

/** How many list items a paragraph writes as lines of their own (「- 長期的な…」); 0 for running text. */
export function listLines(text: string): number {
  return text.match(LIST_LINE)?.length ?? 0;
}

/** The position a list-position unit stands for (第2 → 2; see listPositionUnit); undefined for any other label. */
export function positionOfUnit(label: string): number | undefined {
  const m = /^第([0-9]{1,2})$/u.exec(label);
  return m ? Number(m[1]) : undefined;
}
