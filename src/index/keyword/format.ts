import { FormatError, packSections, unpackSections } from "../storage/binary.js";

/**
 * The keyword index as flat typed arrays, computed at ingest (see builder.ts) and stored
 * as one binary file: opening an index reads them in one pass and analyses nothing.
 */
export interface KeywordIndexData {
  readonly k1: number;
  readonly b: number;
  /** Per passage: number of terms. */
  readonly lengths: Uint32Array;
  /** Per passage: BM25's length normalisation, k1 · (1 − b + b · length / average length). */
  readonly norms: Float64Array;
  /** Every term, one after the other; term t is termText[termStarts[t] .. termStarts[t + 1]). */
  readonly termText: string;
  readonly termStarts: Uint32Array;
  /** Open-addressing hash table (power-of-two size, linear probing) of term ids; −1 = empty. */
  readonly table: Int32Array;
  /** Per term: BM25 idf. */
  readonly idfs: Float64Array;
  /** Per term: the largest tf·(k1+1)/(tf+norm) over its postings: its score bound before idf and weight. */
  readonly maxImpacts: Float64Array;
  /** Term t's postings are docs/tfs[postingStarts[t] .. postingStarts[t + 1]), passages ascending. */
  readonly postingStarts: Uint32Array;
  readonly docs: Uint32Array;
  readonly tfs: Uint16Array | Uint32Array;
}

export const KEYWORD_MAGIC = "SBKW";
export const KEYWORD_VERSION = 1;

/** The index as the chunks of one binary file (see binary.ts), written by ingest. */
export function encodeKeywordIndex(data: KeywordIndexData): Uint8Array[] {
  const { k1, b, lengths, norms, termText, termStarts, table, idfs, maxImpacts, postingStarts, docs, tfs } = data;
  return packSections(
    KEYWORD_MAGIC,
    KEYWORD_VERSION,
    { k1, b },
    { lengths, norms, termText, termStarts, table, idfs, maxImpacts, postingStarts, docs, tfs },
  );
}

/**
 * Reads an index written by `encodeKeywordIndex`: views into `bytes`, no copy and no parse.
 * Checks that the arrays agree with each other (counts, ascending offsets), so a file damaged
 * past what its checksum caught is refused here rather than misread at query time.
 */
export function decodeKeywordIndex(bytes: Uint8Array): KeywordIndexData {
  const u = unpackSections(bytes, KEYWORD_MAGIC, KEYWORD_VERSION);
  const { k1, b } = u.meta as { k1: unknown; b: unknown };
  if (typeof k1 !== "number" || typeof b !== "number") throw new FormatError("expected numbers k1 and b in the header");
  const data: KeywordIndexData = {
    k1,
    b,
    lengths: u.u32("lengths"),
    norms: u.f64("norms"),
    termText: u.text("termText"),
    termStarts: u.u32("termStarts"),
    table: u.i32("table"),
    idfs: u.f64("idfs"),
    maxImpacts: u.f64("maxImpacts"),
    postingStarts: u.u32("postingStarts"),
    docs: u.u32("docs"),
    tfs: u.uint("tfs"),
  };
  const size = data.lengths.length;
  const terms = data.idfs.length;
  const expect = (ok: boolean, what: string): void => {
    if (!ok) throw new FormatError(what);
  };
  expect(data.norms.length === size, `expected ${size} norms, found ${data.norms.length}`);
  expect(
    data.maxImpacts.length === terms && data.termStarts.length === terms + 1 && data.postingStarts.length === terms + 1,
    `term arrays disagree on the number of terms (${terms})`,
  );
  expect(
    data.table.length >= terms && (data.table.length & (data.table.length - 1)) === 0,
    `expected a power-of-two term table of at least ${terms} slots`,
  );
  expect(
    data.docs.length === data.tfs.length && data.postingStarts[terms] === data.docs.length,
    "postings: offsets and arrays disagree",
  );
  expect(data.termStarts[terms] === data.termText.length, "term text: offsets and text disagree");
  // O(terms) checks only: the file's CRC-32 has already vouched for its bytes, and a posting out of
  // range could only make a score NaN (typed arrays are bounds-checked), never read out of bounds.
  for (let t = 0; t < terms; t++) {
    expect(data.termStarts[t]! <= data.termStarts[t + 1]!, "term offsets are not ascending");
    expect(data.postingStarts[t]! <= data.postingStarts[t + 1]!, "posting offsets are not ascending");
  }
  for (const t of data.table) expect(t >= -1 && t < terms, "term table points outside the terms");
  return data;
}
