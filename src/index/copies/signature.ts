/**
 * A paragraph's MinHash signature for finding near-copies (one wire story republished by several
 * outlets, lightly edited): the paragraph folded (NFKC, lower case, spaces and punctuation
 * removed, so Japanese and English are cut the same way) into overlapping SHINGLE-character
 * slices, each hashed once and sorted into one of BINS bins by its low bits, the smallest hash of
 * each bin kept ("one permutation hashing", Li, Owen and Zhang 2012). Two signatures agree in a bin
 * with probability about the Jaccard similarity of the two shingle sets, at one hash per shingle
 * rather than one per shingle and bin. An empty bin (a short paragraph) borrows from the next
 * full bin to its right, shifted by the distance, so it still agrees only where the texts do
 * (rotation densification, Shrivastava and Li 2014).
 */

/** Characters per shingle: long enough that two unrelated paragraphs sharing a name share few, short enough that an edited word costs few. */
export const SHINGLE = 5;
/** Bins (signature values) per paragraph. */
export const BINS = 64;
const BIN_BITS = 6;
/** A bin no shingle reached. */
const EMPTY = 0xffffffff;

/** The form copies are compared in: NFKC, lower case, no spaces, punctuation or symbols. */
export function copyForm(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

/** murmur3's finaliser: every input bit moves every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A paragraph's distinct shingle hashes, sorted: what `jaccard` compares exactly. */
export function shingleSet(text: string): Uint32Array {
  const folded = copyForm(text);
  const out = new Uint32Array(Math.max(0, folded.length - SHINGLE + 1));
  for (let at = 0; at < out.length; at++) out[at] = shingleHash(folded, at);
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (n === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/** Jaccard similarity of two sorted distinct sets (shingleSet). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** The hash of the shingle at `at` of a folded text. */
function shingleHash(folded: string, at: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ folded.charCodeAt(at + k), 0x01000193);
  return mix(h);
}

export interface Signature {
  /** BINS values (see the file's comment). */
  readonly values: Uint32Array;
  /** Distinct shingles counted (with the rare hash collision): too few and a paragraph is too short to call a copy. */
  readonly shingles: number;
}

/** The signature of a paragraph's text. */
export function signatureOf(text: string): Signature {
  const folded = copyForm(text);
  const values = new Uint32Array(BINS).fill(EMPTY);
  const seen = new Set<number>();
  for (let at = 0; at + SHINGLE <= folded.length; at++) {
    const h = shingleHash(folded, at);
    seen.add(h);
    const bin = h & (BINS - 1);
    const value = h >>> BIN_BITS;
    if (value < values[bin]!) values[bin] = value;
  }
  if (seen.size > 0) densify(values);
  return { values, shingles: seen.size };
}

/** Fills each empty bin from the next full one to its right (circularly), marked by the distance. */
function densify(values: Uint32Array): void {
  for (let bin = 0; bin < BINS; bin++) {
    if (values[bin] !== EMPTY) continue;
    for (let d = 1; d < BINS; d++) {
      const from = values[(bin + d) % BINS]!;
      // Values borrowed have the top bits free (they are hashes shifted right by BIN_BITS).
      if (from !== EMPTY && from < 1 << (32 - BIN_BITS)) {
        values[bin] = (from + d * (1 << (32 - BIN_BITS))) >>> 0;
        break;
      }
    }
  }
}

/** Estimated Jaccard similarity of two paragraphs' shingle sets: the share of bins that agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < BINS; i++) if (a[i] === b[i]) same++;
  return same / BINS;
}
