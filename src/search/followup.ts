/**
 * Follow-up questions. 「それはいつですか？」 after 「第2回首脳会議はどこで開かれた？」 names
 * nothing by itself: its plan is joined with the plans of the earlier questions of the same
 * conversation. Every earlier term enters at a weight that falls with distance (the previous
 * question ×0.6, the one before ×0.36, …) and never above the new question's own weight for the
 * same term, so a self-contained new question still decides what is found, while a pronoun or an
 * ellipsis borrows its subject from what came before.
 *
 * What a follow-up adds of its own is often only function words written in hiragana — pronouns
 * (それ, あれ), question words (いつ, どこ), endings (ですか) — whose referent is the earlier
 * subject. Those the articles never contain can be no evidence of anything, yet would count as
 * unmet question mass and refuse every follow-up; in a conversation they are left out of every
 * turn. Unknown words
 * in kanji, katakana or Latin letters stay: a follow-up about something the articles lack
 * (「火星探査機は？」) is still refused.
 */
import type { QueryPlan } from "./plan.js";

/** Weight of the previous question's terms relative to the new one's; squared for the one before, and so on. */
const FOLLOW_UP_DECAY = 0.6;

const HIRAGANA_ONLY = /^[\u3041-\u309f]+$/u;

/**
 * `plan` (the new question) joined with `earlier` (oldest first); `known` says whether the
 * articles contain a term.
 */
export function withHistory(plan: QueryPlan, earlier: readonly QueryPlan[], known: (term: string) => boolean, decay = FOLLOW_UP_DECAY): QueryPlan {
  if (earlier.length === 0) return plan;
  const meaningful = ([term]: [string, number]) => known(term) || !HIRAGANA_ONLY.test(term);
  const keyword = new Map([...plan.keyword].filter(meaningful));
  const glosses = new Map(plan.glosses);
  const vectorTexts = [plan.vectorText];
  // The question's analysis stays its own (what it asks, of which type); the earlier questions'
  // words join it at the same falling weight, so 「それはいつですか」 is judged on their subject.
  const units = [...(plan.analysis?.units ?? [])];
  let weight = 1;
  for (const e of [...earlier].reverse()) {
    weight *= decay;
    for (const u of e.analysis?.units ?? []) units.push({ ...u, importance: u.importance * weight, borrowed: true });
    for (const [term, w] of [...e.keyword].filter(meaningful)) keyword.set(term, Math.max(keyword.get(term) ?? 0, w * weight));
    for (const [ja, en] of e.glosses) if (!glosses.has(ja)) glosses.set(ja, en);
    vectorTexts.push(e.vectorText);
  }
  // Phrases stay the new question's own: an earlier question's wording is not what is asked now.
  // A translated question's own evidence measure covers only its own words, so support falls
  // back to the idf coverage of the joined terms (tried: the weighted mean of each turn's own
  // evidence answered English follow-ups from the wrong article on the test corpus).
  return {
    lang: plan.lang,
    keyword,
    vectorText: vectorTexts.join(" "),
    ...(plan.phraseText !== undefined ? { phraseText: plan.phraseText } : {}),
    glosses,
    ...(plan.analysis ? { analysis: { ...plan.analysis, units } } : {}),
  };
}
