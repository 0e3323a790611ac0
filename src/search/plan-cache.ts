/**
 * Plans kept for follow-ups. A conversation's earlier questions are searched again with every
 * new one (followup.ts); planning them afresh each time would run the English planner's
 * dictionary work on the same text over and over. The plan of each question asked is kept, by
 * its text, in a small least-recently-used map, and an earlier question is planned only when it
 * is not there (asked before a reload, or on another engine worker).
 *
 * The question being asked is always planned afresh: the same question asked twice is rare in
 * use, and a hit there would hide the planner's cost from benchmarks that repeat questions.
 * A planner is a pure function of the text and plans are only read downstream, so a kept plan
 * is the plan the planner would return.
 */
import type { QueryPlan, QueryPlanner } from "./plan.js";

/** Plans kept: a few turns of each of many conversations going on at once. */
const KEPT_PLANS = 1024;

/**
 * Characters (code points) of an earlier question a follow-up is searched with: the engine cuts
 * each earlier turn to its opening (engine/history.ts), so a longer question is looked up by that
 * opening, which plans differently. Its own plan would never be found again and is not kept.
 */
export const EARLIER_QUESTION_CHARS = 500;

/**
 * The opening of an earlier question a follow-up is searched with: its first EARLIER_QUESTION_CHARS
 * code points (so no surrogate pair is split); the text itself when it is no longer.
 */
export function earlierOpening(text: string): string {
  if (text.length <= EARLIER_QUESTION_CHARS) return text;
  const points = Array.from(text);
  return points.length <= EARLIER_QUESTION_CHARS ? text : points.slice(0, EARLIER_QUESTION_CHARS).join("");
}

/** Whether a follow-up can name `text` whole (engine/history.ts keeps it uncut). */
const fitsHistory = (text: string) => earlierOpening(text) === text;

export class PlanCache {
  readonly #plans = new Map<string, QueryPlan>();

  constructor(
    private readonly planner: QueryPlanner,
    private readonly capacity = KEPT_PLANS,
  ) {}

  /** The plan of the question being asked, kept for the follow-ups that will name it (when they name it whole). */
  question(text: string): QueryPlan {
    const plan = this.planner(text);
    if (fitsHistory(text)) this.#keep(text, plan);
    return plan;
  }

  /** The plan of an earlier question of the conversation: the kept one, else planned now (and kept). */
  readonly earlier = (text: string): QueryPlan => {
    const kept = this.#plans.get(text);
    if (!kept) {
      const plan = this.planner(text);
      this.#keep(text, plan);
      return plan;
    }
    // Most recently used last: the map's first entry is the one to drop.
    this.#plans.delete(text);
    this.#plans.set(text, kept);
    return kept;
  };

  /** Forgets every kept plan. */
  clear(): void {
    this.#plans.clear();
  }

  /** How many plans are kept. */
  get size(): number {
    return this.#plans.size;
  }

  #keep(text: string, plan: QueryPlan): void {
    this.#plans.delete(text);
    this.#plans.set(text, plan);
    if (this.#plans.size > this.capacity) this.#plans.delete(this.#plans.keys().next().value!);
  }
}
