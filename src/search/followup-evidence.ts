/**
 * The evidence a follow-up's refusal rests on (answer/compose.ts: whether the articles are on the
 * question's topic at all). The joined plan (followup.ts) holds every earlier turn's words beside
 * the follow-up's own, and its idf coverage counts them all: the longer the conversation, the
 * less of it any one passage holds, though a follow-up mostly speaks of the turn right before it.
 * 「彼の名前は？」 after a question on Zhalyn and one on the engineer was refused (0.27) where, after
 * the engineer question alone, it passes; so was 「会談後に交換された文書は何件ですか？」 after three
 * turns on other parts of the talks (0.24). A follow-up is on the topic when either reading is:
 * all the conversation joined, or the follow-up joined with the turn before it only, as after a
 * two-turn conversation. Whether a passage answers stays the answer stage's judgement.
 *
 * A translated question's evidence is its own measure per turn, each weighted by what it names
 * (followup.ts, joinedEvidence), not the coverage of the union, and is left as it is (the second
 * reading refused one unanswerable English follow-up less on folds 0–3 and answered none more).
 */
import type { QueryPlan } from "./plan.js";
import type { Support } from "./support.js";

/**
 * The earlier turns of the second reading: the turn before the follow-up alone, when there are
 * more (with only one, the joined plan is that reading) and the evidence is the coverage of the
 * joined terms. Undefined when there is no second reading.
 */
export function previousTurnOnly<T>(plan: QueryPlan, earlier: readonly T[]): readonly T[] | undefined {
  if (earlier.length < 2 || plan.evidence !== undefined || plan.sides !== undefined) return undefined;
  return earlier.slice(-1);
}

/** Per passage, the larger of the two readings' evidence (the joined one alone without a second). */
export function eitherReading(joined: Support, previousOnly?: Support): Support {
  return previousOnly ? (i) => Math.max(joined(i), previousOnly(i)) : joined;
}
