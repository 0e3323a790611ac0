/**
 * A follow-up that refers back is about the event the conversation is on: after 「サミットで中国と
 * 中央アジア5カ国はどんな条約に署名しましたか？」 and 「その条約で何が…」, "When does it enter into
 * force?" is about the treaty, and a date in a passage of another article (the 2024 talks) does
 * not answer it, however many of the follow-up's own words it holds. The articles that answered
 * the turn before (QuestionAnalysis.answeredIn, set by search/followup.ts) hold that event; a
 * passage of another article answers only as strongly as OUTSIDE_EARLIER_ANSWER leaves it. It is a
 * penalty, not an exclusion: the conversation may move to another article that says more (the
 * same proposal told in a second article). Pure.
 */
import type { Passage } from "../../corpus/types.js";
import type { Judgement } from "./judge.js";
import type { QuestionAnalysis } from "./question-analysis.js";

/** Strength left to a passage outside the articles that answered the turn before (chosen on conversation folds 0–3). */
export const OUTSIDE_EARLIER_ANSWER = 0.4;

/** The judgement of `p`, weakened when the follow-up is about an event told in other articles. */
export function inConversation(analysis: QuestionAnalysis, p: Passage, j: Judgement): Judgement {
  const articles = analysis.answeredIn;
  if (!articles || articles.length === 0 || articles.includes(p.docId)) return j;
  return { ...j, strength: j.strength * OUTSIDE_EARLIER_ANSWER };
}
