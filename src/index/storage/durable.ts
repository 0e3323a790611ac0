/**
 * Durable file writes for the index: data reaches the disk before the manifest that points at
 * it is renamed into place, and folders left behind by a killed `ingest` are removed.
 */
import { closeSync, fsyncSync, openSync, readdirSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Writes `data` (one buffer, a string or chunks: no concatenated copy) to `path` and flushes it to the disk before returning. */
export function writeFileDurable(path: string, data: Uint8Array | string | readonly Uint8Array[]): void {
  const chunks = typeof data === "string" ? [Buffer.from(data)] : data instanceof Uint8Array ? [data] : data;
  const fd = openSync(path, "w");
  try {
    for (const c of chunks) for (let at = 0; at < c.byteLength;) at += writeSync(fd, c, at, c.byteLength - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a file written by someone else (a native library) to the disk. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (new names, renames) to the disk; not every platform allows it. */
export function fsyncDir(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; its renames are durable on NTFS anyway.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes staging folders and temporary files (`<prefix><pid>-…`) whose writer is no longer
 * running: what a killed `ingest` leaves. A concurrent writer's files (its pid alive) are kept.
 * With `whose: "mine"`, removes this process's own instead (what a failed ingest leaves behind
 * before it returns). Returns the names removed.
 */
export function removeLeftovers(dir: string, prefixes: readonly string[], whose: "dead" | "mine" = "dead"): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    if (!prefix) continue;
    const pid = Number(/^(\d+)/.exec(name.slice(prefix.length))?.[1]);
    const mine = pid === process.pid;
    if (whose === "mine" ? !mine : mine || (Number.isInteger(pid) && pid > 0 && alive(pid))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
