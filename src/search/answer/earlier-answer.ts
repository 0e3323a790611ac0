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
import type { Judgement, PassageView } from "./judge.js";
import type { PreparedQuestion } from "./prepare-question.js";
import { matchForm } from "../../text/match-form.js";

/** Strength left to a passage outside the articles that answered the turn before (chosen on conversation folds 0–3). */
export const OUTSIDE_EARLIER_ANSWER = 0.4;

/** Share of the earlier turns' words (by weight) a passage of another article names to be on the same event. */
const NAMES_THE_EVENT = 0.5;

/** The judgement of `p`, weakened when the follow-up is about an event told in other articles. */
export function inConversation(q: PreparedQuestion, p: Passage, view: PassageView, j: Judgement): Judgement {
  const articles = q.analysis.answeredIn;
  if (!articles || articles.length === 0 || articles.includes(p.docId)) return j;
  const text = view.folded?.all ?? matchForm(`${view.heading}\n${view.text}`).toLowerCase();
  let named = 0;
  let all = 0;
  q.units.forEach((u, i) => {
    if (!q.analysis.units[i]!.borrowed) return;
    all += u.weight;
    if (u.alternatives.some((a) => text.includes(a.form))) named += u.weight;
  });
  if (all > 0 && named / all >= NAMES_THE_EVENT) return j;
  return { ...j, strength: j.strength * OUTSIDE_EARLIER_ANSWER };
}
