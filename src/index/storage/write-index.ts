/**
 * Writes a complete index atomically: data files into a fresh generation folder, then the manifest
 * that names it, replaced by rename (see writeIndex). The reading side is store.ts.
 */
import { sha256Hex } from "../../util/hash.js";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { crc32 } from "node:zlib";
import { isAbsolute, join, relative } from "node:path";
import type { Passage } from "../../corpus/types.js";
import { encodePassages } from "./passages-file.js";
import { encodeKeywordIndex, type KeywordIndexData } from "../keyword/keyword-index.js";
import { fsyncDir, fsyncFile, removeLeftovers, writeFileDurable } from "./durable.js";
import { ANALYZER_ID, INDEX_FORMAT, type FileEntry, type Manifest } from "./manifest.js";
import { type GraphSource } from "../vector/vector-index.js";
import { crc32Hex, entryOf, FILES, MANIFEST, STAGING_PREFIX } from "./files.js";
import { encodeRevisionHistory, REVISIONS_FILE, type RevisionHistory } from "./revisions-file.js";
import type { FileStamp } from "./corpus-stamps.js";

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
  /** Stamps of corpus files taken before ingest read them (corpus-stamps.ts); none: opening hashes every file. */
  readonly corpusStamps?: Readonly<Record<string, FileStamp>>;
  readonly documents: Manifest["documents"];
  readonly passages: readonly Passage[] | StagedFile;
  readonly passageCount: number;
  readonly keyword: KeywordIndexData | StagedFile;
  /** The translation vocabulary, encoded (index/vocabulary.ts: encodeVocabulary). */
  readonly vocabulary: readonly Uint8Array[];
  /** The reverse dictionary's gloss table, encoded (../../translate/reverse-file.ts: encodeReverseFile). */
  readonly reverse: readonly Uint8Array[];
  /** The quote checker's bigram index, encoded (../quotes/quote-index.ts: encodeQuoteIndex). */
  readonly quotes: { readonly table: readonly Uint8Array[]; readonly postings: readonly Uint8Array[] };
  /** The near-copy groups, encoded (../copies/copies-file.ts: encodeCopies). */
  readonly copies?: readonly Uint8Array[];
  /** The vector graphs built by ingest (they hold the vectors: the one copy written). */
  readonly vectors: GraphSource;
  readonly embedder: { readonly id: string; readonly dims: number };
  /** Older texts of changed and removed paragraphs (written only when there are some). */
  readonly revisions?: RevisionHistory;
}

/**
 * Writes a file from chunks and returns its manifest entry, checksummed from the chunks in
 * memory rather than by reading the file back.
 */
function writeChunks(path: string, chunks: readonly Uint8Array[]): FileEntry {
  writeFileDurable(path, chunks);
  let crc = 0;
  let bytes = 0;
  for (const c of chunks) {
    // zlib.crc32 returns 0, not the running value, for an empty view of an empty buffer (Node
    // 20: Uint32Array.from([]) of an English-only corpus's katakana counts), which made the
    // manifest's checksum wrong and the index unreadable.
    if (c.byteLength > 0) crc = crc32(c, crc);
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
    [FILES.reverse]: contents.reverse,
    [FILES.quotes]: contents.quotes.table,
    [FILES.quotePostings]: contents.quotes.postings,
    ...(contents.copies ? { [FILES.copies]: contents.copies } : {}),
  };
  if (contents.revisions && Object.keys(contents.revisions).length > 0)
    blobs[REVISIONS_FILE] = encodeRevisionHistory(contents.revisions);
  // A killed ingest leaves its staging folder behind; nothing else would ever remove it.
  removeLeftovers(indexDir, [STAGING_PREFIX, `${MANIFEST}.tmp-`]);
  const staging = join(indexDir, `${STAGING_PREFIX}${process.pid}-${Date.now()}`);
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
    const generation = `g-${sha256Hex(
      JSON.stringify(
        Object.keys(files)
          .sort()
          .map((name) => [name, files[name]]),
      ),
    ).slice(0, 16)}`;
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
      corpus: {
        dir: isAbsolute(corpusRel) ? contents.corpusDir : corpusRel || ".",
        files: contents.corpusFiles,
        // Only of files whose hash is recorded: a stamp vouches for that hash.
        ...(contents.corpusStamps
          ? {
              stamps: Object.fromEntries(
                Object.entries(contents.corpusStamps).filter(([f]) => f in contents.corpusFiles),
              ),
            }
          : {}),
      },
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
