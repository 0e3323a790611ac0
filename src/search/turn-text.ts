/**
 * What a conversation turn asks, without the conversation around it. In a thread people greet,
 * thank and change the subject in the same message as the question: 「こんにちは！第2回サミットは
 * どこで…」, 「ありがとうございます。それはいつ？」, 「話は変わりますが、…」, "Thanks! And when…",
 * "By the way, …", "Quick question: …". Those words are no part of what is asked, yet they count:
 * a greeting or 質問 the articles never use is unmet question mass that refuses an answerable
 * question, and a word of thanks can tip which passage leads. (On the opening turns of the
 * conversation calibration set's folds 0–3, such a lead-in cost up to 6 of 54 turns.) Only a
 * lead-in that stands apart — followed by a comma, a full stop, an exclamation mark or a colon —
 * is taken off, and a request closing a question already asked (「…？教えてください」, "…? Thanks!").
 *
 * A lead-in that changes the subject (ところで, 話は変わりますが, "by the way", "changing the
 * subject") says the turn is a fresh question: search/retriever.ts then asks it without the
 * conversation's earlier turns, unless it still refers back to them (「ところで、その条約は…」).
 * A lead-in that goes back (話を戻すと, "back to it") says the turn resumes what was asked before a
 * digression (searchedTurn). Casual Japanese asks with って for は (「…ってどこ？」, 「…って何？」,
 * 「…の首都って？」): read as the question it stands for. A reference to the article asked about
 * (「…の記事で、」) is taken off (article-reference.ts). Pure.
 */

import { withoutArticleReference } from "./article-reference.js";

/** A turn's question as searched, whether its lead-in said the subject changes, and whether it said the talk goes back to an earlier subject. */
export interface TurnText {
  readonly text: string;
  readonly changesTopic: boolean;
  /** 話を戻すと, "back to it": the turn resumes what was asked before a digression (searchedTurn). */
  readonly resumes?: boolean;
}

/** Japanese lead-ins that change the subject. */
const TOPIC_CHANGE_JA = [
  "ところで",
  "話は変わりますが",
  "話は変わって",
  "話は変わるけど",
  "話は変わるんですが",
  "話を変えて",
  "話を変えますが",
  "話題を変えて",
  "話題は変わりますが",
  "別の話ですが",
  "別の話になりますが",
  "別件ですが",
  "別の質問ですが",
  "別の質問です",
  "別の質問なんですが",
  "話変わって",
  "話変わるけど",
  "話変わりますが",
  "話題変わって",
  "話題は変わって",
];

/**
 * Japanese lead-ins that go back to what was asked before a digression: 話を戻すと, 話を戻すけど,
 * 話戻して, 元の話に戻ると, 本題に戻りますが, さっきの話に戻るけど.
 */
const RESUME_JA =
  /^(?:(?:さっきの|先ほどの|前の|元の|もとの)?話(?:題)?を?戻(?:す|し|して|しますが|しますと|すと|すけど|すけれど|すが)?|(?:さっきの|先ほどの|前の|元の|もとの)?(?:話|話題|本題)に戻(?:る|ります|って)?(?:と|けど|けれど|が)?)(?=[、。，,．.！!：:\s…]|$)/u;

/** Japanese lead-ins that greet, thank, acknowledge or announce a question. */
const LEAD_IN_JA = [
  "こんにちは",
  "こんばんは",
  "おはようございます",
  "おはよう",
  "はじめまして",
  "初めまして",
  "もしもし",
  "すみません",
  "すいません",
  "ありがとうございます",
  "ありがとうございました",
  "ありがとう",
  "どうもありがとう",
  "どうも",
  "了解です",
  "了解しました",
  "了解",
  "わかりました",
  "分かりました",
  "なるほど",
  "なるほどね",
  "そうなんですね",
  "そうなんだ",
  "助かります",
  "ちなみに",
  "それと",
  "あと",
  "では",
  "じゃあ",
  "じゃ",
  "それじゃあ",
  "それじゃ",
  "それでは",
  "さて",
  "次に",
  "もう一つ",
  "もうひとつ",
  "もう一つ質問です",
  "もう一つ質問ですが",
  "もうひとつ質問です",
  "質問です",
  "質問があります",
  "質問ですが",
  "ちょっと質問です",
  "ちょっと質問ですが",
  "ちょっと聞きたいんですが",
  "ちょっとお聞きしたいのですが",
  "お聞きしたいのですが",
  "教えてください",
];

/**
 * Lead-ins that never begin what is asked, so they stand apart even written straight onto the
 * question (「じゃあ第五の提案は？」, 「ちなみに2024年は？」): a conjunction or interjection, never
 * a noun or a particle. (では is not among them: 「では2027年は」 keeps it.)
 */
const ALWAYS_APART_JA: ReadonlySet<string> = new Set([
  "じゃあ",
  "じゃ",
  "それじゃあ",
  "それじゃ",
  "ちなみに",
  "ところで",
  "なるほど",
]);

/** A Japanese lead-in's end: punctuation or a space (「では2027年は」 keeps its では). */
const BREAK_JA = /^[、。，,．.！!：:\s…〜～ー]+/u;

/** English lead-ins that change the subject. */
const TOPIC_CHANGE_EN =
  /^(?:by the way|btw|changing the subject|change of subject|on (?:another|a different) (?:note|topic|subject)|(?:a )?different (?:question|topic)|(?:an)?other question|new question|unrelated question|switching (?:topics?|subjects?)|new topic|moving on)\s*[,.!:;—–-]+\s*/iu;

/**
 * English lead-ins that go back to what was asked before a digression: "back to it", "ok, back to
 * that", "anyway, back to the summit:", "going back to Xi -". What comes after "back to" when it is
 * not a pronoun ("the summit", "Xi") names the subject resumed and stays in the question.
 */
const RESUME_EN =
  /^(?:(?:ok|okay|anyway|anyhow|so|right|alright|and)[,.!]?\s+)*(?:(?:going|getting|coming|let's go|let's get)\s+)?back\s+to\s+(?:(it|that|this|what we were (?:saying|talking about)|the (?:earlier|previous|original) (?:question|topic|subject)|the topic|the subject|before)|([^,.!:;—–?-]{1,40}?))\s*[,.!:;—–-]+\s*/iu;

/** "Switching to security -", "Moving on to the summit:": the subject changes to the words named, which stay in the question. */
const CHANGE_TO_EN = /^(?:switching|moving on|turning|changing|on)\s+to\s+([^,.!:;—–?-]{1,40}?)\s*[,.!:;—–-]+\s*/iu;

/** English lead-ins that greet, thank, acknowledge or announce a question. */
const LEAD_IN_EN =
  /^(?:hi|hello|hey|hi there|hello there|hey there|good (?:morning|afternoon|evening)|thanks|thank you|thanks a lot|thank you (?:very|so) much|many thanks|ok|okay|great|cool|nice|got it|i see|perfect|alright|all right|sure|interesting|so|well|also|and also|next|next question|quick question|one more question|one more thing|question|follow-up|follow up)\s*[,.!:;—–-]+\s*/iu;

/** A request after the question mark: 「…？教えてください」, "…? Thanks!". */
const CLOSING_JA =
  /([？?])\s*(?:教えて(?:ください|下さい|くれますか|もらえますか)?|お願いします|よろしくお願いします|ありがとう(?:ございます)?)[。！!]*$/u;
const CLOSING_EN = /([?])\s*(?:thanks|thank you|thx|please|cheers)[.!]*$/iu;

/**
 * って after a noun — a katakana or Latin word, a number, a closing bracket, or two kanji (大統領って;
 * not a verb's て-form, 言って, 行って, whose one kanji follows kana) — before a question word.
 */
const NOUN_END = String.raw`[\p{Script=Katakana}ーA-Za-z0-9０-９」』）)]|\p{Script=Han}\p{Script=Han}`;
const AFTER_NOUN = `(?<=${NOUN_END})`;
/** 「…って何？」 asks what a thing is (…とは何？); 「…って何本？」 asks a count (…は何本？). */
const CASUAL_WHAT = new RegExp(`${AFTER_NOUN}って(?=(?:何|なに|なん)(?:[？?]|です|でしょう|なの|だ|か|$))`, "gu");
const CASUAL_TOPIC = new RegExp(
  `${AFTER_NOUN}って(?=何|なに|どこ|いつ|誰|だれ|どう|どんな|どの|どれ|いくつ|いくら|なぜ)`,
  "gu",
);
/** 「…の首都って？」 asks about the noun as 「…の首都は？」 does: a topic at the end, not a quote (CASUAL_QUOTE_END). */
const CASUAL_TOPIC_END = new RegExp(`${AFTER_NOUN}って(?=[？?]*$)`, "u");

/**
 * Casual reported speech: 「…つながるって言ってた？」, 「…広げるって言いましたか？」 quote with って
 * for と, and 「…何を支持するって？」 asks what was said with a final って. って quotes after a
 * verb's or an adjective's plain form (る, た, い, だ…) or a noun; after a verb's stem it is the
 * verb's て-form (言って, 行って, なって), which stays. Read as と before a verb of saying or
 * writing, and left off at the question's end; 「何て言った」 reads 「何と言った」.
 */
const QUOTED_BY = `(?<=[うくすつぬむるぐぶたいだ]|${NOUN_END})`;
const CASUAL_QUOTE = new RegExp(`${QUOTED_BY}って(?=言|話|書|述|語|呼|いう|いっ|いわ)`, "gu");
const CASUAL_QUOTE_END = new RegExp(`${QUOTED_BY}って(?=[？?]*$)`, "u");
const CASUAL_WHAT_SAID = /何て(?=言|いう|いっ|書)/gu;

/** The lead-in of `text` among `words` that stands apart from the question, longest first; undefined when none. */
function leadInJa(text: string, words: readonly string[]): string | undefined {
  const found = words
    .filter((w) => text.startsWith(w))
    .sort((a, b) => b.length - a.length)
    .find(
      (w) =>
        BREAK_JA.test(text.slice(w.length)) ||
        (/[がて]$/u.test(w) && text.length > w.length) ||
        (ALWAYS_APART_JA.has(w) && /^[^\p{Script=Hiragana}\s]/u.test(text.slice(w.length))),
    );
  if (found === undefined) return undefined;
  const rest = text.slice(found.length);
  return found + (BREAK_JA.exec(rest)?.[0] ?? "");
}

/** `text` without its greetings, thanks and subject-changing lead-ins (see above). */
export function turnText(text: string): TurnText {
  let rest = text.trim();
  let changesTopic = false;
  let resumes = false;
  for (;;) {
    const change = leadInJa(rest, TOPIC_CHANGE_JA);
    const changeEn = TOPIC_CHANGE_EN.exec(rest)?.[0];
    const other = leadInJa(rest, LEAD_IN_JA) ?? LEAD_IN_EN.exec(rest)?.[0];
    const back = resumeOf(rest);
    const changeTo = CHANGE_TO_EN.exec(rest);
    const lead = change ?? changeEn ?? back?.lead ?? (changeTo ? changeTo[0] : undefined) ?? other;
    // Never the whole message: 「ありがとう！」 alone stays what it is.
    if (lead === undefined || lead.length >= rest.length) break;
    if (change !== undefined || changeEn !== undefined || (back === undefined && changeTo)) changesTopic = true;
    rest = rest.slice(lead.length).trimStart();
    if (back !== undefined) {
      resumes = true;
      changesTopic = false;
      if (back.subject) rest = `${back.subject}: ${rest}`;
      break;
    }
    if (change === undefined && changeEn === undefined && changeTo) {
      rest = `${changeTo[1]!}: ${rest}`;
      break;
    }
  }
  rest = rest.replace(CLOSING_JA, "$1").replace(CLOSING_EN, "$1");
  // 「カザフスタンの記事で、…」, "the mechanism article says": which article, not what is asked (article-reference.ts).
  rest = withoutArticleReference(rest);
  // The casual topic particle: 「グリーンマイニングって何？」 asks 「…とは何？」, 「…ってどこ？」 「…はどこ？」.
  rest = rest.replace(CASUAL_WHAT, "とは").replace(CASUAL_TOPIC, "は").replace(CASUAL_TOPIC_END, "は");
  // Casual reported speech: 「…って言ってた？」 reads 「…と言ってた？」, 「…するって？」 「…する？」.
  rest = rest.replace(CASUAL_QUOTE, "と").replace(CASUAL_QUOTE_END, "").replace(CASUAL_WHAT_SAID, "何と");
  // An English question keeps its capital: "thanks! where…" → "Where…".
  if (/^[a-z]/u.test(rest) && rest !== text.trim()) rest = rest[0]!.toUpperCase() + rest.slice(1);
  return { text: rest, changesTopic, ...(resumes ? { resumes } : {}) };
}

/** A lead-in that goes back to an earlier subject (RESUME_JA, RESUME_EN), and the subject it names, if any. */
function resumeOf(text: string): { lead: string; subject?: string } | undefined {
  const ja = RESUME_JA.exec(text);
  if (ja) return { lead: ja[0] + (BREAK_JA.exec(text.slice(ja[0].length))?.[0] ?? "") };
  const en = RESUME_EN.exec(text);
  if (!en) return undefined;
  return en[2] ? { lead: en[0], subject: en[2].trim() } : { lead: en[0] };
}

/** A turn as searched: its question and the earlier turns (searched texts) it is asked with. */
export interface SearchedTurn {
  readonly text: string;
  readonly history: readonly string[];
}

/**
 * `question` and its conversation's earlier turns (oldest first) as searched: each without its
 * lead-in, and the conversation starting over at the last turn that starts anew (`startsAnew`,
 * given the turn and the text of the turn before it): that turn is a fresh question, and what
 * follows it follows it. A turn that goes back (話を戻すと, "back to it") is asked without the
 * digression: the turn before it, or, when that turn started the conversation anew
 * (「話を戻すと、それは何を…」 right after 「ところで、おすすめの観光地は？」), the turns before that
 * one. (Only one turn is taken for the digression: "Back to the summit: …" after "By the way,
 * what did Xi say about tariff wars?" and an off-topic question goes back to the tariff
 * question, not to the conversation before it.)
 */
export function searchedTurn(
  question: string,
  history: readonly string[],
  startsAnew: (turn: TurnText, previous: string) => boolean,
): SearchedTurn {
  const turns = [...history, question].map(turnText);
  // The turns the one at hand follows, and those set aside each time the conversation started anew, the latest last.
  let context: string[] = [];
  const setAside: string[][] = [];
  turns.forEach((t, i) => {
    if (t.resumes) context = context.length > 1 ? context.slice(0, -1) : (setAside.pop() ?? context);
    else if (i > 0 && startsAnew(t, turns[i - 1]!.text)) {
      setAside.push(context);
      context = [];
    }
    if (i < turns.length - 1) context.push(t.text);
  });
  const last = turns.length - 1;
  return { text: turns[last]!.text, history: context };
}
