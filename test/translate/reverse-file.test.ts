/**
 * The reverse dictionary's table as ingest writes it into the index (reverse.bin) and opening
 * reads it back, compact: every lookup equals the table built in memory from the dictionary, for
 * the same archive (a small fixture of English and Japanese paragraphs, ingested).
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readIndex } from "../../src/index/storage/store.js";
import { englishTermsOf } from "../../src/index/languages.js";
import { buildGlossMaps, type GlossMaps } from "../../src/translate/gloss-table.js";
import { decodeReverseFile, encodeReverseFile, type ReverseFile } from "../../src/translate/reverse-file.js";
import { ReverseDictionary } from "../../src/translate/reverse.js";
import { FormatError } from "../../src/index/storage/binary.js";
import { buildFixtureIndex, tempDirs } from "../helpers/fixtures.js";
import { dictionary } from "./fixture.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/languages/", import.meta.url));
const tmp = tempDirs();

/** Japanese words asked of the table: headwords it keeps, parts of compounds, names, and misses. */
const ASKED = [
  "条約",
  "首脳会議",
  "首脳",
  "会議",
  "中国",
  "第三",
  "開催",
  "サミット",
  "アジアサミット",
  "ダドリー・シンプソン",
  "サケ",
  "カザフスタン",
  "存在しない語",
  "アスタナ",
  "二〇二七年",
];

let indexDir: string;
let fromFile: ReverseFile;
let inMemory: GlossMaps;
let english: ReturnType<typeof englishTermsOf>;

beforeAll(async () => {
  const corpus = tmp("summit-reverse-corpus-");
  for (const lang of ["en", "ja"]) cpSync(join(FIXTURES, lang), corpus, { recursive: true });
  indexDir = tmp("summit-reverse-index-");
  await buildFixtureIndex(corpus, indexDir);
  const data = readIndex(indexDir);
  fromFile = decodeReverseFile(data.readReverse());
  english = englishTermsOf(data.keyword);
  // The table opening would otherwise build: the same dictionary, the opened index's English terms.
  inMemory = buildGlossMaps(dictionary(), (t) => english.has(t));
  data.vocabulary.close();
  data.quotes.postings.close();
});

describe("reverse.bin, written at ingest", () => {
  it("names the dictionary it was read from, so another dictionary is not trusted with it", () => {
    expect(fromFile.dictionary).toEqual(dictionary().stamp);
  });

  it("holds every headword's glosses exactly as the table built in memory from the opened index", () => {
    expect(inMemory.glosses.size).toBeGreaterThan(100);
    for (const [ja, glosses] of inMemory.glosses) expect(fromFile.table.glossesOf(ja)).toEqual(glosses);
  });

  it("knows the same katakana words, and no headword the table has not", () => {
    for (const ja of inMemory.katakanaWords) expect(fromFile.table.isKatakanaWord(ja)).toBe(true);
    for (const ja of ["ダドリー", "ブロンコス", "アジアサミット"])
      expect(fromFile.table.isKatakanaWord(ja)).toBe(inMemory.katakanaWords.has(ja));
    expect(fromFile.table.glossesOf("存在しない語")).toBeUndefined();
    expect(fromFile.table.glossesOf("")).toBeUndefined();
  });

  it("translates a Japanese question's words as the dictionary read at open does", () => {
    const eager = new ReverseDictionary(dictionary(), english);
    const compact = new ReverseDictionary(fromFile.table, english);
    for (const word of ASKED) expect(compact.translate(word)).toEqual(eager.translate(word));
  });

  it("is empty for an archive without English paragraphs", async () => {
    const jaIndex = tmp("summit-reverse-ja-");
    await buildFixtureIndex(join(FIXTURES, "ja"), jaIndex);
    const data = readIndex(jaIndex);
    const file = decodeReverseFile(data.readReverse());
    data.vocabulary.close();
    data.quotes.postings.close();
    expect(file.dictionary).toBeUndefined();
    expect(file.table.glossesOf("条約")).toBeUndefined();
  });
});

describe("reverse.bin's encoding", () => {
  const maps: GlossMaps = {
    glosses: new Map([
      [
        "条約",
        [
          { en: "treaty", score: 0.9 },
          { en: "pact", score: 1 / 3 },
        ],
      ],
      ["あ", [{ en: "ah", score: 0.5 }]],
      ["𠮷野", [{ en: "yoshino", score: 0.25 }]],
      ["吉野", [{ en: "yoshino", score: 0.75 }]],
    ]),
    katakanaWords: new Set(["サケ", "パルス"]),
  };
  const decoded = decodeReverseFile(Buffer.concat(encodeReverseFile({ dictionary: { bytes: 3, crc32: 7 }, maps })));

  it("keeps scores to the last bit and shares English strings between headwords", () => {
    for (const [ja, glosses] of maps.glosses) expect(decoded.table.glossesOf(ja)).toEqual(glosses);
    expect(decoded.dictionary).toEqual({ bytes: 3, crc32: 7 });
  });

  it("finds headwords outside the Basic Multilingual Plane (sorted by UTF-16 code units, as bisection reads them)", () => {
    expect(decoded.table.glossesOf("𠮷野")).toEqual([{ en: "yoshino", score: 0.25 }]);
    expect(decoded.table.glossesOf("𠮷")).toBeUndefined();
  });

  it("refuses a file whose glosses name English strings it does not have", () => {
    const bytes = Buffer.concat(encodeReverseFile({ dictionary: { bytes: 3, crc32: 7 }, maps }));
    const wrong = Buffer.from(bytes);
    // The glosses' English strings in headword order (あ, 吉野, 条約 ×2, 𠮷野): point the first far outside the table.
    const at = bytes.indexOf(Buffer.from(Uint32Array.from([0, 1, 2, 3, 1]).buffer));
    expect(at).toBeGreaterThan(0);
    wrong.writeUInt32LE(999, at);
    expect(() => decodeReverseFile(wrong)).toThrow(FormatError);
  });
});
