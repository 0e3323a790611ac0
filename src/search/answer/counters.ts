/**
 * What follows a number to make it a count, an amount or a date (12本, 3,000人, 3か国, 15億元, 30%,
 * 2025年6月17日, 2年間): one list for the question's number words, the counters a question asks
 * for (何人), the counts a passage answers with, and the facts that keep a repeat from being folded.
 * Regular-expression fragments, one unit each.
 */

/** Counters of things and amounts. か counts only before 国, 月, 所 (3か国; 2023年から is no count). */
export const COUNTERS: readonly string[] = [
  "人",
  "名",
  "本",
  "回",
  "個",
  "件",
  "社",
  "国",
  "カ",
  "ヵ",
  "ヶ",
  "ケ",
  "か(?=[国月所])",
  "歳",
  "倍",
  "台",
  "機",
  "頭",
  "匹",
  "種",
  "位",
  "枚",
  "冊",
  "隻",
  "基",
  "校",
  "店",
  "軒",
  "割",
  "階",
  "点",
  "票",
  "席",
  "度",
  "周",
  "円",
  "元",
  "ドル",
  "トン",
  "所",
  "組",
  "%",
  "％",
];

/**
 * Counters that also make ordinary words after a lone 一 or 万 (一度も "ever", 一国, 一点, 一周年, 一席
 * "a speech", 一位 "first place", 一階, 一所懸命, 万国): a kanji numeral counts with them only when it is
 * another digit or longer (三度, 十二か国, 二十席). Digits count with them always (1度, 3国).
 */
export const WORD_FORMING: readonly string[] = ["国", "点", "周", "席", "度", "機", "位", "階", "所", "組"];

/** Counters after any kanji numeral: the list less the word-forming ones, plus つ (五つ; digits do not take it). */
export const KANJI_COUNTERS: readonly string[] = [...COUNTERS.filter((c) => !WORD_FORMING.includes(c)), "つ"];

/** Calendar units: a year, month or day is a date, and a number of them a count (3年). */
export const CALENDAR: readonly string[] = ["年", "月", "日"];

/** Spans of time that only follow another unit or stand for a time of day (2年間, 10時30分; 一時 alone means "for a while"). */
export const TIME_SPANS: readonly string[] = ["間", "時", "分"];

/** Magnitudes written within a number (3千, 15億). */
export const MAGNITUDES: readonly string[] = ["万", "億", "兆", "千", "百", "十"];

/** One of the fragments, as a non-capturing group. */
export const oneOf = (...lists: ReadonlyArray<readonly string[]>): string => `(?:${lists.flat().join("|")})`;

/**
 * Other spellings of a counter in a passage's match form: 25℃ and 45° are 度 (℃ folds to °c); people
 * are counted in 人 or 名 alike (党員何人の推薦 answered by 2名), and things in 個, つ or a bare number before
 * の (何個の州: 12の州); JSQuAD valid, scripts/answer-type-errors.mjs.
 */
const SPELLED_AS: Readonly<Record<string, string>> = {
  度: "°",
  人: "名",
  名: "人",
  個: "つ|の",
  // 何パーセント is answered by 12%, 何メートル by 828m (a katakana counter, KATAKANA_COUNTER).
  パーセント: "%",
  メートル: "m(?![a-z])",
  キロメートル: "km",
  キロ: "km|kg",
  センチ: "cm",
  グラム: "g(?![a-z])",
};

/** The counter a question asks for (何度), as a pattern for the passage's spellings of it (度, °). */
export const counterPattern = (counter: string): string =>
  oneOf([counter, ...(SPELLED_AS[counter] ? [SPELLED_AS[counter]!] : [])]);

/** Counters written in katakana after 何 (何ページ, 何メートル, 何ドル): the question asks a count or an amount. */
export const KATAKANA_COUNTER =
  /^(?:ページ|ドル|トン|メートル|キロメートル|キロ|グラム|パーセント|センチ|リットル|ヘクタール)(?![\p{Script=Katakana}ー])/u;
