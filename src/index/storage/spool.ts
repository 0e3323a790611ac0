import { closeSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import type { SectionShape, TypeName } from "./binary.js";

const BUFFER_BYTES = 1 << 16;

/** Writes all of `bytes` at `position` of `fd`. */
export function writeAt(fd: number, bytes: Uint8Array, position: number): void {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at, position + at);
}

/**
 * One section of an index file (see binary.ts) written to a temporary file as it grows, value by
 * value, then copied into its place in the finished file: a column of a file too large to hold
 * in memory while it is collected. Values are written little-endian (binary.ts refuses
 * big-endian machines), as a typed array of the same values would be.
 */
export class Spool {
  /** Elements written (UTF-16 code units for text). */
  length = 0;
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private written = 0;
  private closed = false;

  constructor(
    readonly path: string,
    readonly type: TypeName | "utf16",
  ) {
    this.fd = openSync(path, "w+");
  }

  get shape(): SectionShape {
    return { type: this.type, length: this.length };
  }

  private room(bytes: number): void {
    if (this.used + bytes > this.buffer.length) this.flush();
  }

  u8(x: number): void {
    this.room(1);
    this.used = this.buffer.writeUInt8(x, this.used);
    this.length++;
  }

  u32(x: number): void {
    this.room(4);
    this.used = this.buffer.writeUInt32LE(x, this.used);
    this.length++;
  }

  f64(x: number): void {
    this.room(8);
    this.used = this.buffer.writeDoubleLE(x, this.used);
    this.length++;
  }

  /** `n` zero bytes (u8 elements). */
  zeros(n: number): void {
    for (let i = 0; i < n; i++) this.u8(0);
  }

  /** A string's UTF-16 code units. */
  utf16(s: string): void {
    const bytes = s.length * 2;
    if (bytes > this.buffer.length) {
      this.flush();
      const encoded = Buffer.from(s, "utf16le");
      writeAt(this.fd, encoded, this.written);
      this.written += encoded.length;
    } else {
      this.room(bytes);
      this.used += this.buffer.write(s, this.used, "utf16le");
    }
    this.length += s.length;
  }

  private flush(): void {
    writeAt(this.fd, this.buffer.subarray(0, this.used), this.written);
    this.written += this.used;
    this.used = 0;
  }

  /** Copies the section to `position` of the file `fd`, then closes and removes its temporary file. */
  moveTo(fd: number, position: number): void {
    this.flush();
    for (let at = 0; at < this.written;) {
      const n = readSync(this.fd, this.buffer, 0, Math.min(this.buffer.length, this.written - at), at);
      if (n === 0) throw new Error(`${this.path}: ended at ${at} of ${this.written} bytes`);
      writeAt(fd, this.buffer.subarray(0, n), position + at);
      at += n;
    }
    this.remove();
  }

  /** Closes and removes the temporary file (once; also after moveTo). */
  remove(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}
