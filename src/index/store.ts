import { sha256Hex, sha256Incremental } from "../util/hash.js";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync } from "node:fs";
import { crc32 } from "node:zlib";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Passage } from "../corpus/types.js";
import { SummitError } from "../errors.js";
import { FormatError } from "./binary.js";
import { decodePassages, encodePassages } from "./passages-file.js";
import { decodeQuoteIndex, type PostingSource, type QuoteIndex } from "./quote-index.js";
import { decodeKeywordIndex, encodeKeywordIndex, KeywordIndex, type KeywordIndexData } from "./keyword.js";
import { fsyncDir, fsyncFile, removeLeftovers, writeFileDurable } from "./durable.js";
import { ANALYZER_ID, INDEX_FORMAT, type FileEntry, type Manifest } from "./manifest.js";
import { manifestProblem } from "./manifest-check.js";
import { graphShardOf, VectorIndex, type GraphSource } from "./vector.js";

export const MANIFEST = "manifest.json";
/** Names of in-progress files and folders in the index folder (followed by the writer's pid); see removeLeftovers. */
export const STAGING_PREFIX = ".staging-";
const STAGING = STAGING_PREFIX;
// The vectors are stored once, inside the HNSW graph files (vectors.hnsw, vectors.1.hnsw, …; see
// vector.ts); vectors.f32 held a second copy before format 2.
const FILES = { passages: "passages.bin", keyword: "keyword.bin", vocabulary: "vocabulary.bin", quotes: "quotes.bin", quotePostings: "quote-postings.bin" } as const;

export interface IndexData {
  readonly manifest: Manifest;
  readonly passages: readonly Passage[];
  readonly keyword: KeywordIndex;
  /** The translation vocabulary's file (index/vocabulary.ts decodes it; the engine does, for the English planner). */
  readonly vocabulary: Uint8Array;
  readonly vectors: VectorIndex;
  /** The quote checker's bigram index (quote-index.ts); its postings stay in their file, open until `quotes.postings.close()`. */
  readonly quotes: QuoteIndex;
}

/**
 * A data file already written by ingest as it streamed (in the index folder, under a staging
 * name, so a killed ingest's is swept as a leftover): moved into the new generation, not rewritten.
 */
export interface StagedFile {
  readonly staged: string;
}

const isStaged = (x: object): x is StagedFile => typeof (x as Partial<StagedFile>).staged === "string";

export interface IndexContents {
  readonly corpusDir: string;
  readonly corpusFiles: Readonly<Record<string, string>>;
  readonly documents: Manifest["documents"];
  readonly passages: readonly Passage[] | StagedFile;
  readonly passageCount: number;
  readonly keyword: KeywordIndexData | StagedFile;
  /** The translation vocabulary, encoded (index/vocabulary.ts: encodeVocabulary). */
  readonly vocabulary: readonly Uint8Array[];
  /** The quote checker's bigram index, encoded (quote-index.ts: encodeQuoteIndex). */
  readonly quotes: { readonly table: readonly Uint8Array[]; readonly postings: readonly Uint8Array[] };
  /** The vector graphs built by ingest (they hold the vectors: the one copy written). */
  readonly vectors: GraphSource;
  readonly embedder: { readonly id: string; readonly dims: number };
}

const crc32Hex = (value: number): string => value.toString(16).padStart(8, "0");

/**
 * Writes a file from chunks and returns its manifest entry, checksummed from the chunks in
 * memory rather than by reading the file back.
 */
function writeChunks(path: string, chunks: readonly Uint8Array[]): FileEntry {
  writeFileDurable(path, chunks);
  let crc = 0;
  let bytes = 0;
  for (const c of chunks) {
    // Node's zlib.crc32 returns 0, not the running value, for a view of an empty ArrayBuffer (an
    // empty section: an English-only corpus has no katakana words), which reset the checksum.
    if (c.byteLength === 0) continue;
    crc = crc32(c, crc);
    bytes += c.byteLength;
  }
  return { bytes, sha256: sha256Hex(chunks), crc32: crc32Hex(crc) };
}

/**
 * Writes a complete index. Data files go to a fresh generation folder; the manifest that points
 * at it is then replaced by rename, which is atomic: a reader sees the old index or the new one,
 * never half of each, and a crash mid-write leaves the old index in place.
 */
export function writeIndex(indexDir: string, contents: IndexContents): Manifest {
  mkdirSync(indexDir, { recursive: true });
  const { passages, keyword } = contents;
  // In the manifest's order (its bytes name the generation).
  const blobs: Record<string, readonly Uint8Array[] | StagedFile> = {
    [FILES.passages]: isStaged(passages) ? passages : encodePassages(passages),
    [FILES.keyword]: isStaged(keyword) ? keyword : encodeKeywordIndex(keyword),
    [FILES.vocabulary]: contents.vocabulary,
    [FILES.quotes]: contents.quotes.table,
    [FILES.quotePostings]: contents.quotes.postings,
  };
  // A killed ingest leaves its staging folder behind; nothing else would ever remove it.
  removeLeftovers(indexDir, [STAGING, `${MANIFEST}.tmp-`]);
  const staging = join(indexDir, `${STAGING}${process.pid}-${Date.now()}`);
  mkdirSync(staging);
  try {
    // Every data file reaches the disk before the manifest naming it does (a power cut cannot leave a manifest over partial files).
    const files: Record<string, FileEntry> = {};
    for (const [name, blob] of Object.entries(blobs)) {
      if (!isStaged(blob)) {
        files[name] = writeChunks(join(staging, name), blob);
        continue;
      }
      renameSync(blob.staged, join(staging, name));
      fsyncFile(join(staging, name));
      files[name] = entryOf(join(staging, name));
    }
    // The graph files are written by hnswlib (or moved in, built by ingest's threads): checksummed from the disk.
    for (const name of contents.vectors.writeTo(staging)) {
      fsyncFile(join(staging, name));
      files[name] = entryOf(join(staging, name));
    }
    fsyncDir(staging);
    // Named by content, so rebuilding an unchanged corpus reproduces the same index.
    const generation = `g-${sha256Hex(JSON.stringify(Object.keys(files).sort().map((name) => [name, files[name]]))).slice(0, 16)}`;
    const target = join(indexDir, generation);
    // The same generation already in place (an unchanged corpus) is the live index: keep it rather
    // than delete it before the rename, which would leave the manifest pointing at nothing meanwhile.
    if (!existsSync(target) || !sameFiles(target, files)) {
      rmSync(target, { recursive: true, force: true });
      renameSync(staging, target);
      fsyncDir(indexDir);
    }
    const corpusRel = relative(indexDir, contents.corpusDir);
    const manifest: Manifest = {
      format: INDEX_FORMAT,
      analyzer: ANALYZER_ID,
      embedder: contents.embedder,
      generation,
      files,
      corpus: { dir: isAbsolute(corpusRel) ? contents.corpusDir : corpusRel || ".", files: contents.corpusFiles },
      documents: contents.documents,
      passages: contents.passageCount,
    };
    const tmp = join(indexDir, `${MANIFEST}.tmp-${process.pid}`);
    writeFileDurable(tmp, JSON.stringify(manifest, null, 1) + "\n");
    renameSync(tmp, join(indexDir, MANIFEST));
    fsyncDir(indexDir);
    for (const name of readdirSync(indexDir)) {
      if (name.startsWith("g-") && name !== generation) rmSync(join(indexDir, name), { recursive: true, force: true });
    }
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** True when every data file in `dir` has the size and checksum listed. */
function sameFiles(dir: string, files: Readonly<Record<string, FileEntry>>): boolean {
  return Object.entries(files).every(([name, entry]) => {
    const path = join(dir, name);
    if (!existsSync(path)) return false;
    const found = entryOf(path);
    return found.bytes === entry.bytes && found.sha256 === entry.sha256;
  });
}

/** A file's manifest entry, read from the disk in chunks (never whole: the largest files are hundreds of MB). */
function entryOf(path: string): FileEntry {
  const sha = sha256Incremental();
  const { bytes, crc } = readInChunks(path, STREAM_CHUNK, (chunk) => sha.update(chunk));
  return { bytes, sha256: sha.hex(), crc32: crc32Hex(crc) };
}

/** Reads a file through one reused buffer of `size` bytes, handing each chunk to `sink` in order; returns its length and CRC-32. */
function readInChunks(path: string, size: number, sink: (chunk: Uint8Array) => void, keepOpen?: (fd: number) => void): { bytes: number; crc: number } {
  const buffer = Buffer.allocUnsafe(size);
  const fd = openSync(path, "r");
  let kept = false;
  let crc = 0;
  let bytes = 0;
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, bytes);
      if (n === 0) break;
      const chunk = buffer.subarray(0, n);
      crc = crc32(chunk, crc);
      bytes += n;
      sink(chunk);
    }
    if (keepOpen) {
      keepOpen(fd);
      kept = true;
    }
  } finally {
    if (!kept) closeSync(fd);
  }
  return { bytes, crc };
}

/** The one wording for a damaged index, with the command that rebuilds it. */
export const corrupt = (indexDir: string, detail: string) =>
  new SummitError("INDEX_CORRUPT", `index at ${indexDir} is damaged (${detail}); rebuild it with \`summit-bot ingest --index ${indexDir}\``);

export function readManifest(indexDir: string): Manifest {
  const path = join(indexDir, MANIFEST);
  if (!existsSync(path)) {
    throw new SummitError("INDEX_MISSING", `expected an index at ${indexDir} (${MANIFEST}), found none; build it with \`summit-bot ingest --index ${indexDir}\``);
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
  } catch (err) {
    throw corrupt(indexDir, `${MANIFEST} is not valid JSON: ${(err as Error).message}`);
  }
  if (manifest?.format !== INDEX_FORMAT || manifest.analyzer !== ANALYZER_ID) {
    const shown = (v: unknown) => (typeof v === "number" || (typeof v === "string" && v.length <= 40) ? String(v) : typeof v);
    throw new SummitError(
      "INDEX_CORRUPT",
      `index at ${indexDir} has format ${shown(manifest?.format)}/${shown(manifest?.analyzer)}, expected ${INDEX_FORMAT}/${ANALYZER_ID}; rebuild it with \`summit-bot ingest --index ${indexDir}\``,
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
  if (data.length !== entry.bytes) throw corrupt(indexDir, `${name}: expected ${entry.bytes} bytes, found ${data.length}`);
  if (crc32Hex(crc32(data)) !== entry.crc32) throw corrupt(indexDir, `${name}: contents do not match the manifest's checksum`);
  return data;
}

/** A data file's path and manifest entry; INDEX_CORRUPT when it is not listed or missing. */
function dataFile(indexDir: string, manifest: Manifest, name: string): { path: string; entry: FileEntry } {
  const entry = manifest.files[name];
  const path = resolve(indexDir, manifest.generation, name);
  // manifestProblem already allows only plain names; this keeps that promise where the path is used.
  if (!path.startsWith(resolve(indexDir) + sep)) throw corrupt(indexDir, `${name}: the manifest points outside the index folder`);
  if (!entry) throw corrupt(indexDir, `the manifest lists no ${name}`);
  if (!existsSync(path)) throw corrupt(indexDir, `${manifest.generation}/${name} is missing`);
  return { path, entry };
}

const STREAM_CHUNK = 4 << 20;

/**
 * Reads a data file in chunks (one 4 MB buffer, reused), handing each to `sink` in order, and
 * checks size and CRC-32 as readChecked does once it has read the whole file: for files whose
 * contents are copied elsewhere as they are read (the vector graphs), so none is held whole.
 * A sink may stop early by throwing; nothing is then verified.
 */
function streamChecked(indexDir: string, manifest: Manifest, name: string, sink: (chunk: Uint8Array) => void, keepOpen?: (fd: number) => void): void {
  const { path, entry } = dataFile(indexDir, manifest, name);
  let fd: number | undefined;
  const { bytes, crc } = readInChunks(path, Math.min(STREAM_CHUNK, Math.max(1, entry.bytes)), sink, keepOpen && ((f) => (fd = f)));
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

/**
 * The quote checker's postings file, checked whole (size and CRC-32, read in chunks and not kept)
 * and then read per term through the same descriptor: the file is never held in memory, and a
 * newer ingest that removes this generation's folder cannot take it away from an engine serving it.
 */
function postingsFile(indexDir: string, manifest: Manifest): PostingSource {
  let fd = -1;
  streamChecked(indexDir, manifest, FILES.quotePostings, () => undefined, (f) => (fd = f));
  const bytes = manifest.files[FILES.quotePostings]!.bytes;
  let buffer = Buffer.allocUnsafe(64 << 10);
  const source: PostingSource = {
    bytes,
    read(from, to) {
      if (fd < 0) throw new Error(`quote index of ${indexDir} is closed`);
      if (to - from > buffer.length) buffer = Buffer.allocUnsafe(to - from);
      for (let at = from; at < to; ) {
        const n = readSync(fd, buffer, at - from, to - at, at);
        if (n === 0) throw corrupt(indexDir, `${FILES.quotePostings}: ended at ${at} bytes, expected ${bytes}`);
        at += n;
      }
      return buffer.subarray(0, to - from);
    },
    close() {
      if (fd < 0) return;
      unclosed.unregister(source);
      closeSync(fd);
      fd = -1;
    },
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
    throw corrupt(indexDir, `expected vector graphs vectors.hnsw, vectors.1.hnsw, … in the manifest, found ${JSON.stringify(names)}`);
  }
  return names;
}

/** The vectors of an index, or INDEX_CORRUPT when a graph file does not hold what the manifest says. */
function readVectors(indexDir: string, manifest: Manifest): VectorIndex {
  const names = graphNamesOf(indexDir, manifest);
  const paths = names.map((name) => dataFile(indexDir, manifest, name).path);
  try {
    return VectorIndex.read(paths, manifest.embedder.dims, (g, sink) => streamChecked(indexDir, manifest, names[g]!, sink));
  } catch (err) {
    if (err instanceof SummitError) throw err;
    throw corrupt(indexDir, (err as Error).message);
  }
}

export function readIndex(indexDir: string): IndexData {
  const manifest = readManifest(indexDir);
  let passages: Passage[];
  let keywordData: KeywordIndexData;
  let quotes: QuoteIndex;
  const passagesRaw = readChecked(indexDir, manifest, FILES.passages);
  const keywordRaw = readChecked(indexDir, manifest, FILES.keyword);
  const vocabulary = readChecked(indexDir, manifest, FILES.vocabulary);
  const quotesRaw = readChecked(indexDir, manifest, FILES.quotes);
  try {
    passages = decodePassages(passagesRaw);
    keywordData = decodeKeywordIndex(keywordRaw);
  } catch (err) {
    if (err instanceof SyntaxError || err instanceof FormatError) throw corrupt(indexDir, (err as Error).message);
    throw err;
  }
  if (passages.length !== manifest.passages || keywordData.lengths.length !== passages.length) {
    throw corrupt(indexDir, `expected ${manifest.passages} passages, found ${passages.length}`);
  }
  const vectors = readVectors(indexDir, manifest);
  if (vectors.size !== passages.length) throw corrupt(indexDir, `vector graphs: expected ${passages.length} vectors, found ${vectors.size}`);
  // Last: the postings file stays open from here (closed again if its table does not fit).
  const postings = postingsFile(indexDir, manifest);
  try {
    quotes = decodeQuoteIndex(quotesRaw, passages, postings);
  } catch (err) {
    postings.close();
    if (err instanceof FormatError) throw corrupt(indexDir, err.message);
    throw err;
  }
  return { manifest, passages, keyword: new KeywordIndex(keywordData), vocabulary, vectors, quotes };
}

/** The stored vectors, by passage id, for reuse when re-ingesting with the same embedder. */
export function readStoredVectors(indexDir: string): { manifest: Manifest; byPassage: Map<string, Float32Array> } | undefined {
  try {
    const manifest = readManifest(indexDir);
    const passages = decodePassages(readChecked(indexDir, manifest, FILES.passages));
    // The vectors only: the graphs themselves are rebuilt, so hnswlib never loads them here.
    const names = graphNamesOf(indexDir, manifest);
    const dims = manifest.embedder.dims;
    const { rows } = VectorIndex.readRows(names.length, dims, (g, sink) => streamChecked(indexDir, manifest, names[g]!, sink));
    if (rows.length !== passages.length * dims) return undefined;
    const byPassage = new Map<string, Float32Array>();
    passages.forEach((p, i) => byPassage.set(p.id, rows.slice(i * dims, (i + 1) * dims)));
    return { manifest, byPassage };
  } catch {
    return undefined;
  }
}

/** The corpus folder an index was built from, resolved against the index folder. */
export function corpusDirOf(indexDir: string, manifest: Manifest): string {
  return resolve(indexDir, manifest.corpus.dir);
}
