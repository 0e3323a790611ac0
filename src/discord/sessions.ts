/**
 * The questions behind "More" buttons. A custom_id holds at most 100 characters, less than a
 * question, so the button carries a short key and this bounded, expiring map holds the rest.
 * After a restart the keys are gone and the button says so.
 */
import { randomBytes } from "node:crypto";

export interface AskSession {
  readonly question: string;
  readonly docId?: string;
}

export class Sessions {
  readonly #items = new Map<string, { session: AskSession; at: number }>();

  constructor(
    readonly maxSize = 5_000,
    readonly ttlMs = 24 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  save(session: AskSession): string {
    const key = randomBytes(6).toString("base64url");
    this.#items.set(key, { session, at: this.now() });
    // Maps iterate in insertion order: the first keys are the oldest.
    for (const k of this.#items.keys()) {
      if (this.#items.size <= this.maxSize) break;
      this.#items.delete(k);
    }
    return key;
  }

  get(key: string): AskSession | undefined {
    const item = this.#items.get(key);
    if (!item) return undefined;
    if (this.now() - item.at > this.ttlMs) {
      this.#items.delete(key);
      return undefined;
    }
    return item.session;
  }
}
