import type { QuestionAnalysis } from "./question-analysis.js";

/*
 * What an answer of the expected type looks like in an English paragraph (the Japanese tests,
 * answer.ts, look for counters and 年/月/日): a number in digits or words, a year, a month or a
 * day, a verb of saying. Used for English paragraphs only, whichever language the question is in.
 */

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" +
  "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|several|half|twice|once";
const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec";
const SAYING =
  "said|says|say|stated|states|noted|notes|stressed|announced|announces|declared|told|remarked|added|emphasi[sz]ed|argued|wrote|called|described|reported|claimed";

const NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, "i");
const ANY_DATE = new RegExp(
  `\\b(?:\\d{3,4}s?|(?:${MONTHS})\\.?|centur(?:y|ies)|decades?|\\d{1,2}(?:st|nd|rd|th)|(?:${NUMBER_WORDS})(?:th|st)?)\\b|\\b(?:today|yesterday|ago|since|until|during|season|period|era|age)\\b`,
  "i",
);
const PARTS = {
  year: "\\b\\d{3,4}s?\\b",
  month: `\\b(?:${MONTHS})\\b`,
  day: "\\b\\d{1,2}(?:st|nd|rd|th)?\\b",
} as const;

/** The test an English paragraph's answer of the question's type must pass, or undefined when the type has none. */
export function englishTypeTest(a: QuestionAnalysis): RegExp | undefined {
  switch (a.answerType) {
    case "number":
      return NUMBER;
    case "date": {
      const parts = a.dateParts ?? [];
      if (parts.length === 0) return ANY_DATE;
      return new RegExp("^" + parts.map((p) => `(?=.*${PARTS[p]})`).join("") + ".", "isu");
    }
    case "statement":
      return new RegExp(`\\b(?:${SAYING})\\b`, "i");
    default:
      return undefined;
  }
}
