/**
 * A follow-up that refers back is about the event the conversation is on: after 「サミットで中国と
 * 中央アジア5カ国はどんな条約に署名しましたか？」 and 「その条約で何が…」, "When does it enter into
 * force?" is about the treaty, and a date in a passage of another article (the 2024 talks) does
 * not answer it, however many of the follow-up's own words it holds. The articles that answered
 * the turn before (QuestionAnalysis.answeredIn, set by search/followup.ts) hold that event; a
 * passage of another article that does not name most of what the earlier turns named answers only
 * as strongly as OUTSIDE_EARLIER_ANSWER leaves it. Another article that does (the summit's date in
 * a second article on the same summit) is as good as the first. Pure.
 */
import type { Passage } from "../../corpus/types.js";
import type { PassageView } from "./judge.js";
import type { Judgement } from "./judgement.js";
import { SALIENT, type PreparedQuestion } from "./prepare-question.js";
import { matchForm } from "../../text/match-form.js";
import { listLines, positionOfUnit } from "./list-position.js";

/** Strength left to a passage outside the articles that answered the turn before (chosen on conversation folds 0–3). */
export const OUTSIDE_EARLIER_ANSWER = 0.4;

/** Share of the earlier turns' words (by weight) a passage of another article names to be on the same event. */
const NAMES_THE_EVENT = 0.5;

/**
 * Strength left to a passage without the list position a follow-up asks for (「三つ目は？」 after
 * 「提案はいくつ？」): the passage that introduces the list (「5つの提案」) or another item is not
 * the item asked, however much of the earlier turn it holds. (The answer stage's penalty for a
 * missing number, 0.3, left the list's introduction leading at 13% above the 34% item.)
 */
export const NOT_THE_ITEM = 0.3;

/**
 * A follow-up that names nothing salient of its own asks only for its type: 「それはいつ？」 after a
 * question about the treaty asks for a date, and the treaty paragraph, which holds none, answers
 * nothing of it however fully it holds the earlier turn's words (the answer stage's penalty for a
 * missing type, 0.2, still left it an answer at 16%). Such a passage keeps none of its strength:
 * it is shown as related, or the question refused.
 */
function asksOnlyItsType(q: PreparedQuestion): boolean {
  return (
    (q.typeTest !== undefined || q.typeTestEnglish !== undefined) &&
    q.analysis.units.some((u) => u.borrowed) &&
    !q.analysis.units.some((u) => !u.borrowed && u.importance >= SALIENT)
  );
}

/**
 * A paragraph that writes its list as lines (「三つに絞ると次のようになります。」 then three lines
 * opening with 「- 」) holds every item up to its last line, though it spells no 第二: 「その二つ目は？」
 * after 「ポイントをいくつに絞ってるの？」 is answered by the paragraph that answered the count. (Only a
 * paragraph naming most of what the earlier turns named, in the article that answered the turn
 * before: other lists are no items of that one.)
 */
function listsTo(view: PassageView, q: PreparedQuestion, at: number): boolean {
  const n = positionOfUnit(q.analysis.units[at]!.label);
  return n !== undefined && listLines(view.text) >= n;
}

/** The judgement of `p`, weakened when it is not the list item asked or the event is told in other articles. */
export function inConversation(q: PreparedQuestion, p: Passage, view: PassageView, j: Judgement): Judgement {
  if (!j.typed && asksOnlyItsType(q)) return { ...j, strength: 0 };
  const text = view.folded?.all ?? matchForm(`${view.heading}\n${view.text}`).toLowerCase();
  const namesEvent = namesTheEarlierTurns(q, text);
  const at = q.analysis.position;
  if (
    at !== undefined &&
    !q.units[at]!.alternatives.some((a) => text.includes(a.form)) &&
    !(namesEvent && (q.analysis.answeredIn?.includes(p.docId) ?? true) && listsTo(view, q, at))
  )
    j = { ...j, strength: j.strength * NOT_THE_ITEM };
  const articles = q.analysis.answeredIn;
  if (!articles || articles.length === 0 || articles.includes(p.docId)) return j;
  if (namesEvent) return j;
  return { ...j, strength: j.strength * OUTSIDE_EARLIER_ANSWER };
}

/** Whether a passage (`text`, match form) names most (by weight) of what the earlier turns named (NAMES_THE_EVENT). */
function namesTheEarlierTurns(q: PreparedQuestion, text: string): boolean {
  let named = 0;
  let all = 0;
  q.units.forEach((u, i) => {
    if (!q.analysis.units[i]!.borrowed) return;
    all += u.weight;
    if (u.alternatives.some((a) => text.includes(a.form))) named += u.weight;
  });
  return all > 0 && named / all >= NAMES_THE_EVENT;
}
