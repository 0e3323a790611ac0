import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/index.js";
import type { Passage } from "../../src/corpus/types.js";
import { FormatError } from "../../src/index/binary.js";
import { decodePassages, encodePassages } from "../../src/index/passages-file.js";
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
