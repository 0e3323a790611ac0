/*
 * Small numbers as English writes them in running text: style guides spell out one to ten (and
 * often to twenty), and ordinals of events are words (the third summit). A Japanese question's
 * 第3回 or 3人 meets such text only through these words.
 */

const CARDINALS =
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(
    " ",
  );
const ORDINALS =
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(
    " ",
  );

/** The English word for a whole number from 1 to 20 (cardinal or ordinal), or undefined outside that range. */
export function englishNumberWord(n: number, ordinal: boolean): string | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 20 ? (ordinal ? ORDINALS : CARDINALS)[n - 1] : undefined;
}
