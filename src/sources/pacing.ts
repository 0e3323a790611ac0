/**
 * Per-host pacing: requests to one host start at least `intervalMs` apart (a site's own
 * Crawl-delay may ask for more); different hosts do not wait for each other.
 */
export class HostPacer {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = () => Date.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Resolves when a request to `host` may start, and books the slot after it. */
  async wait(host: string, atLeastMs = 0): Promise<void> {
    const interval = Math.max(this.intervalMs, atLeastMs);
    const now = this.now();
    const start = Math.max(now, this.next.get(host) ?? now);
    this.next.set(host, start + interval);
    if (start > now) await this.sleep(start - now);
  }
}
