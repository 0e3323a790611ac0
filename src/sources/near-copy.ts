/**
 * Near-copies: one wire story republished by several outlets, lightly edited (a sentence cut, a
 * headline and a byline changed, a paragraph dropped). Compared as sets of sampled 6-character
 * shingles of the text in the quote checker's normal form (case, width, spaces and quote
 * variants folded): a new article whose shingles are mostly (NEAR_COPY_SHARE) inside one corpus
 * article is a copy of it. Sampling a quarter of the shingles by hash keeps a corpus article's
 * set small while two copies still share the same samples.
 */
import { normalizeText } from "../text/quote-form.js";

const SHINGLE = 6;
/** Share of the new article's sampled shingles inside one corpus article that makes it a near-copy. */
export const NEAR_COPY_SHARE = 0.8;
/** Below this many sampled shingles an article is too short to call a copy by resemblance. */
const MIN_SHINGLES = 20;

/**
 * A 32-bit hash of the shingle at `at` (FNV-1a over its UTF-16 units, then murmur3's finaliser):
 * an md5 per shingle made `sync`'s first copy check read a 100k-paragraph corpus in 37 s, most of
 * it hashing.
 */
function hash32(t: string, at: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ t.charCodeAt(at + k), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function shingleSample(paragraphs: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const p of paragraphs) {
    const t = normalizeText(p);
    for (let i = 0; i + SHINGLE <= t.length; i++) {
      const h = hash32(t, i);
      if ((h & 3) === 0) out.add(h);
    }
  }
  return out;
}

/** Share of `sample` inside `other` (0 when `sample` is too small to judge). */
export function containment(sample: ReadonlySet<number>, other: ReadonlySet<number>): number {
  if (sample.size < MIN_SHINGLES) return 0;
  let inside = 0;
  for (const h of sample) if (other.has(h)) inside++;
  return inside / sample.size;
}
