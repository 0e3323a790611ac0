/**
 * The engine in worker threads, behind the same `Engine` interface. The bot's own thread only
 * talks to Discord: a long quote check or a burst of questions can no longer delay anyone's
 * acknowledgement. Each worker opens its own copy of the index and answers one request at a
 * time; requests go to the worker with the fewest in flight. Lookups by id (cite, context,
 * autocomplete) stay in this thread over the passages the first worker sends once (the others
 * and replacements send none: one copy in this thread however many workers there are).
 *
 * Hot swap works as before: a reload opens a new WorkerEngine (new threads) and EngineHolder
 * closes the old one, ending its threads, once its last answer is done.
 */
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { Config } from "../config.js";
import { entrance } from "./entrance.js";
import type { Engine, EngineCore } from "./types.js";
import { SummitError } from "../errors.js";
import { startWorker } from "../util/worker.js";
import { lookupOf, type Lookup } from "./lookup.js";
import { openFileSource, passagesOnDemand } from "../index/storage/passage-reader.js";
import type { Passage } from "../corpus/types.js";
import type { ErrorData, Operation, Reply, WorkerData } from "./protocol.js";

export interface WorkerEngineOptions extends Omit<WorkerData, "config" | "lookups"> {
  /** Engine threads (each holds the index in memory); at least 1. */
  readonly workers?: number;
}

const WORKER = new URL("./worker.js", import.meta.url);

function errorOf(data: ErrorData): Error {
  const err = data.code
    ? new SummitError(data.code, data.message)
    : Object.assign(new Error(data.message), { name: data.name });
  if (data.stack) err.stack = data.stack;
  return err;
}

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };

/** One worker thread and the requests it has not answered yet. */
export class EngineThread {
  readonly pending = new Map<number, Pending>();
  readonly worker: Worker;
  readonly ready: Promise<Extract<Reply, { type: "ready" }>>;
  alive = true;
  /** Set once the thread has loaded the index; only such a thread is replaced when it dies. */
  wasReady = false;
  #next = 0;

  constructor(data: WorkerData, onExit: (thread: EngineThread) => void) {
    const worker = startWorker(WORKER, { workerData: data });
    if (!worker)
      throw new Error(
        `expected the engine worker module at ${fileURLToPath(WORKER)} (or its .ts source), received nothing there`,
      );
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      this.worker.on("message", (reply: Reply) => {
        if (reply.type === "ready") {
          this.wasReady = true;
          resolve(reply);
        } else if (reply.type === "open_failed") {
          // The thread exits next; it is not alive, and is not replaced (its replacement would re-read the same index).
          this.alive = false;
          reject(errorOf(reply.error));
        } else {
          const waiting = this.pending.get(reply.id);
          if (!waiting) return;
          this.pending.delete(reply.id);
          if (reply.type === "result") waiting.resolve(reply.value);
          else waiting.reject(errorOf(reply.error));
        }
      });
      const fail = (err: Error) => {
        this.alive = false;
        reject(err);
        for (const waiting of this.pending.values()) waiting.reject(err);
        this.pending.clear();
      };
      this.worker.on("error", fail);
      this.worker.on("exit", (code) => {
        const wasAlive = this.alive;
        fail(new Error(`engine worker stopped (exit code ${code})`));
        // A thread that never became ready is not replaced: that would start threads forever while the index cannot be opened.
        if (wasAlive && this.wasReady) onExit(this);
      });
    });
    // A failure before anyone awaits `ready` is reported through it, never as an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  call(op: Operation, args: readonly unknown[]): Promise<unknown> {
    if (!this.alive) return Promise.reject(new Error("engine worker stopped"));
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, args });
    });
  }

  async close(): Promise<void> {
    if (!this.alive) return;
    const closed = this.call("close", []).catch(() => undefined);
    this.alive = false;
    const timeout = new Promise((resolve) => setTimeout(resolve, 5_000).unref());
    await Promise.race([closed, timeout]);
    await this.worker.terminate();
  }
}

/**
 * The passages for lookups, read on demand from the file the first worker read; when the file is
 * gone (a newer ingest removed its generation folder since), that worker's copy of them.
 */
async function passagesFromFile(
  path: string,
  thread: EngineThread,
): Promise<ReturnType<typeof passagesOnDemand> | readonly Passage[]> {
  let source;
  try {
    source = openFileSource(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    return (await thread.call("passages", [])) as readonly Passage[];
  }
  try {
    return passagesOnDemand(source);
  } catch (err) {
    source.close();
    throw err;
  }
}

/**
 * Opens the engine in `workers` threads. Resolves once every thread has loaded the index;
 * rejects (and ends the threads) when the index cannot be opened, with the same error the
 * in-thread engine would give (missing, damaged, stale, other embedder).
 */
export async function openWorkerEngine(config: Config, options: WorkerEngineOptions = {}): Promise<Engine> {
  const { workers = 1, ...rest } = options;
  const data: WorkerData = { config, ...rest };
  let threads: EngineThread[] = [];
  let closed = false;
  // A thread that dies (an out-of-memory crash) is replaced; its requests in flight fail and are answered with an apology.
  const replace = (dead: EngineThread) => {
    if (closed) return;
    const next = new EngineThread(data, replace);
    threads = threads.map((t) => (t === dead ? next : t));
  };
  threads = Array.from(
    { length: Math.max(1, workers) },
    (_, i) => new EngineThread(i === 0 ? { ...data, lookups: true } : data, replace),
  );
  let first: Extract<Reply, { type: "ready" }>;
  let lookup: Lookup;
  let releaseLookups = () => undefined as void;
  try {
    [first] = (await Promise.all(threads.map((t) => t.ready))) as [Extract<Reply, { type: "ready" }>];
    if (!first.lookups)
      throw new Error("expected the first engine worker to send the passages for lookups, received none");
    const sent = first.lookups.passages;
    let passages: Parameters<typeof lookupOf>[0];
    if (Array.isArray(sent)) passages = sent as readonly Passage[];
    else {
      const onDemand = await passagesFromFile((sent as { path: string }).path, threads[0]!);
      passages = onDemand;
      if ("close" in onDemand) releaseLookups = () => onDemand.close();
    }
    lookup = lookupOf(passages, first.lookups.documents, first.lookups.revisions, first.lookups.copies);
  } catch (err) {
    releaseLookups();
    closed = true;
    await Promise.all(threads.map((t) => t.worker.terminate()));
    throw err;
  }

  const call = async (op: Operation, args: readonly unknown[]): Promise<unknown> => {
    if (closed) throw new Error("engine is closed");
    const live = threads.filter((t) => t.alive);
    // Least loaded first; a replacement still loading is used only when no other is alive.
    const pick = (live.length ? live : threads).reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    await pick.ready;
    return pick.call(op, args);
  };

  const core: EngineCore = {
    ask: (question, askOptions) => call("ask", [question, askOptions]) as ReturnType<EngineCore["ask"]>,
    checkQuotes: (message) => call("checkQuotes", [message]) as ReturnType<EngineCore["checkQuotes"]>,
    ...(first.index ? { index: first.index } : {}),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(threads.map((t) => t.close()));
      releaseLookups();
    },
  };
  return entrance(core, lookup, { ...(config.web.publicUrl ? { publicUrl: config.web.publicUrl } : {}) });
}
