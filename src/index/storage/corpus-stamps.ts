import { statSync } from "node:fs";
import { join } from "node:path";

/*
 * What lets opening an index skip reading its corpus: each corpus file's size, modification and
 * change times as ingest saw them before reading it. Opening compares them with the disk's and
 * hashes only the files whose stamp differs or was not kept (12,604 files, 83 MB were hashed on
 * every open of a mixed 100k archive). The change time cannot be set back by a program (mtime
 * can: `cp -p`, `rsync -a`, `touch -d`), so rewriting a file always changes its stamp. A stamp is
 * kept only for a file last changed at least RACY_MS before it was taken: a later change within
 * the same tick of a coarse file-system clock would otherwise leave the stamp as it was (git's
 * "racy clean" problem).
 */

/** size in bytes, modification and change times in ms. */
export type FileStamp = readonly [size: number, mtimeMs: number, ctimeMs: number];

/** How long before its stamp is taken a file must have last changed for the stamp to be kept. */
export const RACY_MS = 2000;

/** A file's stamp now, or undefined when it cannot be read as a file. */
export function stampOf(path: string): FileStamp | undefined {
  const st = statSync(path, { throwIfNoEntry: false });
  return st?.isFile() ? [st.size, st.mtimeMs, st.ctimeMs] : undefined;
}

/** The stamps worth keeping of `files` (paths relative to `dir`), taken at `now` (ms). */
export function corpusStamps(dir: string, files: readonly string[], now: number): Record<string, FileStamp> {
  const out: Record<string, FileStamp> = {};
  for (const f of files) {
    const stamp = stampOf(join(dir, f));
    if (stamp && Math.max(stamp[1], stamp[2]) <= now - RACY_MS) out[f] = stamp;
  }
  return out;
}

/** Whether a kept stamp is the file's stamp now. */
export const sameStamp = (kept: FileStamp | undefined, now: FileStamp | undefined): boolean =>
  kept !== undefined && now !== undefined && kept[0] === now[0] && kept[1] === now[1] && kept[2] === now[2];

/** Whether a manifest's `stamps` field has the shape written here. */
export function isStamps(v: unknown): v is Record<string, FileStamp> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return Object.values(v).every(
    (s) => Array.isArray(s) && s.length === 3 && s.every((n) => typeof n === "number" && Number.isFinite(n)),
  );
}
