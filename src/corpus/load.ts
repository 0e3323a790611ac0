import { sha256Hex } from "../util/hash.js";
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";
import { CorpusError, SummitError } from "../errors.js";
import { LIMITS, parseDocument } from "./parse.js";
import { EXTENSIONS, extensionPattern, isCorpusFormat } from "./formats.js";
import type { ParsedDocument } from "./types.js";

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface LoadedCorpus {
  readonly documents: readonly ParsedDocument[];
  /** Files that are not corpus files (other extensions, hidden files, links, pipes): listed, not indexed. */
  readonly skipped: readonly SkippedFile[];
  /** Corpus files that could not be read; the caller decides whether that stops ingest. */
  readonly errors: readonly CorpusError[];
}

/** What a directory entry is when it is not a regular file or folder (for skip reasons). */
function kindOf(st: Stats): string {
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  return "not a regular file";
}

const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Lists regular files below `dir` without following anything out of the corpus: hidden entries,
 * links that lead nowhere or outside `root`, links to folders (a loop, or a second path to files
 * already listed) and pipes, sockets or devices are skipped with a reason, never opened.
 */
function listFiles(dir: string, root: string, realRoot: string, out: string[], skipped: SkippedFile[]): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const rel = relative(root, full);
    if (name.startsWith(".")) {
      skipped.push({ file: rel, reason: "hidden (name starts with a dot)" });
      continue;
    }
    const st = lstatSync(full);
    if (st.isDirectory()) {
      listFiles(full, root, realRoot, out, skipped);
    } else if (st.isFile()) {
      out.push(rel);
    } else if (st.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(full);
      } catch {
        skipped.push({ file: rel, reason: "a link to a file that does not exist (dangling link)" });
        continue;
      }
      if (!inside(realRoot, real)) {
        skipped.push({ file: rel, reason: "a link to a path outside the corpus folder (not followed)" });
        continue;
      }
      const target = statSync(real);
      if (target.isDirectory()) skipped.push({ file: rel, reason: "a link to a folder (not followed)" });
      else if (target.isFile()) out.push(rel);
      else skipped.push({ file: rel, reason: `a link to ${kindOf(target)}` });
    } else {
      skipped.push({ file: rel, reason: kindOf(st) });
    }
  }
}

/** The corpus files below `dir` (of a format in formats.ts: `.md`, `.txt`; not READMEs or hidden files), in a stable order, and what was passed over. */
export function listCorpusFiles(dir: string): { files: string[]; skipped: SkippedFile[] } {
  const all: string[] = [];
  const skipped: SkippedFile[] = [];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    listFiles(dir, dir, realpathSync(dir), all, skipped);
  } catch (err) {
    throw new SummitError("CORPUS", `corpus: expected a folder of ${EXTENSIONS.join("/")} articles at ${dir}, received ${(err as Error).message}`);
  }
  const files = all.filter((f) => {
    const base = f.replace(/^.*[\\/]/, "");
    if (!isCorpusFormat(f)) {
      skipped.push({ file: f, reason: `not a ${EXTENSIONS.join(" or ")} file` });
      return false;
    }
    if (/^readme$/i.test(base.replace(extensionPattern(), ""))) {
      skipped.push({ file: f, reason: "a README describes the folder; it is not an article" });
      return false;
    }
    return true;
  });
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, skipped };
}

/** A corpus folder with its real path, resolved once for every file read from it. */
export interface CorpusRoot {
  readonly dir: string;
  readonly real: string;
}

export function corpusRoot(dir: string): CorpusRoot {
  return { dir, real: realpathSync(dir) };
}

/**
 * Reads one corpus file, checking before reading: opened without blocking (a pipe swapped in
 * after listing cannot hang the read), refused unless it is a regular file inside the corpus,
 * and never more than the size limit plus one byte is read.
 */
export function readCorpusFile(root: string | CorpusRoot, file: string): Buffer {
  const dir = typeof root === "string" ? root : root.dir;
  const path = join(dir, file);
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    throw new CorpusError(file, undefined, `expected a readable file, received ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (!inside(typeof root === "string" ? realpathSync(root) : root.real, real)) throw new CorpusError(file, undefined, "expected a file inside the corpus folder, received a link pointing outside it");
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new CorpusError(file, undefined, `expected a readable file, received ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new CorpusError(file, undefined, `expected a regular file, received ${kindOf(st)}`);
    if (st.size > LIMITS.fileBytes) {
      throw new CorpusError(file, undefined, `expected at most ${LIMITS.fileBytes} bytes, received ${st.size}`);
    }
    // The file may grow between fstat and read: read at most one byte past the limit, so decodeText reports it.
    const buf = Buffer.alloc(Math.min(st.size, LIMITS.fileBytes) + 1);
    let n = 0;
    for (let got = 1; got > 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, n);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * The content hash of a corpus file as the index records it; a file that cannot be read (too
 * large, not a regular file) is identified by its size and modification time instead, so a
 * rejected file does not make the index stale and its being fixed does.
 */
export function hashCorpusFile(root: string | CorpusRoot, file: string): string {
  try {
    return sha256Hex(readCorpusFile(root, file));
  } catch (err) {
    if (!(err instanceof CorpusError)) throw err;
    const st = statSync(join(typeof root === "string" ? root : root.dir, file), { throwIfNoEntry: false });
    return `unreadable:${st?.size ?? 0}:${st?.mtimeMs ?? 0}`;
  }
}

/** Reads and parses every corpus file below `dir`. */
export function loadCorpus(dir: string): LoadedCorpus {
  const { files, skipped } = listCorpusFiles(dir);
  const errors: CorpusError[] = [];
  const documents: ParsedDocument[] = [];
  const seen = new Map<string, string>();
  const root = corpusRoot(dir);
  for (const file of files) {
    try {
      const doc = parseDocument(file, readCorpusFile(root, file));
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
