/**
 * The start-up warm-up of a long-running engine (the bot's): before it reports ready it fills
 * the per-passage caches when the corpus fits them, and asks questions generated from the corpus
 * (warm-up-questions.ts), so that the first real questions run compiled code over warm caches.
 * V8 needs a few hundred varied questions to optimise the question's path; two fixed ones left the
 * first hundred real questions 3–4× slower than later ones.
 *
 * Bounded twice: by a number of questions and by a time budget (checked between steps, so it
 * overruns by at most one question), so a large archive's start-up stays short. Answers do not
 * depend on it: the caches hold pure functions of a passage, and nothing else is kept.
 */
import type { WarmUpSettings } from "../config.js";

export interface WarmUpPlan {
  /** Asks one question (the retriever's `ask`). */
  readonly ask: (question: string) => Promise<unknown>;
  /** Fills the per-passage caches when the corpus fits them, until `stop` says so; whether it filled them all. */
  readonly prefill?: (stop: () => boolean) => boolean;
  /** Japanese questions generated from the corpus, at most `count`. */
  readonly japanese: (count: number) => readonly string[];
  /**
   * English questions, at most `count`, once what they need is ready (the dictionary unpacked);
   * undefined when English questions are not translated.
   */
  readonly english?: (count: number) => Promise<readonly string[]>;
}

export interface WarmUpReport {
  readonly asked: number;
  readonly english: number;
  readonly prefilled: boolean;
  /** Why it ended: every generated question asked, the question budget, or the time budget. */
  readonly stoppedBy: "questions" | "budget" | "time";
}

/**
 * Runs the warm-up within `settings` (questions: at most this many; ms: the time budget).
 * Japanese questions run while the English ones are being prepared; once those are ready the two
 * languages alternate, so a short budget still warms both.
 */
export async function warmUp(plan: WarmUpPlan, settings: WarmUpSettings, now: () => number = () => performance.now()): Promise<WarmUpReport> {
  const deadline = now() + settings.ms;
  const outOfTime = () => now() >= deadline;
  if (settings.questions === 0 || settings.ms === 0) return { asked: 0, english: 0, prefilled: false, stoppedBy: "budget" };
  const prefilled = plan.prefill ? plan.prefill(outOfTime) : false;

  const japanese = plan.japanese(plan.english ? Math.ceil(settings.questions / 2) : settings.questions);
  let english: readonly string[] | undefined;
  // Waits for the English questions no longer than the budget lasts.
  // English that cannot be prepared is left out of the warm-up; the real questions report the error.
  const englishReady = plan.english?.(Math.floor(settings.questions / 2)).then(
    (qs) => void (english = qs),
    () => void (english = []),
  );

  let asked = 0;
  let askedEnglish = 0;
  let ja = 0;
  for (;;) {
    if (asked >= settings.questions) return { asked, english: askedEnglish, prefilled, stoppedBy: "budget" };
    if (outOfTime()) return { asked, english: askedEnglish, prefilled, stoppedBy: "time" };
    const en = english && askedEnglish < english.length && (askedEnglish <= ja || ja >= japanese.length) ? english[askedEnglish] : undefined;
    if (en !== undefined) {
      await plan.ask(en);
      askedEnglish++;
    } else if (ja < japanese.length) {
      await plan.ask(japanese[ja++]!);
    } else if (englishReady && english === undefined) {
      // Japanese done, English not ready yet: wait for it within what is left of the budget.
      await Promise.race([englishReady, new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - now())).unref())]);
      if (english === undefined) return { asked, english: askedEnglish, prefilled, stoppedBy: "time" };
      continue;
    } else {
      return { asked, english: askedEnglish, prefilled, stoppedBy: "questions" };
    }
    asked++;
  }
}
