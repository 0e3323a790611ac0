/**
 * The paragraph numbering of revised articles, kept beside the corpus as `<corpus>.revisions.json`
 * (`corpus.revisions.json` for `corpus/`): outside the folder, so `ingest` never reads it as an
 * article, and durable however often the index is rebuilt or deleted. It holds only articles whose
 * numbering is no longer by position or that have older texts (see paragraph-ids.ts); an article
 * never revised has no entry. Written whole to a temporary file, flushed and renamed, so a crash
 * leaves the old store or the new one.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { SummitError } from "../errors.js";
import type { DocumentRevisions, NumberedText, PastVersion } from "./paragraph-ids.js";

export const REVISIONS_FORMAT = 1;

export interface RevisionsStore {
  readonly format: typeof REVISIONS_FORMAT;
  readonly documents: Readonly<Record<string, DocumentRevisions>>;
}

export function revisionsPath(corpusDir: string): string {
  return `${resolve(corpusDir)}.revisions.json`;
}

const fail = (path: string, detail: string) =>
  new SummitError(
    "CORPUS",
    `${path}: ${detail} (the paragraph numbering of revised articles; restore it from a backup, or delete it to number every article by position again)`,
  );

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
const describe = (v: unknown) => (Array.isArray(v) ? "an array" : v === null ? "null" : typeof v);

function checkNumbered(p: unknown): p is NumberedText {
  return isObject(p) && isCount(p.n) && typeof p.text === "string";
}

function checkPast(p: unknown): p is PastVersion {
  return (
    isObject(p) && checkNumbered(p) && typeof p.until === "string" && (p.status === "changed" || p.status === "removed")
  );
}

/** The store beside `corpusDir`; an empty one when there is none yet. */
export function readRevisions(corpusDir: string): RevisionsStore {
  const path = revisionsPath(corpusDir);
  if (!existsSync(path)) return { format: REVISIONS_FORMAT, documents: {} };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw fail(path, `expected JSON, received text that does not parse (${(err as Error).message})`);
  }
  if (!isObject(data) || data.format !== REVISIONS_FORMAT || !isObject(data.documents)) {
    throw fail(path, `expected { "format": ${REVISIONS_FORMAT}, "documents": {…} }, received ${describe(data)}`);
  }
  for (const [docId, doc] of Object.entries(data.documents)) {
    if (
      !isObject(doc) ||
      !isCount(doc.next) ||
      !Array.isArray(doc.paragraphs) ||
      !doc.paragraphs.every(checkNumbered) ||
      !Array.isArray(doc.history) ||
      !doc.history.every(checkPast)
    ) {
      throw fail(path, `documents.${docId}: expected { next, paragraphs: [{ n, text }], history: [{ n, text, until, status }] }`);
    }
  }
  return data as unknown as RevisionsStore;
}

/** Replaces the store beside `corpusDir` atomically (temporary file, fsync, rename). */
export function writeRevisions(corpusDir: string, store: RevisionsStore): void {
  const path = revisionsPath(corpusDir);
  const tmp = `${path}.tmp-${process.pid}`;
  const bytes = Buffer.from(JSON.stringify(store, null, 1) + "\n");
  try {
    const fd = openSync(tmp, "w");
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
