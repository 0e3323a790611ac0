/**
 * Which articles answered the earlier turns of a conversation. A follow-up that refers back
 * (「それはいつ？」, "When does it enter into force?") asks about the event the conversation is
 * on, and the article that answered the turn before tells which event that is better than any
 * of the turn's words: on the conversation calibration set (folds 0–3), 101 of 108 follow-ups
 * are answered in an article that answered the turn before. The retriever remembers, per
 * conversation prefix, the articles of the quotes that answered it (search/answer/earlier-answer.ts
 * uses them), so a conversation asked turn by turn finds each earlier answer here; a prefix it
 * has not seen (another engine worker, a restart) is asked again.
 */
import type { Answer } from "./types.js";

/** Conversation prefixes remembered: enough for every conversation active at once on a busy bot. */
const CAPACITY = 2000;

/**
 * Quotes of an answer whose articles count: the first three, as the bot shows them. (Only the
 * first quote's article, or a penalty of 0.6 or 0.8, did no better on folds 0–3.)
 */
const ANSWERING_QUOTES = 3;

/** The articles whose quotes answered (none when the turn was not answered), first quote's article first. */
export function answeringArticles(answer: Answer): string[] {
  if (answer.confidence !== "answer") return [];
  return [...new Set(answer.results.slice(0, ANSWERING_QUOTES).map((r) => r.docId))];
}

const keyOf = (history: readonly string[], question: string): string => JSON.stringify([...history, question]);

/** Articles that answered each conversation prefix (earlier questions, then the question), least recently used dropped first. */
export class AnsweredTurns {
  private readonly map = new Map<string, readonly string[]>();

  record(history: readonly string[], question: string, answer: Answer): void {
    const key = keyOf(history, question);
    this.map.delete(key);
    this.map.set(key, answeringArticles(answer));
    if (this.map.size > CAPACITY) this.map.delete(this.map.keys().next().value!);
  }

  get(history: readonly string[], question: string): readonly string[] | undefined {
    const key = keyOf(history, question);
    const docs = this.map.get(key);
    if (docs !== undefined) {
      this.map.delete(key);
      this.map.set(key, docs);
    }
    return docs;
  }

  clear(): void {
    this.map.clear();
  }
}
