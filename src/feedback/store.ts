/**
 * The record of what people asked and what they thought of the answers, in one embedded SQLite
 * file (better-sqlite3): each question with the ids of the passages quoted and the outcome
 * (answer, related, refusal), and each 👍/👎/"wrong citation". People are stored only as a
 * salted hash of their Discord id; no message text but the asker's own question is kept.
 *
 * The store never stands between a user and an answer: a database that cannot be opened or is
 * corrupt is logged once and the store turns itself off (`enabled` false) — the bot keeps
 * answering, without feedback. A lock held by another process (a backup, `sqlite3` open on the
 * file, a report) is not a broken database: that write is skipped, the store rests a moment
 * (growing while the lock stays) and tries again, so feedback comes back once the lock clears.
 */
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { SummitError } from "../errors.js";

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
  /** A failure that turned the store off. */
  readonly onError?: (err: unknown, operation: string) => void;
  /** The database was locked by another process (first failure of each spell; `restMs`: until the next try). */
  readonly onBusy?: (err: unknown, operation: string, restMs: number) => void;
  /** A write succeeded again after a lock. */
  readonly onRecovered?: (operation: string, lockedMs: number) => void;
  /**
   * Open an existing database only, for reading (`readonly`) or for `--forget` (`write`): never
   * create a file or folder, never add the schema or a salt, never prune.
   */
  readonly existing?: "readonly" | "write";
}

/** How long the store rests after a locked write before trying again: doubling while the lock stays. */
export const BUSY_REST_MS = { first: 250, max: 10_000 } as const;

/** SQLite's codes for "another connection holds the lock" (better-sqlite3 puts them on `code`). */
function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
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
  readonly #onBusy: NonNullable<FeedbackOptions["onBusy"]>;
  readonly #onRecovered: NonNullable<FeedbackOptions["onRecovered"]>;
  /** While a lock is held elsewhere: when it was first met, how long to rest, and until when. */
  #busy: { since: number; restMs: number; until: number } | undefined;
  readonly retentionDays: number;

  private constructor(options: Pick<FeedbackOptions, "now" | "onError" | "onBusy" | "onRecovered" | "retentionDays">) {
    this.#now = options.now ?? Date.now;
    this.#onError = options.onError ?? (() => undefined);
    this.#onBusy = options.onBusy ?? (() => undefined);
    this.#onRecovered = options.onRecovered ?? (() => undefined);
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
    if (options.existing) {
      store.#guard("open", () => store.#openExisting(options));
      return store;
    }
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

  /**
   * An existing database for the report or `--forget`: a missing file is an error (never created),
   * and nothing is written that the request does not ask for. The salt is the configured one or
   * the one the bot stored; with neither, the users' hashes cannot be matched, so `--forget` fails
   * rather than inventing a salt.
   */
  #openExisting(options: FeedbackOptions): void {
    if (!existsSync(options.path))
      throw new SummitError(
        "FEEDBACK_DB",
        `no feedback database at ${options.path}: expected the file the bot writes (FEEDBACK_DB_PATH); nothing was created`,
      );
    const readonly = options.existing === "readonly";
    const db = new Database(options.path, { readonly, fileMustExist: true, timeout: options.busyTimeoutMs ?? 250 });
    try {
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'asks', 'feedback')")
        .pluck()
        .all();
      if (tables.length < 3)
        throw new SummitError(
          "FEEDBACK_DB",
          `${options.path} is not a summit-bot feedback database: expected the tables meta, asks and feedback, found ${tables.length ? tables.join(", ") : "none of them"}`,
        );
      const stored = db.prepare("SELECT value FROM meta WHERE key = 'salt'").pluck().get() as string | undefined;
      const salt = options.salt ?? stored;
      if (!salt && !readonly) {
        throw new SummitError(
          "FEEDBACK_DB",
          `${options.path} hashes its users with the bot's FEEDBACK_SALT (none is stored in the database): expected the same FEEDBACK_SALT in the environment, received none`,
        );
      }
      this.#salt = salt ?? "";
    } catch (err) {
      db.close();
      throw err;
    }
    this.#db = db;
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
      this.#insertAsk ??= db.prepare(
        "INSERT INTO asks (at, guild, user_hash, surface, question, outcome, answer_ids) VALUES (?, ?, ?, ?, ?, ?, ?)",
      );
      const info = this.#insertAsk.run(
        this.#now(),
        r.guildId ?? null,
        this.userHash(r.userId),
        r.surface,
        r.question,
        r.outcome,
        JSON.stringify(r.answerIds),
      );
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
          if (rating !== "wrong_citation")
            db.prepare("DELETE FROM feedback WHERE ask_id = ? AND user_hash = ? AND rating IN ('up', 'down')").run(
              askId,
              user,
            );
          db.prepare("INSERT OR IGNORE INTO feedback (ask_id, at, user_hash, rating) VALUES (?, ?, ?, ?)").run(
            askId,
            this.#now(),
            user,
            rating,
          );
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
          const feedback = db
            .prepare("DELETE FROM feedback WHERE user_hash = ? OR ask_id IN (SELECT id FROM asks WHERE user_hash = ?)")
            .run(user, user).changes;
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

  /**
   * Runs `fn` on the open database. A lock held elsewhere skips this operation and rests the
   * store (see BUSY_REST_MS); any other failure is reported once and turns the store off.
   */
  #guard<T>(operation: string, fn: (db: Database.Database) => T): T | undefined {
    if (operation !== "open" && !this.#db) return undefined;
    const now = this.#now();
    if (this.#busy && now < this.#busy.until) return undefined;
    try {
      const result = fn(this.#db!);
      if (this.#busy) {
        this.#onRecovered(operation, now - this.#busy.since);
        this.#busy = undefined;
      }
      return result;
    } catch (err) {
      if (operation !== "open" && isBusy(err)) {
        const first = !this.#busy;
        const restMs = first ? BUSY_REST_MS.first : Math.min(BUSY_REST_MS.max, this.#busy!.restMs * 2);
        this.#busy = { since: this.#busy?.since ?? now, restMs, until: this.#now() + restMs };
        if (first) this.#onBusy(err, operation, restMs);
        return undefined;
      }
      this.close();
      this.#onError(err, operation);
      return undefined;
    }
  }
}
