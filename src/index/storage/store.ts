import { closeSync, existsSync, readFileSync, readSync } from "node:fs";
import { crc32 } from "node:zlib";
import { join, resolve, sep } from "node:path";
import type { Passage } from "../../corpus/types.js";
import { SummitError } from "../../errors.js";
import { FormatError } from "./binary.js";
import { decodePassages } from "./passages-file.js";
import { decodeQuoteIndex, type PostingSource, type QuoteIndex } from "../quotes/quote-index.js";
import { decodeKeywordIndex, KeywordIndex, type KeywordIndexData } from "../keyword/keyword-index.js";
import { ANALYZER_ID, INDEX_FORMAT, type FileEntry, type Manifest } from "./manifest.js";
import { manifestProblem } from "./manifest-check.js";
import { graphShardOf, VectorIndex } from "../vector/vector-index.js";
import { crc32Hex, FILES, MANIFEST, readInChunks, STREAM_CHUNK } from "./files.js";
import { corpusDirOf, rebuildHint } from "./rebuild-command.js";
import { decodeRevisionHistory, REVISIONS_FILE, type RevisionHistory } from "./revisions-file.js";
import { CopyGroups, decodeCopies } from "../copies/copies-file.js";

export interface IndexData {
  readonly manifest: Manifest;
  readonly passages: readonly Passage[];
  readonly keyword: KeywordIndex;
  /**
   * The translation vocabulary's file, open and checked, read a range at a time
   * (index/vocabulary-file.ts: openVocabulary; the engine does, for the English planner); open until `vocabulary.close()`.
   */
  readonly vocabulary: PostingSource;
  /**
   * The reverse dictionary's file (reverse.bin: ../../translate/reverse-file.ts), read and checked
   * when called; the engine decodes it once at open, so the file's bytes are not kept.
   */
  readReverse(): Buffer;
  readonly vectors: VectorIndex;
  /** The quote checker's bigram index (../quotes/quote-index.ts); its postings stay in their file, open until `quotes.postings.close()`. */
  readonly quotes: QuoteIndex;
  /** Older texts of changed and removed paragraphs, by article (empty when none changed). */
  readonly revisions: RevisionHistory;
  /** Near-copy paragraph groups (none for an index written before copies.bin existed). */
  readonly copies: CopyGroups;
}

/** The one wording for a damaged index, with the command that rebuilds it from its own corpus. */
export const corrupt = (indexDir: string, detail: string) =>
  new SummitError("INDEX_CORRUPT", `index at ${indexDir} is damaged (${detail}); ${rebuildHint(indexDir)}`);

export function readManifest(indexDir: string): Manifest {
  const path = join(indexDir, MANIFEST);
  if (!existsSync(path)) {
    throw new SummitError(
      "INDEX_MISSING",
      `expected an index at ${indexDir} (${MANIFEST}), found none; ${rebuildHint(indexDir, "build")}`,
    );
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
  } catch (err) {
    throw corrupt(indexDir, `${MANIFEST} is not valid JSON: ${(err as Error).message}`);
  }
  if (manifest?.format !== INDEX_FORMAT || manifest.analyzer !== ANALYZER_ID) {
    const shown = (v: unknown) =>
      typeof v === "number" || (typeof v === "string" && v.length <= 40) ? String(v) : typeof v;
    throw new SummitError(
      "INDEX_CORRUPT",
      `index at ${indexDir} has format ${shown(manifest?.format)}/${shown(manifest?.analyzer)}, expected ${INDEX_FORMAT}/${ANALYZER_ID}; ${rebuildHint(indexDir)}`,
    );
  }
  const problem = manifestProblem(manifest);
  if (problem) throw corrupt(indexDir, `${MANIFEST}: ${problem}`);
  return manifest;
}

/**
 * Reads a data file and checks it against the manifest's size and CRC-32. Opening checks CRC-32
 * rather than sha256: it catches the damage an index meets (truncation, torn or flipped bytes)
 * at about a third of the cost (measured here: 0.27 s against 0.9 s per 200 MB), and opening
 * reads every byte anyway. sha256 stays in the manifest, for naming generations at ingest.
 */
function readChecked(indexDir: string, manifest: Manifest, name: string): Buffer {
  const { path, entry } = dataFile(indexDir, manifest, name);
  const data = readFileSync(path);
  if (data.length !== entry.bytes)
    throw corrupt(indexDir, `${name}: expected ${entry.bytes} bytes, found ${data.length}`);
  if (crc32Hex(crc32(data)) !== entry.crc32)
    throw corrupt(indexDir, `${name}: contents do not match the manifest's checksum`);
  return data;
}

/** A data file's path and manifest entry; INDEX_CORRUPT when it is not listed or missing. */
function dataFile(indexDir: string, manifest: Manifest, name: string): { path: string; entry: FileEntry } {
  const entry = manifest.files[name];
  const path = resolve(indexDir, manifest.generation, name);
  // manifestProblem already allows only plain names; this keeps that promise where the path is used.
  if (!path.startsWith(resolve(indexDir) + sep))
    throw corrupt(indexDir, `${name}: the manifest points outside the index folder`);
  if (!entry) throw corrupt(indexDir, `the manifest lists no ${name}`);
  if (!existsSync(path)) throw corrupt(indexDir, `${manifest.generation}/${name} is missing`);
  return { path, entry };
}

/**
 * Reads a data file in chunks (one 4 MB buffer, reused), handing each to `sink` in order, and
 * checks size and CRC-32 as readChecked does once it has read the whole file: for files whose
 * contents are copied elsewhere as they are read (the vector graphs), so none is held whole.
 * A sink may stop early by throwing; nothing is then verified.
 */
function streamChecked(
  indexDir: string,
  manifest: Manifest,
  name: string,
  sink: (chunk: Uint8Array) => void,
  keepOpen?: (fd: number) => void,
): void {
  const { path, entry } = dataFile(indexDir, manifest, name);
  let fd: number | undefined;
  const { bytes, crc } = readInChunks(
    path,
    Math.min(STREAM_CHUNK, Math.max(1, entry.bytes)),
    sink,
    keepOpen && ((f) => (fd = f)),
  );
  const fail = (detail: string) => {
    if (fd !== undefined) closeSync(fd);
    return corrupt(indexDir, `${name}: ${detail}`);
  };
  if (bytes !== entry.bytes) throw fail(`expected ${entry.bytes} bytes, found ${bytes}`);
  if (crc32Hex(crc) !== entry.crc32) throw fail("contents do not match the manifest's checksum");
  if (fd !== undefined) keepOpen!(fd);
}

// A postings file whose index was dropped without close() (a test, a one-off read) is closed when collected.
const unclosed = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
});

/** Reads at most this much into the buffer a file source keeps; a longer read (a whole section) gets one of its own. */
const KEPT_READ_BUFFER = 1 << 20;

/**
 * A data file checked whole (size and CRC-32, read in chunks and not kept) and then read a range
 * at a time through the same descriptor: the file is never held in memory, and a newer ingest
 * that removes this generation's folder cannot take it away from an engine serving it. The quote
 * checker's postings are read per term so, the vocabulary's pair positions per lookup.
 */
function fileSource(indexDir: string, manifest: Manifest, name: string): PostingSource {
  let fd = -1;
  streamChecked(
    indexDir,
    manifest,
    name,
    () => undefined,
    (f) => (fd = f),
  );
  const bytes = manifest.files[name]!.bytes;
  let buffer = Buffer.allocUnsafe(64 << 10);
  const source: PostingSource = {
    bytes,
    read(from, to) {
      if (fd < 0) throw new Error(`${name} of ${indexDir} is closed`);
      if (to - from > buffer.length) {
        const fresh = Buffer.allocUnsafeSlow(to - from);
        if (fresh.length <= KEPT_READ_BUFFER) buffer = fresh;
        else return readRange(fd, fresh, from, to);
      }
      return readRange(fd, buffer, from, to);
    },
    close() {
      if (fd < 0) return;
      unclosed.unregister(source);
      closeSync(fd);
      fd = -1;
    },
  };
  const readRange = (f: number, into: Buffer, from: number, to: number): Uint8Array => {
    for (let at = from; at < to;) {
      const n = readSync(f, into, at - from, to - at, at);
      if (n === 0) throw corrupt(indexDir, `${name}: ended at ${at} bytes, expected ${bytes}`);
      at += n;
    }
    return into.subarray(0, to - from);
  };
  unclosed.register(source, fd, source);
  return source;
}

/** The vector graph files the manifest lists, in shard order (at least one). */
function graphNamesOf(indexDir: string, manifest: Manifest): string[] {
  const names = Object.keys(manifest.files)
    .filter((name) => graphShardOf(name) !== undefined)
    .sort((a, b) => graphShardOf(a)! - graphShardOf(b)!);
  if (names.length === 0 || names.some((name, i) => graphShardOf(name) !== i)) {
    throw corrupt(
      indexDir,
      `expected vector graphs vectors.hnsw, vectors.1.hnsw, … in the manifest, found ${JSON.stringify(names)}`,
    );
  }
  return names;
}

/** The vectors of an index, or INDEX_CORRUPT when a graph file does not hold what the manifest says. */
function readVectors(indexDir: string, manifest: Manifest): VectorIndex {
  const names = graphNamesOf(indexDir, manifest);
  const paths = names.map((name) => dataFile(indexDir, manifest, name).path);
  try {
    return VectorIndex.read(paths, manifest.embedder.dims, (g, sink) =>
      streamChecked(indexDir, manifest, names[g]!, sink),
    );
  } catch (err) {
    if (err instanceof SummitError) throw err;
    throw corrupt(indexDir, (err as Error).message);
  }
}

export function readIndex(indexDir: string): IndexData {
  const manifest = readManifest(indexDir);
  const { passages, revisions, copies } = readLookupParts(indexDir, manifest);
  let keywordData: KeywordIndexData;
  let quotes: QuoteIndex;
  const keywordRaw = readChecked(indexDir, manifest, FILES.keyword);
  const quotesRaw = readChecked(indexDir, manifest, FILES.quotes);
  try {
    keywordData = decodeKeywordIndex(keywordRaw);
  } catch (err) {
    if (err instanceof SyntaxError || err instanceof FormatError) throw corrupt(indexDir, (err as Error).message);
    throw err;
  }
  if (keywordData.lengths.length !== passages.length) {
    throw corrupt(
      indexDir,
      `expected ${manifest.passages} passages, found ${keywordData.lengths.length} in the keyword index`,
    );
  }
  const vectors = readVectors(indexDir, manifest);
  if (vectors.size !== passages.length)
    throw corrupt(indexDir, `vector graphs: expected ${passages.length} vectors, found ${vectors.size}`);
  // Read when the engine asks (it decodes it once); its entry is checked now: a format-4 manifest always lists it.
  dataFile(indexDir, manifest, FILES.reverse);
  // Last: the vocabulary and postings files stay open from here (closed again if the quote table does not fit).
  const vocabulary = fileSource(indexDir, manifest, FILES.vocabulary);
  let postings: PostingSource | undefined;
  try {
    postings = fileSource(indexDir, manifest, FILES.quotePostings);
    quotes = decodeQuoteIndex(quotesRaw, passages, postings);
  } catch (err) {
    vocabulary.close();
    postings?.close();
    if (err instanceof FormatError) throw corrupt(indexDir, err.message);
    throw err;
  }
  return {
    manifest,
    passages,
    keyword: new KeywordIndex(keywordData),
    vocabulary,
    readReverse: () => readChecked(indexDir, manifest, FILES.reverse),
    vectors,
    quotes,
    revisions,
    copies,
  };
}

/** What the lookups by id need (engine/open-lookup.ts), without the search's files: read and checked as readIndex does. */
export function readLookupData(indexDir: string): Pick<IndexData, "manifest" | "passages" | "revisions" | "copies"> {
  const manifest = readManifest(indexDir);
  return { manifest, ...readLookupParts(indexDir, manifest) };
}

/** The paragraphs, the older texts of changed and removed ones and the copy groups, checked against the manifest. */
function readLookupParts(indexDir: string, manifest: Manifest): Pick<IndexData, "passages" | "revisions" | "copies"> {
  const passagesRaw = readChecked(indexDir, manifest, FILES.passages);
  const copiesRaw = manifest.files[FILES.copies] ? readChecked(indexDir, manifest, FILES.copies) : undefined;
  let passages: Passage[];
  let revisions: RevisionHistory = {};
  let copies: CopyGroups;
  try {
    passages = decodePassages(passagesRaw);
    if (manifest.files[REVISIONS_FILE])
      revisions = decodeRevisionHistory(readChecked(indexDir, manifest, REVISIONS_FILE));
    copies = copiesRaw ? decodeCopies(copiesRaw, passages.length) : CopyGroups.none();
  } catch (err) {
    if (err instanceof SyntaxError || err instanceof FormatError) throw corrupt(indexDir, (err as Error).message);
    throw err;
  }
  if (passages.length !== manifest.passages)
    throw corrupt(indexDir, `expected ${manifest.passages} passages, found ${passages.length}`);
  return { passages, revisions, copies };
}

/** The stored vectors, by passage id, for reuse when re-ingesting with the same embedder. */
export function readStoredVectors(
  indexDir: string,
): { manifest: Manifest; byPassage: Map<string, Float32Array> } | undefined {
  try {
    const manifest = readManifest(indexDir);
    const passages = decodePassages(readChecked(indexDir, manifest, FILES.passages));
    // The vectors only: the graphs themselves are rebuilt, so hnswlib never loads them here.
    const names = graphNamesOf(indexDir, manifest);
    const dims = manifest.embedder.dims;
    const { rows } = VectorIndex.readRows(names.length, dims, (g, sink) =>
      streamChecked(indexDir, manifest, names[g]!, sink),
    );
    if (rows.length !== passages.length * dims) return undefined;
    const byPassage = new Map<string, Float32Array>();
    passages.forEach((p, i) => byPassage.set(p.id, rows.slice(i * dims, (i + 1) * dims)));
    return { manifest, byPassage };
  } catch {
    return undefined;
  }
}

/** The passages of the index in `indexDir` (checked against its manifest), or undefined when there is no readable index. */
export function readStoredPassages(indexDir: string, manifest: Manifest): readonly Passage[] | undefined {
  try {
    return decodePassages(readChecked(indexDir, manifest, FILES.passages));
  } catch {
    return undefined;
  }
}

/** The corpus folder an index was built from, resolved against the index folder. */
export { corpusDirOf };
