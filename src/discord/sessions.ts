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
}

export class Sessions {
  readonly #items: ExpiringMap<AskSession>;

  constructor(maxSize = 2_000, ttlMs = 24 * 60 * 60 * 1000, now: () => number = Date.now) {
    this.#items = new ExpiringMap(maxSize, ttlMs, now);
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
