/**
 * The record of what people asked and what they thought of the answers, in one embedded SQLite
 * file (better-sqlite3): each question with the ids of the passages quoted and the outcome
 * (answer, related, refusal), and each 👍/👎/"wrong citation". People are stored only as a
 * salted hash of their Discord id; no message text but the asker's own question is kept.
 *
 * The store never stands between a user and an answer: a database that cannot be opened, is
 * corrupt or stays locked is logged once and the store turns itself off (`enabled` false) — the
 * bot keeps answering, without feedback.
 */
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

export type Outcome = "answer" | "related" | "refusal";
export type Rating = "up" | "down" | "wrong_citation";
export const RATINGS: readonly Rating[] = ["up", "down", "wrong_citation"];

export interface AskRecord {
  readonly question: string;
  readonly outcome: Outcome;
  /** Ids (`doc#n`) of the passages shown, in order. */
  readonly answerIds: readonly string[];
  /** Discord server id; undefined in DMs. */
  readonly guildId?: string | null;
  /** Raw Discord user id: hashed before it is stored. */
  readonly userId: string;
  /** Where it was asked: `slash`, `mention`, `reply`, `thread`, `dm`. */
  readonly surface: string;
}

export interface FeedbackOptions {
  readonly path: string;
  /** Secret mixed into user hashes; when absent the database keeps a random one of its own. */
  readonly salt?: string;
  /** Rows older than this are deleted (at open and then hourly, by a timer that never keeps the process alive). */
  readonly retentionDays: number;
  /** How long a write waits for a lock held by another process before giving up. */
  readonly busyTimeoutMs?: number;
  readonly now?: () => number;
  readonly onError?: (err: unknown, operation: string) => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const PRUNE_EVERY_MS = 60 * 60 * 1000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS asks (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  guild TEXT,
  user_hash TEXT NOT NULL,
  surface TEXT NOT NULL,
  question TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('answer', 'related', 'refusal')),
  answer_ids TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS asks_at ON asks (at);
CREATE INDEX IF NOT EXISTS asks_user ON asks (user_hash);
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY,
  ask_id INTEGER NOT NULL REFERENCES asks (id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  user_hash TEXT NOT NULL,
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down', 'wrong_citation')),
  UNIQUE (ask_id, user_hash, rating)
);
CREATE INDEX IF NOT EXISTS feedback_at ON feedback (at);
CREATE INDEX IF NOT EXISTS feedback_user ON feedback (user_hash);
`;

export class FeedbackStore {
  #db: Database.Database | undefined;
  #salt = "";
  #pruneTimer: NodeJS.Timeout | undefined;
  #insertAsk: Database.Statement | undefined;
  readonly #now: () => number;
  readonly #onError: (err: unknown, operation: string) => void;
  readonly retentionDays: number;

  private constructor(options: Pick<FeedbackOptions, "now" | "onError" | "retentionDays">) {
    this.#now = options.now ?? Date.now;
    this.#onError = options.onError ?? (() => undefined);
    this.retentionDays = options.retentionDays;
  }

  /** A store that records nothing (feedback turned off, or the database unusable). */
  static disabled(): FeedbackStore {
    return new FeedbackStore({ retentionDays: 0 });
  }

  /**
   * Opens (creating when needed) the database at `options.path`. Never throws: on failure the
   * error goes to `onError` and a disabled store is returned.
   */
  static open(options: FeedbackOptions): FeedbackStore {
    const store = new FeedbackStore(options);
    store.#guard("open", () => {
      mkdirSync(dirname(options.path), { recursive: true });
      const db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 250 });
      try {
        db.pragma("journal_mode = WAL");
        // With WAL, NORMAL never corrupts the file; a power cut may lose the last ratings, not the bot's answers.
        db.pragma("synchronous = NORMAL");
        db.pragma("foreign_keys = ON");
        // A damaged file often opens fine and fails on first read: check it now, not mid-answer.
        const check = db.pragma("quick_check", { simple: true });
        if (check !== "ok") throw new Error(`database integrity check failed: ${String(check)}`);
        db.exec(SCHEMA);
        const stored = db.prepare("SELECT value FROM meta WHERE key = 'salt'").pluck().get() as string | undefined;
        let salt = options.salt ?? stored;
        if (!salt) {
          salt = randomBytes(32).toString("hex");
          db.prepare("INSERT INTO meta (key, value) VALUES ('salt', ?)").run(salt);
        }
        store.#salt = salt;
      } catch (err) {
        db.close();
        throw err;
      }
      store.#db = db;
      store.prune();
      // Pruning runs beside the answers, never inside one: an hourly timer, stopped by close().
      store.#pruneTimer = setInterval(() => store.prune(), PRUNE_EVERY_MS).unref();
    });
    return store;
  }

  get enabled(): boolean {
    return this.#db !== undefined;
  }

  /** The salted hash a user is stored under (HMAC-SHA256, hex, first 32 characters). */
  userHash(userId: string): string {
    return createHmac("sha256", this.#salt).update(userId).digest("hex").slice(0, 32);
  }

  /** Records a question and what the bot answered; returns its id (for the feedback buttons). */
  recordAsk(r: AskRecord): number | undefined {
    return this.#guard("record_ask", (db) => {
      // Prepared once: this runs for every answer.
      this.#insertAsk ??= db.prepare("INSERT INTO asks (at, guild, user_hash, surface, question, outcome, answer_ids) VALUES (?, ?, ?, ?, ?, ?, ?)");
      const info = this.#insertAsk.run(this.#now(), r.guildId ?? null, this.userHash(r.userId), r.surface, r.question, r.outcome, JSON.stringify(r.answerIds));
      return Number(info.lastInsertRowid);
    });
  }

  /**
   * Stores one user's rating of an answer. Returns false when the answer is not on record
   * (pruned or forgotten) or the store is off. Rating the same answer the same way twice is
   * counted once; 👍 and 👎 replace each other.
   */
  recordFeedback(askId: number, userId: string, rating: Rating): boolean {
    return (
      this.#guard("record_feedback", (db) => {
        const exists = db.prepare("SELECT 1 FROM asks WHERE id = ?").get(askId);
        if (!exists) return false;
        const user = this.userHash(userId);
        db.transaction(() => {
          if (rating !== "wrong_citation") db.prepare("DELETE FROM feedback WHERE ask_id = ? AND user_hash = ? AND rating IN ('up', 'down')").run(askId, user);
          db.prepare("INSERT OR IGNORE INTO feedback (ask_id, at, user_hash, rating) VALUES (?, ?, ?, ?)").run(askId, this.#now(), user, rating);
        })();
        return true;
      }) ?? false
    );
  }

  /** Deletes every row of one user (their questions and ratings); returns how many. */
  forget(userId: string): { asks: number; feedback: number } {
    return (
      this.#guard("forget", (db) => {
        const user = this.userHash(userId);
        return db.transaction(() => {
          const feedback = db.prepare("DELETE FROM feedback WHERE user_hash = ? OR ask_id IN (SELECT id FROM asks WHERE user_hash = ?)").run(user, user).changes;
          const asks = db.prepare("DELETE FROM asks WHERE user_hash = ?").run(user).changes;
          return { asks, feedback };
        })();
      }) ?? { asks: 0, feedback: 0 }
    );
  }

  /** Deletes rows older than the retention period. */
  prune(): void {
    this.#guard("prune", (db) => {
      const before = this.#now() - this.retentionDays * DAY_MS;
      db.prepare("DELETE FROM feedback WHERE at < ?").run(before);
      db.prepare("DELETE FROM asks WHERE at < ?").run(before);
    });
  }

  /** Runs a read-only query for the report (see report.ts); undefined when the store is off. */
  query<T>(fn: (db: Database.Database) => T): T | undefined {
    return this.#guard("report", fn);
  }

  close(): void {
    clearInterval(this.#pruneTimer);
    this.#pruneTimer = undefined;
    const db = this.#db;
    this.#db = undefined;
    this.#insertAsk = undefined;
    try {
      db?.close();
    } catch {
      // Closing a database that already failed: nothing left to release.
    }
  }

  /** Runs `fn` on the open database; any failure is reported once and turns the store off. */
  #guard<T>(operation: string, fn: (db: Database.Database) => T): T | undefined {
    if (operation !== "open" && !this.#db) return undefined;
    try {
      return fn(this.#db!);
    } catch (err) {
      this.close();
      this.#onError(err, operation);
      return undefined;
    }
  }
}
