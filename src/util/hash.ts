import { createHash } from "node:crypto";

/** The sha256 of some bytes (or of chunks taken in order, without joining them) as lowercase hex. */
export function sha256Hex(data: Uint8Array | string | readonly Uint8Array[]): string {
  const hash = createHash("sha256");
  if (typeof data === "string" || data instanceof Uint8Array) hash.update(data);
  else for (const chunk of data) hash.update(chunk);
  return hash.digest("hex");
}

/** An incremental sha256 (update chunk by chunk, then `hex()`): for a file read in pieces. */
export function sha256Incremental(): { update(chunk: Uint8Array): void; hex(): string } {
  const hash = createHash("sha256");
  return { update: (chunk) => void hash.update(chunk), hex: () => hash.digest("hex") };
}

/** 32-bit FNV-1a over UTF-16 code units: fast, stable across platforms and releases. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
