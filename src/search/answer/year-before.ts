/**
 * The year before the one an earlier turn fixed: after 「2025年に中国は上海協力機構でどんな立場に…」,
 * 「その前年に議長国だったのはどこですか？」 asks about 2024, and a passage of the 2025 talks does not
 * answer it however much of the earlier turn it holds (it led, tied with the 2024 passage). The
 * relative word (前年, 前の年) becomes the year it stands for, a number the passage must hold like
 * one the question wrote itself (fixed-by-history.ts: ownExact), spelled as an article of that
 * year or of the year after writes it: 2024年 (in the text or the title), or 昨年 / 去年 / 前年.
 *
 * In English the same: "the year before", "a year earlier", "the previous year" (not "the year
 * before that", which counts from a year the question does not name).
 *
 * Not the year after (翌年, 次の年): an article says "next year" of a year it has not seen
 * (来年 in the 2024 talks is 2025), and an article without a date in its title or text (the
 * bundled 2025 talks) cannot hold the year at all, so a required 2025年 put the 2025 summit's
 * article before the talks asked about. Pure.
 */
import type { QuestionUnit } from "./question-analysis.js";

/** 前年, 前の年: the year before. */
const YEAR_BEFORE = /前の?年(?!比)/u;

/** "the year before", "a year earlier", "the previous year", "the prior year": the year before, in English. */
const YEAR_BEFORE_EN =
  /\b(?:the\s+(?:year\s+before|previous\s+year|prior\s+year|preceding\s+year)|(?:a|one)\s+year\s+(?:earlier|before))\b(?!\s+(?:that|the|last)\b)/iu;

/** A year as an earlier question fixed it (2025年; 2025 in an English question's unit). */
const YEAR_LABEL = /^(\d{4})年?$/u;

/** The year before the one an earlier turn fixed (the words that ask it and its unit); undefined when it asks none or no earlier turn fixed a year. */
export function yearBefore(
  question: string,
  earlier: ReadonlyArray<readonly QuestionUnit[]>,
): { readonly text: string; readonly unit: QuestionUnit } | undefined {
  const m = YEAR_BEFORE.exec(question) ?? YEAR_BEFORE_EN.exec(question);
  // A question that names its own year (2020年の前年は？, "the year before 2024") asks about that year, not an earlier turn's.
  if (!m || /\d{4}年|\b\d{4}\b/u.test(question)) return undefined;
  let fixed: number | undefined;
  for (const units of [...earlier].reverse()) {
    const year = units.map((u) => YEAR_LABEL.exec(u.label)?.[1]).find((y) => y !== undefined);
    if (year !== undefined) {
      fixed = Number(year);
      break;
    }
  }
  if (fixed === undefined) return undefined;
  const year = fixed - 1;
  return {
    text: m[0],
    unit: { label: `${year}年`, alternatives: [`${year}年`, "昨年", "去年", "前年"], importance: 1 },
  };
}
