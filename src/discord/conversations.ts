/**
 * Conversations: the earlier questions a follow-up is searched with. A conversation is reached
 * from every place a user can continue it — the thread opened on an answer, any answer the bot
 * posted (a reply to it continues), a DM channel — each a key into this bounded, expiring map.
 * Kept in memory: after a restart a follow-up starts afresh. Each keeps only the turns the engine
 * searches with (engine/history.ts: the last four questions, each cut to its opening), so a long
 * thread or reply chain holds no more than a short one.
 */
import { boundHistory } from "../engine/index.js";
import { ExpiringMap } from "./expiring-map.js";

export interface Conversation {
  /** The latest questions, oldest first, as far as the engine uses them (boundHistory). */
  readonly questions: string[];
  readonly docId?: string;
}

export class Conversations {
  readonly #items: ExpiringMap<Conversation>;
  /** Threads and DMs whose conversation is being read back from Discord, by channel id. */
  readonly #reading = new Map<string, Promise<Conversation>>();

  constructor(maxKeys = 10_000, ttlMs = 24 * 60 * 60 * 1000, now: () => number = Date.now) {
    this.#items = new ExpiringMap(maxKeys, ttlMs, now);
  }

  get(key: string | undefined | null): Conversation | undefined {
    return key ? this.#items.get(key) : undefined;
  }

  /**
   * The conversation of a thread or DM: the one kept, else the one `recall` reads back from
   * Discord, else a new one; linked to the channel before it is returned. Messages that arrive
   * while it is being read back share that one read, so a follow-up sent right after a question
   * joins the question's conversation instead of starting its own.
   */
  ofChannel(channelId: string, recall: () => Promise<Conversation | undefined>): Promise<Conversation> {
    const kept = this.get(channelId);
    if (kept) return Promise.resolve(kept);
    const reading = this.#reading.get(channelId);
    if (reading) return reading;
    const read = recall()
      .catch(() => undefined)
      .then((recalled) => {
        const conversation = this.get(channelId) ?? recalled ?? { questions: [] };
        this.link(channelId, conversation);
        return conversation;
      })
      .finally(() => this.#reading.delete(channelId));
    this.#reading.set(channelId, read);
    return read;
  }

  /** Makes `key` lead to `conversation` (refreshing its age). */
  link(key: string | undefined | null, conversation: Conversation): void {
    if (key) this.#items.set(key, conversation);
  }
}

/** Adds a question to a conversation, keeping only what the engine will search with. */
export function addTurn(conversation: Conversation, question: string): void {
  const kept = boundHistory([...conversation.questions, question]);
  conversation.questions.splice(0, conversation.questions.length, ...kept);
}
