/** A map bounded in size whose entries expire: the oldest go first when it is full. */
export class ExpiringMap<V> {
  readonly #items = new Map<string, { value: V; at: number }>();

  constructor(
    readonly maxSize: number,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Sets `key` (refreshing its age when it was there). */
  set(key: string, value: V): void {
    this.#items.delete(key);
    this.#items.set(key, { value, at: this.now() });
    // Maps iterate in insertion order: the first keys are the oldest.
    for (const k of this.#items.keys()) {
      if (this.#items.size <= this.maxSize) break;
      this.#items.delete(k);
    }
  }

  get(key: string): V | undefined {
    const item = this.#items.get(key);
    if (!item) return undefined;
    if (this.now() - item.at > this.ttlMs) {
      this.#items.delete(key);
      return undefined;
    }
    return item.value;
  }
}
