/** A weighted query: term → weight (repeats and translation confidence folded in). */
export type WeightedTerms = ReadonlyMap<string, number>;

/** A text as its shingles are cut from it: NFKC, lower case, spaces and punctuation removed. */
export function shingleForm(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

/** Character n-grams of a text with spaces and punctuation removed. */
export function charShingles(text: string, n: number): Set<string> {
  const clean = shingleForm(text);
  const out = new Set<string>();
  // Code-unit slicing is fine here except for astral characters, which are rare in this text and only cost a few odd shingles.
  for (let i = 0; i + n <= clean.length; i++) out.add(clean.slice(i, i + n));
  return out;
}

/** Four-character phrases: long enough that a match is a copied phrase, not a shared word. */
export const phraseShingles = (text: string): Set<string> => charShingles(text, 4);

/**
 * Character bigrams (a cheap fingerprint for near-duplicate paragraphs) of a text already in
 * shingleForm, as sorted distinct 32-bit codes (the two UTF-16 units of a bigram side by side):
 * the set charShingles(text, 2) makes, one number per bigram instead of one string, so that
 * comparing two passages is a merge of two arrays and the garbage collector has nothing to trace.
 */
export function bigramCodes(folded: string): Uint32Array {
  const codes = new Uint32Array(Math.max(0, folded.length - 1));
  for (let i = 0; i < codes.length; i++) codes[i] = ((folded.charCodeAt(i) << 16) | folded.charCodeAt(i + 1)) >>> 0;
  codes.sort();
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (n === 0 || codes[i] !== codes[n - 1]) codes[n++] = codes[i]!;
  return codes.slice(0, n);
}

/** Bigram codes of a text (see bigramCodes). */
export const shingles = (text: string): Uint32Array => bigramCodes(shingleForm(text));

/** How many codes two sorted distinct code lists share. */
function sharedCodes(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Share of `part`'s bigrams found in `whole`'s. */
export function containedShare(part: Uint32Array, whole: Uint32Array): number {
  if (part.length === 0) return 0;
  return sharedCodes(part, whole) / part.length;
}

/** Share of the smaller bigram set contained in the larger: 1 when one text repeats the other. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const small = Math.min(a.length, b.length);
  if (small === 0) return 0;
  return sharedCodes(a, b) / small;
}

/** Length of a phrase (phraseShingles), in UTF-16 code units. */
const PHRASE = 4;

/** A hash of the four code units of a phrase (murmur3's mixing). */
function phraseHash(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(((a << 16) | b) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ ((c << 16) | d), 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The distinct 4-unit slices of a text already in shingleForm (the set phraseShingles makes): an
 * open-addressing table of (hash, slice position) pairs, checked against the text's code units,
 * so that it holds numbers, not a string per slice; in front of it a Bloom filter of ~10 bits per
 * slice (two bits in one 32-bit word), small enough to stay in the processor's cache across a
 * question's candidates, so that most phrases a passage lacks are turned away without touching
 * the table.
 */
export class PhraseTable {
  /** Slot s: its phrase's hash at 2s, its position + 1 at 2s + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly bloom: Int32Array;
  private readonly bloomMask: number;

  constructor(readonly folded: string) {
    let size = 8;
    while (size < 2 * folded.length) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    let words = 4;
    while (words * 4 < folded.length) words *= 2;
    this.bloom = new Int32Array(words);
    this.bloomMask = words - 1;
    for (let at = 0; at + PHRASE <= folded.length; at++) {
      const a = folded.charCodeAt(at);
      const b = folded.charCodeAt(at + 1);
      const c = folded.charCodeAt(at + 2);
      const d = folded.charCodeAt(at + 3);
      const hash = phraseHash(a, b, c, d);
      const slot = this.find(a, b, c, d, hash);
      if (this.slots[2 * slot + 1] === 0) {
        this.slots[2 * slot] = hash;
        this.slots[2 * slot + 1] = at + 1;
        this.bloom[(hash >>> 10) & this.bloomMask]! |= (1 << ((hash >>> 22) & 31)) | (1 << (hash >>> 27));
      }
    }
  }

  /** The slot holding the phrase, or the empty slot where it would go. */
  private find(a: number, b: number, c: number, d: number, hash: number): number {
    const { slots, mask, folded } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slots[2 * slot + 1]! - 1;
      if (at < 0) return slot;
      if (
        slots[2 * slot] === hash &&
        folded.charCodeAt(at) === a &&
        folded.charCodeAt(at + 1) === b &&
        folded.charCodeAt(at + 2) === c &&
        folded.charCodeAt(at + 3) === d
      )
        return slot;
    }
  }

  /** Share of the question's phrases that are slices of this text. */
  share(q: QuestionPhrases): number {
    if (q.size === 0) return 0;
    const { codes } = q;
    const { bloom, bloomMask } = this;
    let n = 0;
    for (let k = 0; k < codes.length; k += 5) {
      const hash = codes[k + 4]!;
      const bits = (1 << ((hash >>> 22) & 31)) | (1 << (hash >>> 27));
      if ((bloom[(hash >>> 10) & bloomMask]! & bits) !== bits) continue;
      if (this.slots[2 * this.find(codes[k]!, codes[k + 1]!, codes[k + 2]!, codes[k + 3]!, hash) + 1] !== 0) n++;
    }
    return n / q.size;
  }
}

/** A question's distinct phrases (phraseShingles), each as its four code units and its hash, for PhraseTable.share. */
export class QuestionPhrases {
  readonly size: number;
  readonly codes: Int32Array;

  constructor(text: string) {
    const phrases = phraseShingles(text);
    this.size = phrases.size;
    this.codes = new Int32Array(5 * phrases.size);
    let k = 0;
    for (const x of phrases) {
      const [a, b, c, d] = [x.charCodeAt(0), x.charCodeAt(1), x.charCodeAt(2), x.charCodeAt(3)];
      this.codes.set([a, b, c, d, phraseHash(a, b, c, d)], k);
      k += 5;
    }
  }
}
