/**
 * The index folder's file names and each data file's manifest entry (bytes, sha256, CRC-32), read
 * from the disk in chunks: what the writer records and the reader checks.
 */
import { sha256Incremental } from "../../util/hash.js";
import { closeSync, openSync, readSync } from "node:fs";
import { crc32 } from "node:zlib";
import { type FileEntry } from "./manifest.js";

export const MANIFEST = "manifest.json";
/** Names of in-progress files and folders in the index folder (followed by the writer's pid); see removeLeftovers. */
export const STAGING_PREFIX = ".staging-";

// The vectors are stored once, inside the HNSW graph files (vectors.hnsw, vectors.1.hnsw, …; see
// vector/vector-index.ts); vectors.f32 held a second copy before format 2.
export const FILES = {
  passages: "passages.bin",
  keyword: "keyword.bin",
  vocabulary: "vocabulary.bin",
  quotes: "quotes.bin",
  quotePostings: "quote-postings.bin",
  /** The dictionary read Japanese → English for the archive's English paragraphs (../../translate/reverse-file.ts; format 4). */
  reverse: "reverse.bin",
  /** Near-copy paragraph groups (../copies/copies-file.ts); optional: an index written before it existed has none. */
  copies: "copies.bin",
} as const;

export const crc32Hex = (value: number): string => value.toString(16).padStart(8, "0");

export const STREAM_CHUNK = 4 << 20;

/** A file's manifest entry, read from the disk in chunks (never whole: the largest files are hundreds of MB). */
export function entryOf(path: string): FileEntry {
  const sha = sha256Incremental();
  const { bytes, crc } = readInChunks(path, STREAM_CHUNK, (chunk) => sha.update(chunk));
  return { bytes, sha256: sha.hex(), crc32: crc32Hex(crc) };
}

/** Reads a file through one reused buffer of `size` bytes, handing each chunk to `sink` in order; returns its length and CRC-32. */
export function readInChunks(
  path: string,
  size: number,
  sink: (chunk: Uint8Array) => void,
  keepOpen?: (fd: number) => void,
): { bytes: number; crc: number } {
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
