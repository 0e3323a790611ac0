/**
 * The quote checker's corpus as it was before its index was stored (built in memory on the first
 * check, postings as one Uint32Array per corpus): the reference the stored index is compared with
 * (test/quotes/stored-index.test.ts). Kept as it was, apart from the interface it now implements.
 */
import type { Passage } from "../../src/corpus/types.js";
import { BigramTerms, forEachTerm, keysOf } from "../../src/index/quotes/quote-bigrams.js";
import type { QuoteCorpus } from "../../src/quotes/corpus-index.js";
import { normalizeText } from "../../src/text/quote-form.js";

const PLANE = 0x110000;

function termOf(terms: BigramTerms, key: number): number {
  if (key < PLANE) return terms.other(key, false);
  const a = Math.floor(key / PLANE) - 1;
  const b = key % PLANE;
  return a <= 0xffff && b <= 0xffff ? terms.pair(a, b, false) : terms.other(key, false);
}

/** A Uint32Array that grows by doubling. */
class Growable {
  data = new Uint32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
}

export function referenceQuoteCorpus(passages: readonly Passage[]): QuoteCorpus {
  const terms = new BigramTerms();
  const sequence = new Growable();
  const ends = new Uint32Array(passages.length);
  const counts = new Growable();
  const lastSeen = new Growable();
  passages.forEach((p, idx) => {
    forEachTerm(terms, normalizeText(p.text), true, (t) => {
      if (t === counts.length) {
        counts.push(0);
        lastSeen.push(0);
      }
      if (lastSeen.data[t] === idx + 1) return;
      lastSeen.data[t] = idx + 1;
      counts.data[t]!++;
      sequence.push(t);
    });
    ends[idx] = sequence.length;
  });
  const postingStarts = new Uint32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) postingStarts[t + 1] = postingStarts[t]! + counts.data[t]!;
  const fill = postingStarts.slice(0, counts.length);
  const postings = new Uint32Array(sequence.length);
  let k = 0;
  for (let idx = 0; idx < passages.length; idx++) {
    for (; k < ends[idx]!; k++) postings[fill[sequence.data[k]!]!++] = idx;
  }
  const next = Int32Array.from(passages, (p, i) => {
    const q = passages[i + 1];
    return q && q.docId === p.docId && q.n === p.n + 1 ? i + 1 : -1;
  });
  return {
    passages,
    next,
    candidates(quote: string, limit: number): number[] {
      const keys = keysOf(quote);
      const hits = new Uint32Array(passages.length);
      const touched: number[] = [];
      let most = 0;
      for (const key of keys) {
        const t = termOf(terms, key);
        if (t < 0) continue;
        for (let j = postingStarts[t]!; j < postingStarts[t + 1]!; j++) {
          const idx = postings[j]!;
          const c = ++hits[idx]!;
          if (c === 1) touched.push(idx);
          if (c > most) most = c;
        }
      }
      const floor = Math.max(1, Math.floor(keys.size * 0.25), Math.floor(most / 2));
      return touched
        .filter((idx) => hits[idx]! >= floor)
        .sort((a, b) => hits[b]! - hits[a]! || a - b)
        .slice(0, limit);
    },
  };
}
