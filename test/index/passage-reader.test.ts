import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Passage } from "../../src/corpus/types.js";
import { lookupOf } from "../../src/engine/lookup.js";
import { FormatError } from "../../src/index/storage/binary.js";
import { openFileSource, passagesOnDemand } from "../../src/index/storage/passage-reader.js";
import { decodePassages, encodePassages } from "../../src/index/storage/passages-file.js";
import { PROJECT_ROOT } from "../helpers/fixtures.js";

describe("passages read on demand from passages.bin (the bot's thread beside engine workers)", () => {
  const dir = mkdtempSync(join(tmpdir(), "summit-passage-reader-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const japanese = loadCorpus(join(PROJECT_ROOT, "corpus"));
  const english = loadCorpus(join(PROJECT_ROOT, "test/fixtures/en-summit/corpus"));
  const documents = [...japanese.documents, ...english.documents];
  // Both languages, headings present and absent, a field added later, a passage with no text field at all.
  const passages: Passage[] = [
    ...documents.flatMap((d) => d.passages),
    { ...japanese.documents[0]!.passages[0]!, id: "extra#1", docId: "extra", score: 0.25 } as Passage,
    { id: "bare#1", docId: "bare", n: 1, line: 3 } as unknown as Passage,
  ];
  const file = join(dir, "passages.bin");
  writeFileSync(file, Buffer.concat(encodePassages(passages)));
  const eager = decodePassages(Buffer.concat(encodePassages(passages)));
  // Lookups are over real passages (every one with its text).
  const real = passages.slice(0, -1);
  const realFile = join(dir, "real.bin");
  writeFileSync(realFile, Buffer.concat(encodePassages(real)));

  it("gives every passage equal to the eager decoder's, keys in the same order, one at a time or by ranges", () => {
    const lazy = passagesOnDemand(openFileSource(file));
    try {
      expect(lazy.length).toBe(eager.length);
      expect(JSON.stringify(lazy.range(0, lazy.length))).toBe(JSON.stringify(eager));
      for (let i = 0; i < eager.length; i++) {
        expect(JSON.stringify(lazy.at(i))).toBe(JSON.stringify(eager[i]));
        expect(lazy.idAt(i)).toBe(eager[i]!.id);
        expect(lazy.docIdAt(i)).toBe(eager[i]!.docId);
      }
      // Again, now partly from its cache, and ranges cut anywhere (clamped at the ends).
      expect(JSON.stringify(lazy.at(3))).toBe(JSON.stringify(eager[3]));
      expect(JSON.stringify(lazy.range(5, 17))).toBe(JSON.stringify(eager.slice(5, 17)));
      expect(JSON.stringify(lazy.range(-4, 2))).toBe(JSON.stringify(eager.slice(0, 2)));
      expect(lazy.range(eager.length - 1, eager.length + 9)).toHaveLength(1);
      expect(() => lazy.at(eager.length)).toThrow(RangeError);
    } finally {
      lazy.close();
    }
  });

  it("serves the same lookups by id as the passages in memory", () => {
    const lazy = passagesOnDemand(openFileSource(realFile));
    try {
      const metas = documents.map((d) => d.meta);
      const fromFile = lookupOf(lazy, metas);
      const inMemory = lookupOf(real, metas);
      for (const p of real.filter((_, i) => i % 7 === 0)) {
        expect(fromFile.passage(p.id)).toEqual(inMemory.passage(p.id));
        expect(fromFile.cited(p.id)).toEqual(inMemory.cited(p.id));
        expect(fromFile.context(p.id, 2)).toEqual(inMemory.context(p.id, 2));
        expect(fromFile.articleText(p.docId)).toEqual(inMemory.articleText(p.docId));
      }
      expect(fromFile.articleText("no-such-article").paragraphs).toEqual([]);
      for (const typed of ["", "summit", "サミット", "astana", "zzzz-nothing"])
        expect(fromFile.suggestPassages(typed, 25)).toEqual(inMemory.suggestPassages(typed, 25));
      expect(fromFile.size()).toEqual(inMemory.size());
    } finally {
      lazy.close();
    }
  });

  it("refuses a truncated file with a FormatError, and reads nothing after close", () => {
    const bytes = Buffer.concat(encodePassages(passages));
    const cut = join(dir, "cut.bin");
    writeFileSync(cut, bytes.subarray(0, bytes.length - 64));
    const source = openFileSource(cut);
    expect(() => passagesOnDemand(source)).toThrow(FormatError);
    source.close();
    const lazy = passagesOnDemand(openFileSource(file));
    lazy.close();
    expect(() => lazy.at(eager.length - 3)).toThrow(/closed/);
  });
});
