/**
 * How much of a conversation a follow-up is searched with. Every earlier question is planned and
 * joined to the new one (search/followup.ts), and with engine workers it crosses the thread
 * boundary, so an unbounded history would make each question of a long conversation cost more
 * than the one before. The engine keeps only what the search can use:
 *
 * - **Turns: the last 4.** withHistory weighs the previous question ×0.6, the one before ×0.36,
 *   then ×0.22 and ×0.13; a fifth would enter at ×0.08 and add little but planning. Four is what
 *   the Discord bot has kept since conversations exist, so its answers stay as they were.
 * - **Characters: 500 per turn** (so at most 2,000), the length `/ask` accepts for a question. A
 *   longer earlier message (a mention may run to Discord's 2,000 or 4,000) keeps its opening,
 *   where a question names its subject; the planner's work and the embedded text stay bounded.
 */

import { EARLIER_QUESTION_CHARS, earlierOpening } from "../search/plan-cache.js";

/** Earlier questions a follow-up is searched with, most recent kept. */
export const MAX_HISTORY_TURNS = 4;

/** Characters of each earlier question kept (its opening): the length search's plan cache keeps a question's plan under. */
export const MAX_HISTORY_TURN_CHARS = EARLIER_QUESTION_CHARS;

/** The part of `history` (oldest first) a follow-up is searched with: the last turns, each cut to its opening. */
export function boundHistory(history: readonly string[]): string[] {
  return history.slice(-MAX_HISTORY_TURNS).map(earlierOpening);
}
