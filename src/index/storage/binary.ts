import { endianness } from "node:os";

/*
 * A small container for index files made of typed arrays, so opening an index costs a read and
 * a few views, not a parse: magic (4 bytes), version (u32), header length (u32), a JSON header
 * naming each section's type, offset and length, then the sections, each 8-byte aligned.
 * Typed arrays are stored in the machine's byte order, which must be little-endian (every
 * platform Node ships for but s390x); a big-endian machine is told to rebuild rather than misread.
 */

const TYPES = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f32: Float32Array,
  f64: Float64Array,
} as const;
export type TypeName = keyof typeof TYPES;
export type Section = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array | string;

interface SectionEntry {
  readonly name: string;
  /** A typed array's element type, or `utf16` for a string. */
  readonly type: TypeName | "utf16";
  readonly offset: number;
  /** Elements (UTF-16 code units for a string). */
  readonly length: number;
}

/** Why a file could not be read as an index file: said in terms of what was expected. */
export class FormatError extends Error {}

const typeOf = (s: Section): TypeName | "utf16" => {
  if (typeof s === "string") return "utf16";
  for (const [name, ctor] of Object.entries(TYPES)) if (s instanceof ctor) return name as TypeName;
  throw new TypeError("unsupported section type");
};

const align8 = (n: number): number => (n + 7) & ~7;

function assertLittleEndian(): void {
  if (endianness() !== "LE") throw new FormatError("index files are little-endian; this machine is big-endian");
}

/** A section's shape without its contents: what a file's layout needs (see layoutSections). */
export interface SectionShape {
  readonly type: TypeName | "utf16";
  /** Elements (UTF-16 code units for a string). */
  readonly length: number;
}

/** The type and length of a section's contents. */
export const shapeOf = (s: Section): SectionShape => ({ type: typeOf(s), length: s.length });

/**
 * Where each section of a file goes: the file's head (magic, version, header, padding) and each
 * section's byte offset from the start of the file. packSections writes the contents there; a
 * writer that streams a section (ingest's postings) writes it at the same place, so both produce
 * the same bytes.
 */
export function layoutSections(
  magic: string,
  version: number,
  meta: object,
  shapes: Readonly<Record<string, SectionShape>>,
): { head: Buffer; offsets: Record<string, number>; bytes: number } {
  assertLittleEndian();
  const entries: SectionEntry[] = [];
  let offset = 0;
  const ends: number[] = [];
  for (const [name, { type, length }] of Object.entries(shapes)) {
    const width = type === "utf16" ? 2 : TYPES[type].BYTES_PER_ELEMENT;
    entries.push({ name, type, offset, length });
    ends.push(offset + length * width);
    offset = align8(offset + length * width);
  }
  const header = Buffer.from(JSON.stringify({ meta, sections: entries }));
  const start = align8(12 + header.byteLength);
  const head = Buffer.alloc(start);
  head.write(magic, 0, 4, "latin1");
  head.writeUInt32LE(version, 4);
  head.writeUInt32LE(header.byteLength, 8);
  header.copy(head, 12);
  const offsets: Record<string, number> = {};
  for (const e of entries) offsets[e.name] = start + e.offset;
  return { head, offsets, bytes: start + (ends.length ? ends[ends.length - 1]! : 0) };
}

/** Packs named sections after a JSON `meta` object into one file's bytes (as chunks to write in order). */
export function packSections(
  magic: string,
  version: number,
  meta: object,
  sections: Readonly<Record<string, Section>>,
): Uint8Array[] {
  const shapes: Record<string, SectionShape> = {};
  for (const [name, s] of Object.entries(sections)) shapes[name] = shapeOf(s);
  const { head, offsets } = layoutSections(magic, version, meta, shapes);
  const out: Uint8Array[] = [head];
  let written = head.byteLength;
  for (const [name, s] of Object.entries(sections)) {
    const bytes =
      typeof s === "string" ? Buffer.from(s, "utf16le") : new Uint8Array(s.buffer, s.byteOffset, s.byteLength);
    const pad = offsets[name]! - written;
    if (pad > 0) out.push(new Uint8Array(pad));
    out.push(bytes);
    written = offsets[name]! + bytes.byteLength;
  }
  return out;
}

export interface Unpacked {
  readonly meta: Record<string, unknown>;
  u8(name: string): Uint8Array;
  u16(name: string): Uint16Array;
  u32(name: string): Uint32Array;
  i32(name: string): Int32Array;
  f32(name: string): Float32Array;
  f64(name: string): Float64Array;
  /** A typed array of whichever integer type was stored (u16 or u32). */
  uint(name: string): Uint16Array | Uint32Array;
  text(name: string): string;
}

/** A file's header: its meta object, its sections by name, and where the first section starts. */
function headerOf(
  buf: Buffer,
  magic: string,
  version: number,
): { meta: Record<string, unknown>; byName: Map<string, SectionEntry>; start: number } {
  assertLittleEndian();
  if (buf.byteLength < 12) throw new FormatError(`expected at least 12 bytes, found ${buf.byteLength}`);
  const foundMagic = buf.toString("latin1", 0, 4);
  if (foundMagic !== magic) throw new FormatError(`expected a ${magic} file, found ${JSON.stringify(foundMagic)}`);
  const foundVersion = buf.readUInt32LE(4);
  if (foundVersion !== version) throw new FormatError(`expected ${magic} version ${version}, found ${foundVersion}`);
  const headerLength = buf.readUInt32LE(8);
  if (12 + headerLength > buf.byteLength) throw new FormatError("header runs past the end of the file");
  let header: { meta: Record<string, unknown>; sections: SectionEntry[] };
  try {
    header = JSON.parse(buf.toString("utf8", 12, 12 + headerLength)) as typeof header;
  } catch (err) {
    throw new FormatError(`header is not valid JSON: ${(err as Error).message}`);
  }
  const byName = new Map<string, SectionEntry>();
  for (const e of header.sections ?? []) byName.set(e.name, e);
  return { meta: header.meta ?? {}, byName, start: align8(12 + headerLength) };
}

/** A section's entry, checked for its type and for fitting in a file of `fileBytes` whose sections start at `start`. */
function checkedSection(
  byName: ReadonlyMap<string, SectionEntry>,
  start: number,
  fileBytes: number,
  name: string,
  types: readonly (TypeName | "utf16")[],
): SectionEntry {
  const e = byName.get(name);
  if (!e) throw new FormatError(`section ${name} is missing`);
  if (!types.includes(e.type))
    throw new FormatError(`section ${name}: expected ${types.join(" or ")}, found ${e.type}`);
  const width = e.type === "utf16" ? 2 : TYPES[e.type].BYTES_PER_ELEMENT;
  if (
    !Number.isSafeInteger(e.offset) ||
    !Number.isSafeInteger(e.length) ||
    e.offset < 0 ||
    e.length < 0 ||
    e.offset % 8 !== 0 ||
    start + e.offset + e.length * width > fileBytes
  ) {
    throw new FormatError(
      `section ${name} (${e.length} × ${e.type} at ${e.offset}) does not fit in ${fileBytes} bytes`,
    );
  }
  return e;
}

/** A file read piece by piece through an open descriptor, never held whole (index/storage/store.ts opens them). */
export interface ByteSource {
  readonly bytes: number;
  /** Bytes [from, to), valid until the next read. */
  read(from: number, to: number): Uint8Array;
}

/** Where a section of a file read through a ByteSource lies: its type, elements, and byte range in the file. */
export interface SectionRange {
  readonly type: TypeName | "utf16";
  readonly length: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The header of a file packed by `packSections`, read through `source` (its first bytes only):
 * for files whose largest sections stay on disk and are read a range at a time.
 */
export function sectionTable(
  source: ByteSource,
  magic: string,
  version: number,
): { meta: Record<string, unknown>; range(name: string, types: readonly (TypeName | "utf16")[]): SectionRange } {
  const fixed = Buffer.from(source.read(0, Math.min(12, source.bytes)));
  const headerLength = fixed.byteLength < 12 ? 0 : fixed.readUInt32LE(8);
  const head = Buffer.from(source.read(0, Math.min(source.bytes, 12 + headerLength)));
  const { meta, byName, start } = headerOf(head, magic, version);
  return {
    meta,
    range(name, types) {
      const e = checkedSection(byName, start, source.bytes, name, types);
      const width = e.type === "utf16" ? 2 : TYPES[e.type].BYTES_PER_ELEMENT;
      return { type: e.type, length: e.length, from: start + e.offset, to: start + e.offset + e.length * width };
    },
  };
}

/** Reads a file packed by `packSections`: views into `bytes` (copied once only if misaligned). */
export function unpackSections(bytes: Uint8Array, magic: string, version: number): Unpacked {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { meta, byName, start } = headerOf(buf, magic, version);
  // Typed-array views need their element alignment: copy the file once if its buffer is not 8-aligned.
  const base = buf.byteOffset % 8 === 0 ? buf : Buffer.from(new Uint8Array(buf));
  const section = (name: string, types: readonly (TypeName | "utf16")[]): SectionEntry =>
    checkedSection(byName, start, base.byteLength, name, types);
  const view = <T extends TypeName>(name: string, type: T): InstanceType<(typeof TYPES)[T]> => {
    const e = section(name, [type]);
    return new TYPES[type](base.buffer as ArrayBuffer, base.byteOffset + start + e.offset, e.length) as InstanceType<
      (typeof TYPES)[T]
    >;
  };
  return {
    meta,
    u8: (name) => view(name, "u8"),
    u16: (name) => view(name, "u16"),
    u32: (name) => view(name, "u32"),
    i32: (name) => view(name, "i32"),
    f32: (name) => view(name, "f32"),
    f64: (name) => view(name, "f64"),
    uint: (name) => (section(name, ["u16", "u32"]).type === "u16" ? view(name, "u16") : view(name, "u32")),
    text: (name) => {
      const e = section(name, ["utf16"]);
      return base.toString("utf16le", start + e.offset, start + e.offset + e.length * 2);
    },
  };
}
