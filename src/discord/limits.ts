/**
 * Per-user rate limit (sliding window) and the work queue that runs questions with bounded
 * concurrency: over the limit a user gets a friendly message; under it, questions wait their
 * turn in order and are never dropped.
 */

/** `firstRefusal`: the first time `key` is turned away since its last admitted request. */
export type Take =
  { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number; readonly firstRefusal: boolean };

export class RateLimiter {
  readonly #hits = new Map<string, number[]>();
  /** Users turned away since their last admitted request: told once, not once per message. */
  readonly #refused = new Set<string>();
  #lastSweep = 0;

  constructor(
    readonly count: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one request by `key` if allowed; otherwise says how long until one is. */
  take(key: string): Take {
    const now = this.now();
    this.#sweep(now);
    const since = now - this.windowMs;
    const hits = (this.#hits.get(key) ?? []).filter((t) => t > since);
    if (hits.length >= this.count) {
      this.#hits.set(key, hits);
      const firstRefusal = !this.#refused.has(key);
      this.#refused.add(key);
      return { ok: false, retryAfterMs: Math.max(1, hits[0]! + this.windowMs - now), firstRefusal };
    }
    this.#refused.delete(key);
    hits.push(now);
    this.#hits.set(key, hits);
    return { ok: true };
  }

  /** Forgets users whose window has passed, so memory follows active users only. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < this.windowMs) return;
    this.#lastSweep = now;
    for (const [key, hits] of this.#hits) {
      if ((hits[hits.length - 1] ?? 0) > now - this.windowMs) continue;
      this.#hits.delete(key);
      this.#refused.delete(key);
    }
  }
}

/** FIFO queue running at most `concurrency` jobs at once. */
export class WorkQueue {
  #active = 0;
  readonly #waiting: Array<() => void> = [];
  readonly #idle: Array<() => void> = [];

  constructor(readonly concurrency: number) {}

  get waiting(): number {
    return this.#waiting.length;
  }

  async run<T>(job: () => Promise<T> | T): Promise<T> {
    if (this.#active >= this.concurrency) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#active++;
    try {
      return await job();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else {
        this.#active--;
        if (this.#active === 0) for (const resolve of this.#idle.splice(0)) resolve();
      }
    }
  }

  /** Resolves when nothing is running or waiting. */
  idle(): Promise<void> {
    if (this.#active === 0 && this.#waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }
}
