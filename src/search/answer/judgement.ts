/**
 * What the judge (judge.ts) finds of one passage against one question: the strength and the
 * findings behind it. Its own file so that the answer model's features (answer-features.ts) can
 * read it while judge.ts holds the model's tuning.
 */
import type { Span } from "../types.js";
import type { AsksMet } from "./question-asks.js";

export interface Judgement {
  /** How strongly the passage answers the question, in [0, 1]. */
  readonly strength: number;
  /** Share of the question's (weighted) units the passage holds. */
  readonly coverage: number;
  /** The passage holds an answer of the expected type near the focus (true when no type is required). */
  readonly typed: boolean;
  /** Focus and topic stand in one sentence (true when the question has no such pair or names the topic in the heading). */
  readonly tied: boolean;
  /** The focus is in the passage (true when the question has none). */
  readonly focused: boolean;
  /** Every number or date of the question is in the passage. */
  readonly exact: boolean;
  /** Every name of the question is in the passage. */
  readonly named: boolean;
  /** The passage, or every sentence that would answer, names another instance of the question's series and not the one asked (第2回 for 第1回). */
  readonly conflict: boolean;
  /** Sentences that answer: they hold the focus (or the most units) and, when a type is expected, an answer of that type. */
  readonly answering: readonly Span[];
  /**
   * When no sentence answers: for a question that asks a type, a sentence holding an answer of it
   * (about the focus first, then beside one, else with a word of the question); otherwise the one holding the focus. What an `answer` quoting the passage shows bold (compose.ts), so that its bold
   * sentence holds the focus or the answer type (issue 22). Empty when a sentence answers, or none holds either.
   */
  readonly holding?: readonly Span[];
  /** The sentences that answer were found by the focus, not guessed from the words they share. */
  readonly byFocus: boolean;
  /** Share of the question's weight held by its best answering sentence (0 without one). */
  readonly answeringShare: number;
  /** Share of the question's weight held by the passage's best sentence, answering or not. */
  readonly sentenceShare: number;
  /** Share of the question's weight in units the corpus holds but this passage lacks. */
  readonly missingKnown: number;
  /** The heaviest such unit's weight over the question's heaviest unit's (0 when none is missing). */
  readonly heaviestMissing: number;
  /** How many such units there are. */
  readonly missingCount: number;
  /** Whether the passage meets what the question asks beyond its words (question-asks.ts); always set by the judge. */
  readonly asks?: AsksMet;
}
