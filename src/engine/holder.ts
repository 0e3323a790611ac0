/**
 * Holds the engine the surfaces use and swaps in a rebuilt one without a restart. A swap is
 * atomic (one assignment): work started before it keeps its engine until it finishes (a lease),
 * and the old engine is closed only when its last lease is released.
 */
import type { Engine } from "./types.js";

class Slot {
  leases = 0;
  retired = false;
  #closing?: Promise<void>;
  #resolve!: () => void;
  /** Settles once the engine has been closed. */
  readonly closed = new Promise<void>((resolve) => (this.#resolve = resolve));

  constructor(readonly engine: Engine) {}

  /** Closes the engine once retired and unused; safe to call repeatedly. */
  settle(): void {
    if (!this.retired || this.leases > 0 || this.#closing) return;
    this.#closing = this.engine
      .close()
      .catch(() => undefined)
      .then(() => this.#resolve());
  }
}

export class EngineHolder {
  #slot: Slot;
  #generation = 1;
  #closed = false;

  constructor(engine: Engine) {
    this.#slot = new Slot(engine);
  }

  /** The engine new work should use. Prefer `use`, which keeps it alive while in use. */
  get current(): Engine {
    return this.#slot.engine;
  }

  /** Counts engines: 1 for the first, +1 per swap. */
  get generation(): number {
    return this.#generation;
  }

  /** Runs `fn` on the current engine; a swap during `fn` does not close that engine under it. */
  async use<T>(fn: (engine: Engine) => Promise<T> | T): Promise<T> {
    if (this.#closed) throw new Error("EngineHolder is closed");
    const slot = this.#slot;
    slot.leases++;
    try {
      return await fn(slot.engine);
    } finally {
      slot.leases--;
      slot.settle();
    }
  }

  /**
   * Makes `next` the engine for all new work at once. Resolves when the previous engine has
   * been closed, i.e. after the work in flight on it has finished.
   */
  async swap(next: Engine): Promise<void> {
    if (this.#closed) {
      await next.close();
      throw new Error("EngineHolder is closed");
    }
    const old = this.#slot;
    this.#slot = new Slot(next);
    this.#generation++;
    old.retired = true;
    old.settle();
    await old.closed;
  }

  /** Closes the current engine after its work in flight; later `use` calls fail. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const slot = this.#slot;
    slot.retired = true;
    slot.settle();
    await slot.closed;
  }
}
