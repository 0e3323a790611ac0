/**
 * The start-up warm-up of a long-running engine (the bot's): before it reports ready it fills
 * the per-passage caches when the corpus fits them, and asks questions generated from the corpus
 * (warm-up-questions.ts), so that the first real questions run compiled code over warm caches.
 * V8 needs a few hundred varied questions to optimise the question's path; two fixed ones left the
 * first hundred real questions 3–4× slower than later ones.
 *
 * Bounded twice: by a number of questions and by a time budget (checked between steps, so it
 * overruns by at most one question), so a large archive's start-up stays short. Answers do not
 * depend on it: the caches hold pure functions of a passage, and nothing else is kept (open.ts
 * has the retriever forget the questions' plans afterwards). Nor does start-up: a step that throws ends the warm-up there, and the report says why (`failed`; open.ts
 * logs it) instead of the engine failing to open.
 */
import type { WarmUpSettings } from "../config.js";

export interface WarmUpPlan {
  /** Asks one question (the retriever's `ask`). */
  readonly ask: (question: string) => Promise<unknown>;
  /** Fills the per-passage caches when the corpus fits them, until `stop` says so; whether it filled them all. */
  readonly prefill?: (stop: () => boolean) => boolean;
  /** Japanese questions generated from the corpus, at most `count`. */
  readonly japanese: (count: number) => readonly string[];
  /** English questions, at most `count`; absent when English questions are not translated. */
  readonly english?: (count: number) => readonly string[];
}

export interface WarmUpReport {
  readonly asked: number;
  readonly english: number;
  readonly prefilled: boolean;
  /** Why it ended: every generated question asked, the question budget, or the time budget. */
  readonly stoppedBy: "questions" | "budget" | "time" | "error";
  /** With `stoppedBy: "error"`: the message of the error that ended the warm-up. */
  readonly failed?: string;
}

/**
 * Runs the warm-up within `settings` (questions: at most this many; ms: the time budget), the
 * two languages alternating so that a short budget still warms both.
 */
export async function warmUp(
  plan: WarmUpPlan,
  settings: WarmUpSettings,
  now: () => number = () => performance.now(),
): Promise<WarmUpReport> {
  const deadline = now() + settings.ms;
  if (settings.questions === 0 || settings.ms === 0)
    return { asked: 0, english: 0, prefilled: false, stoppedBy: "budget" };
  const outOfTime = () => now() >= deadline;
  let prefilled = false;
  let ja = 0;
  let en = 0;
  const report = (stoppedBy: WarmUpReport["stoppedBy"], err?: unknown): WarmUpReport => ({
    asked: ja + en,
    english: en,
    prefilled,
    stoppedBy,
    ...(err === undefined ? {} : { failed: err instanceof Error ? err.message : String(err) }),
  });
  try {
    prefilled = plan.prefill ? plan.prefill(outOfTime) : false;
    const english = plan.english?.(Math.floor(settings.questions / 2)) ?? [];
    const japanese = plan.japanese(settings.questions - english.length);
    for (;;) {
      if (ja + en >= settings.questions) return report("budget");
      if (outOfTime()) return report("time");
      // A question resolves without giving the event loop a turn; yielding one between questions
      // lets the dictionary's background unpacking (thread-pool callbacks) go on meanwhile, so
      // the first real English questions don't unpack blocks themselves.
      await new Promise((resolve) => setImmediate(resolve));
      const englishTurn = en < english.length && (en < ja || ja >= japanese.length);
      // Counted once asked: a question that throws is not.
      if (englishTurn) await plan.ask(english[en]!).then(() => en++);
      else if (ja < japanese.length) await plan.ask(japanese[ja]!).then(() => ja++);
      else return report("questions");
    }
  } catch (err) {
    return report("error", err);
  }
}
