import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Passage } from "../../src/corpus/types.js";
import { FormatError } from "../../src/index/storage/binary.js";
import { decodePassages, encodePassages, PassageFileWriter } from "../../src/index/storage/passages-file.js";
import { PROJECT_ROOT } from "../helpers/fixtures.js";

describe("the passages file (columns, not JSON)", () => {
  const passages = loadCorpus(join(PROJECT_ROOT, "corpus")).documents.flatMap((d) => d.passages);

  it("reads back every passage with the same fields, values and key order, optional fields absent where they were", () => {
    const read = decodePassages(Buffer.concat(encodePassages(passages)));
    expect(JSON.stringify(read)).toBe(JSON.stringify(passages));
    expect(passages.some((p) => p.section === undefined) && passages.some((p) => p.section !== undefined)).toBe(true);
    expect(read.filter((p) => "section" in p)).toHaveLength(passages.filter((p) => "section" in p).length);
  });

  it("keeps a field it has not been told about, and an empty archive", () => {
    const extra = [{ ...passages[0]!, score: 0.5 } as Passage & { score: number }];
    expect(decodePassages(Buffer.concat(encodePassages(extra)))).toEqual(extra);
    expect(decodePassages(Buffer.concat(encodePassages([])))).toEqual([]);
  });

  it("refuses a truncated file", () => {
    const bytes = Buffer.concat(encodePassages(passages));
    expect(() => decodePassages(bytes.subarray(0, bytes.length - 64))).toThrow(FormatError);
  });
});

describe("the passages file written as passages stream past", () => {
  const dir = mkdtempSync(join(tmpdir(), "summit-passages-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bundled = loadCorpus(join(PROJECT_ROOT, "corpus")).documents.flatMap((d) => d.passages);
  const long = "長".repeat(40_000);
  const cases: Record<string, Passage[]> = {
    bundled,
    // A field first seen late, fields missing here and there, a text larger than a column's buffer, a lone surrogate.
    uneven: [
      { id: "a#1", docId: "a", n: 1, text: "一", line: 3 },
      { ...bundled[0]!, section: "節" },
      { id: "b#1", docId: "b", n: 1, text: long, line: 1, score: 0.25 } as Passage,
      { id: "b#2", docId: "b", n: 2, text: "\ud800 孤立", line: 9 },
    ],
    empty: [],
  };

  for (const [name, passages] of Object.entries(cases)) {
    it(`gives the bytes encodePassages gives (${name}), and leaves no column files behind`, () => {
      const writer = new PassageFileWriter(join(dir, name), ".staging-test-");
      for (const p of passages) writer.add(p);
      expect(writer.size).toBe(passages.length);
      const path = join(dir, `${name}.bin`);
      writer.finish(path);
      expect(readFileSync(path).equals(Buffer.concat(encodePassages(passages)))).toBe(true);
      if (passages.length) expect(readdirSync(join(dir, name))).toEqual([]);
    });
  }
});
