/**
 * Messages between the bot's thread and an engine worker. Data only (structured clone): the
 * worker never sends functions or class instances, so fields added to answers travel as they are.
 */
import type { RevisionHistory } from "../index/storage/revisions-file.js";
import type { Groups } from "../index/copies/group-copies.js";
import type { Config } from "../config.js";
import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { ErrorCode } from "../errors.js";
import type { RetrieverTuning } from "../search/tuning.js";

/** What a worker needs to open its own engine. */
export interface WorkerData {
  readonly config: Config;
  readonly indexDir?: string;
  readonly skipFreshness?: boolean;
  readonly tuning?: Partial<RetrieverTuning>;
  readonly warm?: boolean;
  /**
   * This thread sends the bot's thread what its lookups by id need (the passages and articles):
   * one thread does, so one copy reaches the bot's thread however many there are.
   */
  readonly lookups?: boolean;
}

/** What the bot's thread serves lookups by id from (a structured clone of the worker's). */
export interface LookupData {
  /**
   * The passages themselves, or the path of the index's `passages.bin`, which the bot's thread
   * opens and reads on demand: no second copy of their text. (Not a descriptor opened by the
   * worker: Node closes a worker's descriptors when it exits, and a worker can be replaced.)
   */
  readonly passages: readonly Passage[] | { readonly path: string };
  readonly documents: readonly DocumentMeta[];
  /** Older texts of changed and removed paragraphs, by article. */
  readonly revisions?: RevisionHistory;
  /** Near-copy paragraph groups (cited ids name the other outlets). */
  readonly copies?: Groups;
}

/** The engine operations that run in a worker (the ones that cost CPU), and closing it. */
export type Operation = "ask" | "checkQuotes" | "passages" | "close";

export interface Request {
  readonly id: number;
  readonly op: Operation;
  readonly args: readonly unknown[];
}

/** An error as data: SummitError codes survive the thread boundary. */
export interface ErrorData {
  readonly name: string;
  readonly message: string;
  readonly code?: ErrorCode;
  readonly stack?: string;
}

export type Reply =
  | {
      readonly type: "ready";
      /** From the thread asked for them (WorkerData.lookups) only. */
      readonly lookups?: LookupData;
      /** The index folder and generation, for the ready log. */
      readonly index?: { readonly dir: string; readonly generation: string };
    }
  | { readonly type: "open_failed"; readonly error: ErrorData }
  | { readonly type: "result"; readonly id: number; readonly value: unknown }
  | { readonly type: "error"; readonly id: number; readonly error: ErrorData };
