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
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ folded.charCodeAt(at + k), 0x01000193);
    h = mix(h);
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
