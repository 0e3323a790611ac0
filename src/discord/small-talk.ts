/**
 * Mentions that ask nothing: `@summit-bot help`, `test`, `ok`, a greeting, or only punctuation
 * and emoji. Searched as questions they would quote some passage with full confidence (every
 * word of "test" is "found"), so they get the short help instead. A message counts only when
 * it is nothing but one of these words: a question that merely contains one is a question.
 */

/** Whole-message words that name no subject: help requests, pings, greetings, acknowledgements. */
const SMALL_TALK = new Set([
  "help",
  "usage",
  "commands",
  "ヘルプ",
  "使い方",
  "つかいかた",
  "助けて",
  "test",
  "testing",
  "ping",
  "テスト",
  "hi",
  "hello",
  "hey",
  "yo",
  "こんにちは",
  "こんばんは",
  "おはよう",
  "おはようございます",
  "ok",
  "okay",
  "k",
  "thanks",
  "thank you",
  "thx",
  "ty",
  "yes",
  "no",
  "はい",
  "いいえ",
  "了解",
  "ありがとう",
  "ありがとうございます",
  "どうも",
]);

/** True when `question` (the bot's mentions already removed) asks nothing the articles could answer. */
export function asksNothing(question: string): boolean {
  const words = question
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();
  return words === "" || SMALL_TALK.has(words);
}
