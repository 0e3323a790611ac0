/**
 * Conversations: the earlier questions a follow-up is searched with. A conversation is reached
 * from every place a user can continue it — the thread opened on an answer, any answer the bot
 * posted (a reply to it continues), a DM channel — each a key into this bounded, expiring map.
 * Kept in memory: after a restart a follow-up starts afresh.
 */
import { ExpiringMap } from "./expiring-map.js";

export interface Conversation {
  /** Questions so far, oldest first (at most MAX_TURNS kept). */
  readonly questions: string[];
  readonly docId?: string;
}

/** Earlier questions a follow-up is searched with: older ones weigh too little to matter. */
const MAX_TURNS = 4;

export class Conversations {
  readonly #items: ExpiringMap<Conversation>;

  constructor(maxKeys = 10_000, ttlMs = 24 * 60 * 60 * 1000, now: () => number = Date.now) {
    this.#items = new ExpiringMap(maxKeys, ttlMs, now);
  }

  get(key: string | undefined | null): Conversation | undefined {
    return key ? this.#items.get(key) : undefined;
  }

  /** Makes `key` lead to `conversation` (refreshing its age). */
  link(key: string | undefined | null, conversation: Conversation): void {
    if (key) this.#items.set(key, conversation);
  }
}

/** Adds a question to a conversation, dropping the oldest beyond MAX_TURNS. */
export function addTurn(conversation: Conversation, question: string): void {
  conversation.questions.push(question);
  if (conversation.questions.length > MAX_TURNS) conversation.questions.splice(0, conversation.questions.length - MAX_TURNS);
}
