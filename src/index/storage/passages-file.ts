import type { Passage } from "../../corpus/types.js";
import { closeSync, ftruncateSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import {
  FormatError,
  layoutSections,
  packSections,
  unpackSections,
  type Section,
  type SectionShape,
} from "./binary.js";
import { Spool, writeAt } from "./spool.js";

/*
 * The passages of an index as columns (see binary.ts): per field, one string holding every
 * value one after the other with offsets, or one Float64Array, and which passages have it.
 * Opening builds the passage objects from slices of the column strings (V8 keeps a slice as a
 * view of its parent string), which at 100,000 paragraphs is ~10× faster than JSON.parse of the
 * same data. Fields are discovered from the passages, so a field added to `Passage` is stored
 * without a change here; objects come back with their keys in the order first seen.
 */

const MAGIC = "SBPA";
const VERSION = 1;

type Kind = "string" | "number";

interface Column {
  readonly name: string;
  readonly kind: Kind;
  readonly present: number[];
  readonly values: Array<string | number>;
}

/**
 * Visits a passage's stored fields (strings and numbers; undefined ones are absent), each with
 * the column it goes to: `columnOf` finds or makes it, and its kind must match the value's.
 */
function eachField<C extends { readonly kind: Kind }>(
  passage: Passage,
  columnOf: (name: string, kind: Kind) => C,
  visit: (column: C, value: string | number) => void,
): void {
  for (const [name, value] of Object.entries(passage)) {
    if (value === undefined) continue;
    const kind = typeof value;
    if (kind !== "string" && kind !== "number")
      throw new TypeError(`passage field ${name}: expected a string or a number, received ${kind}`);
    const column = columnOf(name, kind);
    if (column.kind !== kind)
      throw new TypeError(`passage field ${name}: expected a ${column.kind}, received a ${kind}`);
    visit(column, value as string | number);
  }
}

/** Collects passages in order and writes them as one file's chunks. */
class PassageTableBuilder {
  private readonly columns = new Map<string, Column>();
  private count = 0;

  add(passage: Passage): void {
    const i = this.count++;
    const columnOf = (name: string, kind: Kind): Column => {
      let column = this.columns.get(name);
      if (!column) this.columns.set(name, (column = { name, kind, present: [], values: [] }));
      return column;
    };
    eachField(passage, columnOf, (column, value) => {
      column.present.push(i);
      column.values.push(value);
    });
  }

  chunks(): Uint8Array[] {
    const sections: Record<string, Section> = {};
    const fields: Array<{ name: string; kind: Kind }> = [];
    [...this.columns.values()].forEach((c, f) => {
      fields.push({ name: c.name, kind: c.kind });
      const present = new Uint8Array(this.count);
      for (const i of c.present) present[i] = 1;
      sections[`${f}.present`] = present;
      if (c.kind === "number") {
        sections[`${f}.values`] = Float64Array.from(c.values as number[]);
      } else {
        const strings = c.values as string[];
        const offsets = new Uint32Array(strings.length + 1);
        strings.forEach((s, j) => (offsets[j + 1] = offsets[j]! + s.length));
        sections[`${f}.offsets`] = offsets;
        sections[`${f}.text`] = strings.join("");
      }
    });
    return packSections(MAGIC, VERSION, { count: this.count, fields }, sections);
  }
}

interface SpooledColumn {
  readonly name: string;
  readonly kind: Kind;
  readonly present: Spool;
  /** values (numbers), or offsets and text (strings). */
  readonly values?: Spool;
  readonly offsets?: Spool;
  readonly text?: Spool;
}

/**
 * Writes passages to a file as they come, the bytes encodePassages would give for the same
 * passages: each column goes to its own temporary file (`<prefix>passages-<field>.<section>`
 * in `dir`) and the columns are copied into place by `finish`. Memory: one small buffer per column.
 */
export class PassageFileWriter {
  private readonly columns = new Map<string, SpooledColumn>();
  private count = 0;

  constructor(
    private readonly dir: string,
    private readonly prefix: string,
  ) {}

  /** Passages added so far. */
  get size(): number {
    return this.count;
  }

  add(passage: Passage): void {
    const i = this.count++;
    const columnOf = (name: string, kind: Kind): SpooledColumn => {
      let column = this.columns.get(name);
      if (!column) {
        column = this.column(name, kind);
        // Passages before this one lack the field.
        column.present.zeros(i);
        this.columns.set(name, column);
      }
      return column;
    };
    eachField(passage, columnOf, (column, value) => {
      column.present.u8(1);
      if (typeof value === "number") column.values!.f64(value);
      else {
        column.text!.utf16(value);
        column.offsets!.u32(column.text!.length);
      }
    });
    for (const column of this.columns.values()) if (column.present.length === i) column.present.u8(0);
  }

  private column(name: string, kind: Kind): SpooledColumn {
    const f = this.columns.size;
    if (f === 0) mkdirSync(this.dir, { recursive: true });
    const spool = (section: string, type: SectionShape["type"]) =>
      new Spool(join(this.dir, `${this.prefix}passages-${f}.${section}`), type);
    if (kind === "number") return { name, kind, present: spool("present", "u8"), values: spool("values", "f64") };
    const offsets = spool("offsets", "u32");
    offsets.u32(0);
    return { name, kind, present: spool("present", "u8"), offsets, text: spool("text", "utf16") };
  }

  private spools(): Array<[string, Spool]> {
    return [...this.columns.values()].flatMap((c, f) => {
      const sections: Array<[string, Spool]> = [[`${f}.present`, c.present]];
      if (c.values) sections.push([`${f}.values`, c.values]);
      else sections.push([`${f}.offsets`, c.offsets!], [`${f}.text`, c.text!]);
      return sections;
    });
  }

  /** Writes the file at `path` from the columns, and removes their temporary files. */
  finish(path: string): void {
    const spools = this.spools();
    const fields = [...this.columns.values()].map(({ name, kind }) => ({ name, kind }));
    const layout = layoutSections(
      MAGIC,
      VERSION,
      { count: this.count, fields },
      Object.fromEntries(spools.map(([name, s]) => [name, s.shape])),
    );
    const fd = openSync(path, "w");
    try {
      writeAt(fd, layout.head, 0);
      for (const [name, spool] of spools) spool.moveTo(fd, layout.offsets[name]!);
      ftruncateSync(fd, layout.bytes);
    } finally {
      closeSync(fd);
      this.remove();
    }
  }

  /** Removes the columns' temporary files (finish does; a failed ingest calls this). */
  remove(): void {
    for (const [, spool] of this.spools()) spool.remove();
  }
}

export function encodePassages(passages: readonly Passage[]): Uint8Array[] {
  const builder = new PassageTableBuilder();
  for (const p of passages) builder.add(p);
  return builder.chunks();
}

/** The passages file's magic and version (passage-reader.ts reads it on demand). */
export const PASSAGES_FORMAT = { magic: MAGIC, version: VERSION } as const;

/** A passages file header's count and fields, checked. */
export function passageHeader(meta: Record<string, unknown>): {
  count: number;
  fields: Array<{ name: string; kind: Kind }>;
} {
  const { count, fields } = meta as { count?: unknown; fields?: unknown };
  if (typeof count !== "number" || !Number.isInteger(count) || count < 0)
    throw new FormatError("expected a passage count in the header");
  if (
    !Array.isArray(fields) ||
    !fields.every((f) => typeof f?.name === "string" && (f.kind === "string" || f.kind === "number"))
  ) {
    throw new FormatError("expected the header's fields as { name, kind }");
  }
  return { count, fields: fields as Array<{ name: string; kind: Kind }> };
}

/** Reads passages written by `encodePassages`; throws FormatError when the columns disagree. */
export function decodePassages(bytes: Uint8Array): Passage[] {
  const u = unpackSections(bytes, MAGIC, VERSION);
  const { count, fields } = passageHeader(u.meta);
  const records: Record<string, string | number>[] = Array.from({ length: count }, () => ({}));
  fields.forEach(({ name, kind }, f) => {
    const present = u.u8(`${f}.present`);
    if (present.length !== count)
      throw new FormatError(`field ${name}: expected ${count} presence flags, found ${present.length}`);
    let j = 0;
    if (kind === "number") {
      const values = u.f64(`${f}.values`);
      for (let i = 0; i < count; i++) if (present[i]) records[i]![name] = values[j++]!;
      if (j !== values.length) throw new FormatError(`field ${name}: expected ${j} values, found ${values.length}`);
    } else {
      const offsets = u.u32(`${f}.offsets`);
      const text = u.text(`${f}.text`);
      for (let i = 0; i < count; i++) if (present[i]) records[i]![name] = text.slice(offsets[j]!, offsets[++j]!);
      if (j + 1 !== offsets.length || offsets[j] !== text.length)
        throw new FormatError(`field ${name}: offsets and text disagree`);
    }
  });
  return records as unknown as Passage[];
}
