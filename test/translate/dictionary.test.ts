import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SummitError } from "../../src/errors.js";
import { loadDictionary } from "../../src/translate/dictionary.js";
import { DICT_PATH, dictionary } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "summit-dict-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dictError(path: string): SummitError {
  try {
    loadDictionary(path);
  } catch (e) {
    expect(e).toBeInstanceOf(SummitError);
    return e as SummitError;
  }
  throw new Error("expected loadDictionary to throw");
}

describe("loading the dictionary", () => {
  it("opens the shipped data file and reports its size", () => {
    const d = dictionary();
    expect(d.info.words).toBeGreaterThan(100_000);
    expect(d.info.names).toBeGreaterThan(10_000);
    expect(d.info.bytes).toBeLessThan(5_000_000);
  });

  it("refuses a missing file with code DICT, naming the command that rebuilds it", () => {
    const e = dictError(join(dir, "nope.bin"));
    expect(e.code).toBe("DICT");
    expect(e.message).toMatch(/expected the English→Japanese data file, received no such file/);
    expect(e.message).toMatch(/node scripts\/build-dict\.mjs/);
  });

  it("refuses a file that is not a dictionary", () => {
    const path = join(dir, "json.bin");
    writeFileSync(path, '{"hello": "world"}\n');
    const e = dictError(path);
    expect(e.code).toBe("DICT");
    expect(e.message).toMatch(/expected format "summit-dict 1", received null/);
  });

  it("refuses a truncated file", () => {
    const path = join(dir, "truncated.bin");
    const bytes = readFileSync(DICT_PATH);
    writeFileSync(path, bytes.subarray(0, bytes.length - 1000));
    expect(dictError(path).message).toMatch(/\(truncated\)/);
  });

  it("refuses a file with a damaged block (CRC mismatch)", () => {
    const path = join(dir, "flipped.bin");
    copyFileSync(DICT_PATH, path);
    const bytes = readFileSync(path);
    bytes[bytes.length - 10]! ^= 0xff;
    writeFileSync(path, bytes);
    expect(dictError(path).message).toMatch(/expected block .* with CRC \d+, received CRC \d+/);
  });
});

describe("looking words up", () => {
  it("ranks the common news translation of a word first", () => {
    expect(dictionary().words("trade")[0]?.ja).toBe("貿易");
    expect(dictionary().words("air force")[0]?.ja).toBe("空軍");
  });

  it("finds multi-word expressions and names", () => {
    expect(
      dictionary()
        .words("trade war")
        .map((c) => c.ja),
    ).toContain("貿易戦争");
    expect(
      dictionary()
        .words("sister city")
        .map((c) => c.ja),
    ).toContain("姉妹都市");
    expect(
      dictionary()
        .names("xi jinping")
        .map((c) => c.ja),
    ).toContain("習近平");
    expect(
      dictionary()
        .names("tianjin")
        .map((c) => c.ja),
    ).toContain("天津");
  });

  it("returns scores in (0, 1], best first", () => {
    const c = dictionary().words("agreement");
    expect(c.length).toBeGreaterThan(1);
    for (const x of c) {
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
    expect([...c].sort((a, b) => b.score - a.score)).toEqual(c);
  });

  it("answers an unknown key with an empty list", () => {
    expect(dictionary().words("zzzqqq")).toEqual([]);
    expect(dictionary().pinyin("zzz")).toBe("");
  });

  it("lists keys by prefix", () => {
    const keys = dictionary()
      .withPrefix("words", "belt and road ")
      .map(([k]) => k);
    expect(keys).toContain("belt and road initiative");
  });

  it("maps pinyin syllables to kanji", () => {
    expect(dictionary().pinyin("jin")).toContain("津");
    expect(dictionary().pinyin("tian")).toContain("天");
  });
});

describe("key normalisation", () => {
  it("matches the build script's, so keys written and keys looked up agree", async () => {
    const script = "../../scripts/build-dict.mjs";
    const build = (await import(script)) as { normKey(s: string): string; foldName(s: string): string };
    const { normKey, foldName } = await import("../../src/translate/normalize.js");
    for (const s of [
      "Xi'an",
      "Kyōto",
      "The Belt and Road Initiative",
      "sister-city",
      "  Trade (foreign) ",
      "one's signature",
      "Café’s",
    ]) {
      expect(normKey(s)).toBe(build.normKey(s));
      expect(foldName(s)).toBe(build.foldName(s));
    }
  });
});

describe("warming up", () => {
  it("inflates every block off the event loop, after which lookups answer the same", async () => {
    const fresh = loadDictionary(DICT_PATH);
    const before = dictionary().words("trade");
    await fresh.warmUp();
    expect(fresh.words("trade")).toEqual(before);
    expect(fresh.names("tianjin").map((c) => c.ja)).toContain("天津");
  });
});
