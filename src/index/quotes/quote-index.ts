/**
 * The quote checker's paragraph index, built at ingest and stored in the index (`quotes.bin`):
 * each bigram of the checker's normal form (text/quote-form.ts) → the paragraphs holding it, so
 * a quotation is aligned against a dozen paragraphs, not all of them. Built on the first "Find
 * sources" instead, it cost that check ~1–2 s and the engine ~130 MB at 100,000 paragraphs;
 * stored, opening reads 3.3 MB and checks the rest without keeping it.
 *
 * Two files. `quotes.bin` (binary.ts sections): `keys`, every bigram's key as `keysOf` gives it,
 * ascending (a term's number is its rank); `starts`, where each term's postings begin in the
 * postings file (T + 1 byte offsets); its header names the paragraph count and their total
 * length, which opening compares with passages.bin. `quote-postings.bin`: each term's paragraphs
 * ascending as LEB128 varints of the gap minus one (the first, the paragraph number itself):
 * 14 M postings in 15 MB at 100,000 paragraphs, where Uint32 took 57 MB. The postings are read
 * from the file per check (a quotation needs a few dozen terms' postings, from the page cache),
 * not held: 15 MB less resident per engine thread.
 */
import type { Passage } from "../../corpus/types.js";
import { normalizeText, QUOTE_FORM_ID } from "../../text/quote-form.js";
import { FormatError, packSections, unpackSections } from "../storage/binary.js";
import { BigramTerms, forEachTerm } from "./quote-bigrams.js";

const MAGIC = "SBQI";
const VERSION = 2;
/** The form of the files written before quotes.bin recorded it (the first of this version). */
const UNRECORDED_FORM = "nfkc-lower-nospace-fold/bmp-bigram-1";

/** Where a term's postings are read from: the stored file, or bytes in memory. */
export interface PostingSource {
  readonly bytes: number;
  /** Bytes [from, to), valid until the next read. */
  read(from: number, to: number): Uint8Array;
  /** Releases the file (an index in memory has nothing to release). */
  close(): void;
}

export interface QuoteIndex {
  /** Paragraphs indexed. */
  readonly passages: number;
  /** Every bigram key, ascending: term t is `keys[t]`. */
  readonly keys: Float64Array;
  /** Term t's postings are bytes `starts[t] … starts[t + 1]` of `postings`. */
  readonly starts: Uint32Array;
  readonly postings: PostingSource;
}

/** An index as built, its postings in memory. */
export interface BuiltQuoteIndex {
  readonly passages: number;
  readonly keys: Float64Array;
  readonly starts: Uint32Array;
  readonly postings: Uint8Array;
}

/** The index as built, queried in memory. */
export function inMemory(built: BuiltQuoteIndex): QuoteIndex {
  const { postings } = built;
  return {
    ...built,
    postings: { bytes: postings.length, read: (from, to) => postings.subarray(from, to), close: () => undefined },
  };
}

/** Total UTF-16 length of the paragraphs' texts: with their count, what the stored index must agree with. */
function textLength(passages: readonly Pick<Passage, "text">[]): number {
  let n = 0;
  for (const p of passages) n += p.text.length;
  return n;
}

const varintBytes = (x: number): number => (x < 0x80 ? 1 : x < 0x4000 ? 2 : x < 0x200000 ? 3 : x < 0x10000000 ? 4 : 5);

/** Builds the index of `passages` (at ingest; tests and callers without a stored index build it in memory). */
export function buildQuoteIndex(passages: readonly Pick<Passage, "text">[]): BuiltQuoteIndex {
  const terms = new BigramTerms();
  // Each paragraph's distinct terms, in order (one Uint32 per posting), and per term the gap
  // bytes its postings will take: counted as the paragraphs pass, so no posting list is built twice.
  let sequence = new Uint32Array(1 << 16);
  let length = 0;
  const ends = new Uint32Array(passages.length);
  let lastSeen = new Int32Array(1 << 12).fill(-1);
  let bytes = new Uint32Array(1 << 12);
  passages.forEach((p, idx) => {
    forEachTerm(terms, normalizeText(p.text), true, (t) => {
      if (t >= lastSeen.length) {
        const seen = new Int32Array(lastSeen.length * 2).fill(-1);
        seen.set(lastSeen);
        lastSeen = seen;
        const grown = new Uint32Array(bytes.length * 2);
        grown.set(bytes);
        bytes = grown;
      }
      const last = lastSeen[t]!;
      if (last === idx) return;
      bytes[t]! += varintBytes(idx - last - 1);
      lastSeen[t] = idx;
      if (length === sequence.length) {
        const grown = new Uint32Array(sequence.length * 2);
        grown.set(sequence);
        sequence = grown;
      }
      sequence[length++] = t;
    });
    ends[idx] = length;
  });
  const count = terms.count;
  // Terms numbered by key, so a key is found by binary search in the stored file.
  const order = Uint32Array.from({ length: count }, (_, t) => t).sort((a, b) => terms.keyOf(a) - terms.keyOf(b));
  const keys = Float64Array.from(order, (t) => terms.keyOf(t));
  const starts = new Uint32Array(count + 1);
  for (let r = 0; r < count; r++) starts[r + 1] = starts[r]! + bytes[order[r]!]!;
  const fill = new Uint32Array(count);
  for (let r = 0; r < count; r++) fill[order[r]!] = starts[r]!;
  const postings = new Uint8Array(starts[count]!);
  lastSeen.fill(-1);
  let k = 0;
  for (let idx = 0; idx < passages.length; idx++) {
    for (; k < ends[idx]!; k++) {
      const t = sequence[k]!;
      let gap = idx - lastSeen[t]! - 1;
      lastSeen[t] = idx;
      let at = fill[t]!;
      while (gap >= 0x80) {
        postings[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      postings[at++] = gap;
      fill[t] = at;
    }
  }
  return { passages: passages.length, keys, starts, postings };
}

/**
 * The two files' bytes: the term table (`quotes.bin`, which records `form`, the normal form and
 * keys the index was built with; tests write another) and the postings (`quote-postings.bin`).
 */
export function encodeQuoteIndex(
  index: BuiltQuoteIndex,
  passages: readonly Pick<Passage, "text">[],
  form: string = QUOTE_FORM_ID,
): { table: Uint8Array[]; postings: Uint8Array[] } {
  const table = packSections(
    MAGIC,
    VERSION,
    { passages: index.passages, textLength: textLength(passages), form },
    { keys: index.keys, starts: index.starts },
  );
  return { table, postings: [index.postings] };
}

/**
 * Reads an index written by `encodeQuoteIndex` for `passages`; throws FormatError when it was
 * built with another quote form, for other paragraphs (count or total length differ), or its
 * sections disagree. Checks
 * only what costs O(terms): the CRC has vouched for the bytes.
 */
export function decodeQuoteIndex(
  bytes: Uint8Array,
  passages: readonly Pick<Passage, "text">[],
  postings: PostingSource,
): QuoteIndex {
  const u = unpackSections(bytes, MAGIC, VERSION);
  const {
    passages: count,
    textLength: chars,
    form = UNRECORDED_FORM,
  } = u.meta as { passages?: unknown; textLength?: unknown; form?: unknown };
  // Keys of another normal form would match no quotation: refused rather than answering "not found".
  if (form !== QUOTE_FORM_ID)
    throw new FormatError(`quotes.bin: expected quote form ${QUOTE_FORM_ID}, found ${String(form)}`);
  if (count !== passages.length || chars !== textLength(passages)) {
    throw new FormatError(
      `quotes.bin: expected the index of ${passages.length} paragraphs of ${textLength(passages)} characters, found one of ${String(count)} paragraphs of ${String(chars)}`,
    );
  }
  const keys = u.f64("keys");
  const starts = u.u32("starts");
  if (starts.length !== keys.length + 1 || starts[0] !== 0 || starts[keys.length] !== postings.bytes) {
    throw new FormatError(
      `quotes.bin: expected ${keys.length + 1} posting offsets ending at ${postings.bytes} (the postings' length), found ${starts.length} ending at ${starts[starts.length - 1]}`,
    );
  }
  for (let t = 1; t < keys.length; t++) {
    if (!(keys[t - 1]! < keys[t]!) || starts[t]! < starts[t - 1]!)
      throw new FormatError(`quotes.bin: term ${t} is out of order`);
  }
  return { passages: passages.length, keys, starts, postings };
}

/** The term of a key from `keysOf`, or -1 when no paragraph has that bigram. */
export function termOfKey(index: QuoteIndex, key: number): number {
  let lo = 0;
  let hi = index.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = index.keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Calls `visit` with each paragraph of term `t`, ascending. */
export function forEachPosting(index: QuoteIndex, t: number, visit: (passage: number) => void): void {
  const postings = index.postings.read(index.starts[t]!, index.starts[t + 1]!);
  const end = postings.length;
  let idx = -1;
  for (let at = 0; at < end;) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = postings[at++]!;
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    idx += gap + 1;
    if (idx >= index.passages)
      throw new FormatError(`quotes.bin: term ${t} names paragraph ${idx} of ${index.passages}`);
    visit(idx);
  }
}
