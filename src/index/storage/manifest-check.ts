import { isStamps } from "./corpus-stamps.js";

/**
 * The manifest is read from disk and so is untrusted: its shape is checked before any field is
 * used, and the paths it names must stay inside the index folder.
 */
/** A generation folder is one plain name written by `writeIndex` (`g-` and hex). */
const GENERATION = /^g-[0-9a-f]{8,64}$/;
/** A data file is one plain name inside the generation folder. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return v.length > 40 ? `a string of ${v.length} characters` : JSON.stringify(v);
  return typeof v === "object" ? "an object" : `${typeof v} ${String(v)}`;
}

/**
 * Returns the first problem with a parsed manifest as "field: expected …, received …", or
 * undefined when its shape is sound. Format and analyzer are checked by the caller (they have
 * their own message).
 */
export function manifestProblem(m: unknown): string | undefined {
  if (!isObject(m)) return `expected a JSON object, received ${describe(m)}`;
  const embedder = m.embedder;
  if (!isObject(embedder) || typeof embedder.id !== "string" || !isCount(embedder.dims) || embedder.dims === 0) {
    return `embedder: expected { id, dims }, received ${describe(embedder)}`;
  }
  if (typeof m.generation !== "string" || !GENERATION.test(m.generation)) {
    return `generation: expected a folder name like g-0123abcd, received ${describe(m.generation)}`;
  }
  if (!isObject(m.files)) return `files: expected an object of data files, received ${describe(m.files)}`;
  for (const [name, entry] of Object.entries(m.files)) {
    if (!FILE_NAME.test(name)) return `files: expected plain file names, received ${describe(name)}`;
    if (
      !isObject(entry) ||
      !isCount(entry.bytes) ||
      typeof entry.sha256 !== "string" ||
      typeof entry.crc32 !== "string"
    ) {
      return `files.${name}: expected { bytes, sha256, crc32 }, received ${describe(entry)}`;
    }
  }
  const corpus = m.corpus;
  if (!isObject(corpus) || typeof corpus.dir !== "string" || !isObject(corpus.files)) {
    return `corpus: expected { dir, files }, received ${describe(corpus)}`;
  }
  if (corpus.stamps !== undefined && !isStamps(corpus.stamps))
    return `corpus.stamps: expected [size, mtime, ctime] by file, received ${describe(corpus.stamps)}`;
  if (
    !Array.isArray(m.documents) ||
    !m.documents.every((d) => isObject(d) && typeof d.docId === "string" && typeof d.title === "string")
  ) {
    return `documents: expected a list of { docId, title, … }, received ${describe(m.documents)}`;
  }
  if (!isCount(m.passages)) return `passages: expected a count, received ${describe(m.passages)}`;
  return undefined;
}
