import type { DocumentMeta } from "../../corpus/types.js";
import type { FileStamp } from "./corpus-stamps.js";

/** Bumped whenever the on-disk layout or the analyzer changes; older indexes are refused (4: reverse.bin). */
export const INDEX_FORMAT = 4;
export const ANALYZER_ID = "ngram12-v1";

export interface FileEntry {
  readonly bytes: number;
  readonly sha256: string;
  /** CRC-32 (hex), what opening checks (see store.readChecked). */
  readonly crc32: string;
}

export interface Manifest {
  readonly format: number;
  readonly analyzer: string;
  readonly embedder: { readonly id: string; readonly dims: number };
  /** Sub-folder holding this build's data files; swapped by rewriting the manifest. */
  readonly generation: string;
  readonly files: Readonly<Record<string, FileEntry>>;
  readonly corpus: {
    /** The corpus folder, relative to the index folder when that is possible. */
    readonly dir: string;
    /** sha256 of every corpus file, by path relative to the corpus folder. */
    readonly files: Readonly<Record<string, string>>;
    /** Size, mtime and ctime of the corpus files ingest saw unchanged for a while (corpus-stamps.ts): opening hashes only the others. */
    readonly stamps?: Readonly<Record<string, FileStamp>>;
  };
  readonly documents: readonly DocumentMeta[];
  readonly passages: number;
}
