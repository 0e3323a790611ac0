/**
 * The wording that decides how sure a Japanese question's answer type is (issue 22, third
 * session): which question words ask nothing (they stand in a quotation, or are indefinites:
 * いくつかの, 何年も), which questions ask for a name although they hold a type noun or a counter
 * (これを何というか, 何と呼ぶ), and whether what follows 何 is a counter alone (何歳, 何カ国, 何人分)
 * or a noun that begins with a counter's character (何社会, 何基準点, 何国). Measured on JSQuAD
 * valid's gold paragraphs with scripts/answer-type-errors.mjs (docs/benchmarks.md, "Judgement").
 */
/** [start, end) of each quotation (「…」, 『…』, “…”): a question word inside one is part of what is quoted. */
export function quotedRanges(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(/「[^「」]*」|『[^『』]*』|“[^“”]*”/gu)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export const inRanges = (at: number, ranges: ReadonlyArray<readonly [number, number]>): boolean =>
  ranges.some(([s, e]) => at >= s && at < e);

/**
 * A question asking what something is called (梅雨の半ばの期間を何という, 分子を何と呼ぶか,
 * 「同志」や何と言っていたか): the answer is a term, whatever type noun (期間, 距離, 速度) names the
 * thing. Xを/や before 何と and a verb of naming; 何と呼ぶ always. (Xは何と述べた asks what was said.)
 */
export const ASKS_A_NAME =
  /(?:を|や|とも)[「」『』]?(?:何|なん|なに)と(?:い[うわいっえ]|言|云|称)|(?:何|なん|なに)と呼/u;

/**
 * Indefinites written with a question word: いくつかの (some), いくらでも (any amount), いつも
 * (always), いつでも, いつの間, いつか (some day) before more words. Removed from a hiragana run
 * before its question words are read; `after` is the character after the run (いくつか並べ: a kanji).
 */
export function withoutIndefinites(run: string, after: string): string {
  const t = run.replace(
    /いくらでも|いくらか|いつも|いつでも|いつの間|(?:いくつか|いつか)(?=\p{Script=Hiragana})/gu,
    " ",
  );
  return /(?:いくつか|いつか)$/u.test(t) && after !== "" && !/[。？?、!！」』)）\s]/u.test(after)
    ? t.replace(/(?:いくつか|いつか)$/u, " ")
    : t;
}

/**
 * What may follow a counter after 何 with the count still the answer: 何年間, 何人分, 何番目, 何人以上,
 * 何回程度. Anything else makes a word the counter only begins (何社会, 何基準, 何回変更): the type
 * is then a guess.
 */
const AFTER_COUNTER = /^(?:間|分|目|以上|以下|程度|前後|余り|ずつ)?$/u;

/** Whether the kanji after 何 are the counter alone (with one of the endings above). */
export function counterAlone(afterWh: string, counter: string): boolean {
  const at = afterWh.indexOf(counter);
  return at >= 0 && at <= 1 && AFTER_COUNTER.test(afterWh.slice(at + counter.length));
}

/**
 * 何年たつ, 何年かかる, 何年ぶり, 何年経過: a number of years gone by (2年間), not a year (a date).
 * `rest` is what follows 年 in the question word's kanji run (経 of 何年経った), `after` the text after the run.
 */
export const yearsElapsed = (rest: string, after: string): boolean =>
  /^(?:たっ|たつ|たち|たて|経|かか|かけ|ぶり|越し)/u.test(rest || after);

/** A question word of an embedded question (いつ、どこで誕生したのかという過程は何): it asks nothing itself. */
export const EMBEDDED = /^[^。？?]*のか(?:という|といった|と問)/u;

/** Hiragana question words, their type, and whether the word alone makes the type sure (いくつ; not どのくらい, which also asks how long ago or how far). */
export const HIRAGANA_WH: ReadonlyArray<[RegExp, "number" | "date" | "person" | "place" | "reason", boolean]> = [
  [/どのくらい|どれくらい|どれほど|どれだけ/, "number", false],
  [/いくら|いくつ/, "number", true],
  [/いつ/, "date", true],
  [/だれ|誰/, "person", false],
  [/どこ/, "place", false],
  [/なぜ|どうして/, "reason", false],
];
