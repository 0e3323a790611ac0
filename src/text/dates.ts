/**
 * Calendar dates written in either language, as one key each, so that "June 17, 2025",
 * "17 June 2025", "2025-06-17" and 「2025年6月17日」 meet in the index: the English analyzer adds
 * the keys of a paragraph's dates to its terms, and a question's dates (English or Japanese)
 * become the same keys. A date with a year gives its full key and its month-day key (a question
 * may leave the year out: "on June 17"); a month with a year gives a month key.
 */

/** English month names and abbreviations → month number (also read by translate/numbers.ts). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(\\d{4})";

const pad = (n: number): string => String(n).padStart(2, "0");
const valid = (m: number, d?: number): boolean => m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= 31));

/** A date as its keys: `YYYY-MM-DD` and `MM-DD` for a full date, `MM-DD` without a year, `YYYY-MM` for a month of a year. */
function keysOf(year: number | undefined, month: number, day: number | undefined, out: string[]): void {
  if (!valid(month, day)) return;
  if (day !== undefined) {
    if (year !== undefined) out.push(`${year}-${pad(month)}-${pad(day)}`);
    out.push(`${pad(month)}-${pad(day)}`);
  } else if (year !== undefined) out.push(`${year}-${pad(month)}`);
}

const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => [number | undefined, number, number | undefined]]> = [
  // 2025-06-17, 2025/6/17
  [/\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/g, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  // 2025年6月17日, 6月17日, 2025年6月
  [
    /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?/gu,
    (m) => [m[1] ? Number(m[1]) : undefined, Number(m[2]), m[3] ? Number(m[3]) : undefined],
  ],
  // June 17, 2025; June 17; June 2025
  [
    new RegExp(`\\b${MONTH}\\s+(?:${DAY}(?:,?\\s+${YEAR})?\\b|${YEAR}\\b)`, "gi"),
    (m) => [
      m[3] ? Number(m[3]) : m[4] ? Number(m[4]) : undefined,
      MONTHS[m[1]!.toLowerCase()]!,
      m[2] ? Number(m[2]) : undefined,
    ],
  ],
  // 17 June 2025; 17 June
  [
    new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`, "gi"),
    (m) => [m[3] ? Number(m[3]) : undefined, MONTHS[m[2]!.toLowerCase()]!, Number(m[1])],
  ],
];

/** The keys of every date the text writes, in no particular order, repeats kept (they count like words). */
export function dateKeys(text: string): string[] {
  const out: string[] = [];
  const t = text.normalize("NFKC");
  for (const [re, read] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      const [year, month, day] = read(m);
      // "May" alone is mostly the verb: a bare month needs a day or a year after it (the pattern requires one).
      keysOf(year, month, day, out);
    }
  }
  return out;
}
