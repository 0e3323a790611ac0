/**
 * The answers behind the Previous/Next and "Post publicly" buttons. A custom_id holds at most
 * 100 characters, less than a question, so the button carries a short key and this bounded,
 * expiring map holds the answer (every page of it, so paging asks the engine nothing and shows
 * the same passages both ways). After a restart the keys are gone and the button says so.
 */
import { randomBytes } from "node:crypto";
import type { Answer } from "../engine/index.js";
import { ExpiringMap } from "./expiring-map.js";

export interface AskSession {
  readonly answer: Answer;
  /** Id of the question in the feedback record (absent while feedback is off). */
  readonly askId?: number;
  /** Set when the question was searched as a follow-up of earlier ones. */
  readonly followUp?: boolean;
  /**
   * The conversation the question was asked in — its earlier questions, oldest first, and its
   * article — so the card "Post publicly" puts in the channel continues it as the private one would.
   */
  readonly conversation?: { readonly earlier: readonly string[]; readonly docId?: string };
}

export class Sessions {
  readonly #items: ExpiringMap<AskSession>;
  /** Pages already posted publicly (`key:page`): "Post publicly" posts each once. */
  readonly #posted: ExpiringMap<true>;

  constructor(maxSize = 2_000, ttlMs = 24 * 60 * 60 * 1000, now: () => number = Date.now) {
    this.#items = new ExpiringMap(maxSize, ttlMs, now);
    this.#posted = new ExpiringMap(maxSize, ttlMs, now);
  }

  /** Whether page `page` of answer `key` was posted publicly already. */
  posted(key: string, page: number): boolean {
    return this.#posted.get(`${key}:${page}`) === true;
  }

  /**
   * Claims the public post of page `page` of answer `key`: true the first time, false after
   * (a second press, or a double click, must not post the answer twice).
   */
  claimPost(key: string, page: number): boolean {
    const id = `${key}:${page}`;
    if (this.#posted.get(id)) return false;
    this.#posted.set(id, true);
    return true;
  }

  save(session: AskSession): string {
    const key = randomBytes(6).toString("base64url");
    this.#items.set(key, session);
    return key;
  }

  get(key: string): AskSession | undefined {
    return this.#items.get(key);
  }
}
