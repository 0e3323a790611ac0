import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { CorpusError, SummitError } from "../errors.js";
import { parseDocument } from "./parse.js";
import type { ParsedDocument } from "./types.js";

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface LoadedCorpus {
  readonly documents: readonly ParsedDocument[];
  /** Files that are not corpus files (other extensions, hidden files): listed, not indexed. */
  readonly skipped: readonly SkippedFile[];
  /** Corpus files that could not be read; the caller decides whether that stops ingest. */
  readonly errors: readonly CorpusError[];
}

function listFiles(dir: string, root: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      if (!name.startsWith(".")) listFiles(full, root, out);
    } else {
      out.push(relative(root, full));
    }
  }
}

/** The corpus files below `dir` (`.md`, `.txt`; not READMEs or hidden files), in a stable order, and what was passed over. */
export function listCorpusFiles(dir: string): { files: string[]; skipped: SkippedFile[] } {
  const all: string[] = [];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    listFiles(dir, dir, all);
  } catch (err) {
    throw new SummitError("CORPUS", `corpus: expected a folder of .md/.txt articles at ${dir}, received ${(err as Error).message}`);
  }
  const skipped: SkippedFile[] = [];
  const files = all.filter((f) => {
    const base = f.replace(/^.*[\\/]/, "");
    if (base.startsWith(".")) return false;
    if (!/\.(md|txt)$/i.test(f)) {
      skipped.push({ file: f, reason: "not a .md or .txt file" });
      return false;
    }
    if (/^readme\.(md|txt)$/i.test(base)) {
      skipped.push({ file: f, reason: "a README describes the folder; it is not an article" });
      return false;
    }
    return true;
  });
  return { files, skipped };
}

/** Reads and parses every corpus file below `dir`. */
export function loadCorpus(dir: string): LoadedCorpus {
  const { files, skipped } = listCorpusFiles(dir);
  const errors: CorpusError[] = [];
  const documents: ParsedDocument[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    try {
      const doc = parseDocument(file, readFileSync(join(dir, file)));
      const other = seen.get(doc.meta.docId);
      if (other) {
        throw new CorpusError(file, undefined, `expected a unique document id, received "${doc.meta.docId}" which ${other} already uses`);
      }
      seen.set(doc.meta.docId, file);
      documents.push(doc);
    } catch (err) {
      if (err instanceof CorpusError) errors.push(err);
      else throw err;
    }
  }
  return { documents, skipped, errors };
}
