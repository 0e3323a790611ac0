import { createHash } from "node:crypto";

/** The sha256 of some bytes (or of chunks taken in order, without joining them) as lowercase hex. */
export function sha256Hex(data: Uint8Array | string | readonly Uint8Array[]): string {
  const hash = createHash("sha256");
  if (typeof data === "string" || data instanceof Uint8Array) hash.update(data);
  else for (const chunk of data) hash.update(chunk);
  return hash.digest("hex");
}
