/**
 * Bigrams of the quote checker's normal form (text/quote-form.ts) as term numbers, while the
 * quote index is built (quote-index.ts). Two BMP characters make one 32-bit key in an
 * open-addressing table over typed arrays (no string or heap-number per bigram: at 100,000
 * paragraphs that is 17 M lookups while indexing); the rare others (astral characters, a
 * one-character text) go through a Map. Every key is a number below 2^53 (see `keysOf`).
 * A change to the keys changes QUOTE_FORM_ID (text/quote-form.ts), which stored indexes record.
 */

const EMPTY = 0;

export class BigramTerms {
  #keys = new Uint32Array(1 << 16);
  /** Term number + 1; 0 = empty slot. */
  #ids = new Uint32Array(1 << 16);
  #used = 0;
  #shift = 32 - 16;
  readonly #others = new Map<number, number>();
  #count = 0;
  /** Each term's key (as `keysOf` gives it), by term number. */
  #keyOf = new Float64Array(1 << 10);

  get count(): number {
    return this.#count;
  }

  /** The key of term `t` (as `keysOf` gives it). */
  keyOf(t: number): number {
    return this.#keyOf[t]!;
  }

  #record(key: number): void {
    if (this.#count === this.#keyOf.length) {
      const bigger = new Float64Array(this.#keyOf.length * 2);
      bigger.set(this.#keyOf);
      this.#keyOf = bigger;
    }
    this.#keyOf[this.#count] = key;
  }

  /** The term number of a bigram of BMP characters `a`, `b`; assigned a new one when `add`. */
  pair(a: number, b: number, add: boolean): number {
    const key = ((a << 16) | b) >>> 0;
    const mask = this.#keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.#shift;
    for (;;) {
      const id = this.#ids[slot]!;
      if (id === EMPTY) break;
      if (this.#keys[slot] === key) return id - 1;
      slot = (slot + 1) & mask;
    }
    if (!add) return -1;
    this.#record((a + 1) * PLANE + b);
    this.#keys[slot] = key;
    this.#ids[slot] = ++this.#count;
    if (++this.#used * 2 > this.#keys.length) this.#grow();
    return this.#count - 1;
  }

  /** The term number of any other key (see `forEachTerm`); assigned a new one when `add`. */
  other(key: number, add: boolean): number {
    const id = this.#others.get(key);
    if (id !== undefined || !add) return id ?? -1;
    this.#record(key);
    this.#others.set(key, this.#count);
    return this.#count++;
  }

  #grow(): void {
    const keys = this.#keys;
    const ids = this.#ids;
    this.#keys = new Uint32Array(keys.length * 2);
    this.#ids = new Uint32Array(keys.length * 2);
    this.#shift--;
    const mask = this.#keys.length - 1;
    for (let s = 0; s < keys.length; s++) {
      if (ids[s] === EMPTY) continue;
      let slot = Math.imul(keys[s]!, 0x9e3779b1) >>> this.#shift;
      while (this.#ids[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.#keys[slot] = keys[s]!;
      this.#ids[slot] = ids[s]!;
    }
  }
}

const PLANE = 0x110000;

/** The distinct bigrams of normalized text as keys for `termOf`; a one-character text is its own key. */
export function keysOf(s: string): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  let count = 0;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    if (prev >= 0) out.add((prev + 1) * PLANE + cp);
    prev = cp;
    count++;
    i += cp > 0xffff ? 2 : 1;
  }
  if (count === 1) out.add(prev);
  return out;
}

/**
 * Calls `visit` with the term number of each bigram of `s` (normalized text), in order, repeats
 * included; a one-character text is its own term. With `add`, unseen bigrams get new numbers;
 * without, they are skipped.
 */
export function forEachTerm(terms: BigramTerms, s: string, add: boolean, visit: (term: number) => void): void {
  let prev = -1;
  let count = 0;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    if (prev >= 0) {
      const t = prev <= 0xffff && cp <= 0xffff ? terms.pair(prev, cp, add) : terms.other((prev + 1) * PLANE + cp, add);
      if (t >= 0) visit(t);
    }
    prev = cp;
    count++;
    i += cp > 0xffff ? 2 : 1;
  }
  if (count === 1) {
    const t = terms.other(prev, add);
    if (t >= 0) visit(t);
  }
}
