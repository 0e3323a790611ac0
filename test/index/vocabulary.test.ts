import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/index/storage/binary.js";
import { buildVocabulary, VocabularyBuilder } from "../../src/index/vocabulary.js";
import { decodeVocabulary, encodeVocabulary, openVocabulary } from "../../src/index/vocabulary-file.js";
import { PASSAGES } from "../translate/fixture.js";
import { matchForm } from "../../src/text/match-form.js";

const vocab = buildVocabulary(PASSAGES);

describe("buildVocabulary", () => {
  it("knows which strings occur in the passages", () => {
    expect(vocab.has("貿易戦争")).toBe(true);
    expect(vocab.has("空軍")).toBe(true);
    expect(vocab.has("陸軍")).toBe(false);
    expect(vocab.has("")).toBe(false);
  });

  it("compares after NFKC and ignores middle dots", () => {
    expect(vocab.has("ＳＣＯ")).toBe(true);
    expect(vocab.has("カシムジョマルトトカエフ")).toBe(true);
  });

  it("answers the same for a string asked as written and in match form, again and after its memos have filled and started afresh", () => {
    const fresh = buildVocabulary(PASSAGES);
    const asked = () => [
      fresh.has("SCO"),
      fresh.has("ＳＣＯ"), // NFKC: its match form was asked just before
      fresh.has("ＳＣＯ"),
      fresh.has("カシム・ジョマルト・トカエフ"), // middle dots dropped
      fresh.has("陸・軍"),
      fresh.documentFrequency("貿易戦争"),
      fresh.documentFrequency("ＳＣＯ"),
    ];
    const expected = [
      true,
      true,
      true,
      true,
      false,
      vocab.documentFrequency("貿易戦争"),
      vocab.documentFrequency("SCO"),
    ];
    expect(expected[5]).toBeGreaterThan(0);
    expect(asked()).toEqual(expected);
    expect(asked()).toEqual(expected);
    // Many more made-up strings than the memos keep (the name guesser asks about such sequences).
    for (let i = 0; i < 50_000; i++) {
      expect(fresh.has(`陸${i}`)).toBe(false);
      if (i % 2 === 0) expect(fresh.documentFrequency(`軍${i}`)).toBe(0);
    }
    expect(asked()).toEqual(expected);
  });

  it("counts the texts that hold a string, each text once however often it holds it", () => {
    const forms = PASSAGES.map((p) => matchForm(p));
    const probes = [...new Set(PASSAGES.flatMap((p) => [p.slice(0, 1), p.slice(0, 2), p.slice(4, 7), p.slice(-3)]))];
    probes.push("の", "会議", "SCO", "首脳", "。");
    let repeated = 0;
    for (const s of probes) {
      const form = matchForm(s);
      const holding = forms.filter((t) => form.length > 0 && t.includes(form)).length;
      expect(vocab.documentFrequency(s), s).toBe(holding);
      if (forms.some((t) => t.split(form).length > 2)) repeated++;
    }
    expect(repeated).toBeGreaterThan(3);
  });

  it("collects katakana words with sound keys", () => {
    const words = vocab.katakana.map((k) => k.word);
    expect(words).toEqual(expect.arrayContaining(["トカエフ", "カシムジョマルト", "アスタナ"]));
  });

  it("harvests readings given in parentheses, whole and by part", () => {
    expect(vocab.readings.get("つゆ")).toEqual(["梅雨"]);
    expect(vocab.readings.get("おだのぶなが")).toEqual(["織田信長"]);
    expect(vocab.readings.get("のぶなが")).toEqual(["信長"]);
  });

  it("collects Latin-script words", () => {
    expect(vocab.latin.has("sco")).toBe(true);
  });

  it("accepts an empty corpus", () => {
    const empty = buildVocabulary([]);
    expect(empty.has("貿易")).toBe(false);
    expect(empty.katakana).toEqual([]);
  });
});

describe("the vocabulary file (computed at ingest, read at open)", () => {
  const bytes = () => Buffer.concat(encodeVocabulary(vocabularyData(PASSAGES)));

  it("reads back a vocabulary that answers every question as the one built from the texts", () => {
    const read = decodeVocabulary(bytes());
    expect(read.size).toBe(vocab.size);
    expect(read.katakana).toEqual(vocab.katakana);
    expect([...read.readings]).toEqual([...vocab.readings]);
    expect([...read.latin]).toEqual([...vocab.latin]);
    const probes = [...new Set(PASSAGES.flatMap((p) => [p.slice(0, 2), p.slice(3, 6), p.slice(-4), p.slice(1, 2)]))];
    probes.push("陸軍", "ＳＣＯ", "カシムジョマルトトカエフ", "取り決め", "", "\n");
    for (const s of probes) {
      expect(read.has(s)).toBe(vocab.has(s));
      expect(read.documentFrequency(s)).toBe(vocab.documentFrequency(s));
      expect(read.isHeadword(s)).toBe(vocab.isHeadword(s));
      expect(read.spelling(s)).toBe(vocab.spelling(s));
    }
    expect(probes.filter((s) => read.has(s)).length).toBeGreaterThan(20);
  });

  it("read through a descriptor, its pair positions left in the file, answers every lookup as the one held whole", () => {
    const file = bytes();
    const reads: Array<[number, number]> = [];
    // A file read a range at a time, into one reused buffer at an odd offset (as a descriptor's reads may land).
    const scratch = new Uint8Array(file.length + 1);
    const source = {
      bytes: file.length,
      read(from: number, to: number) {
        reads.push([from, to]);
        scratch.set(file.subarray(from, to), 1);
        return scratch.subarray(1, 1 + to - from);
      },
    };
    const lazy = openVocabulary(source);
    const readAtOpen = reads.reduce((sum, [from, to]) => sum + to - from, 0);
    const whole = decodeVocabulary(file);
    const probes = [
      ...new Set(PASSAGES.flatMap((p) => [p.slice(0, 2), p.slice(3, 6), p.slice(-4), p.slice(2, 9), p.slice(1, 2)])),
    ];
    probes.push("陸軍", "ＳＣＯ", "SCO", "カシム・ジョマルト・トカエフ", "取り決め", "", "\n");
    for (const s of probes) {
      expect(lazy.has(s)).toBe(whole.has(s));
      expect(lazy.documentFrequency(s)).toBe(whole.documentFrequency(s));
      expect(lazy.spelling(s)).toBe(whole.spelling(s));
    }
    expect(probes.filter((s) => lazy.documentFrequency(s) > 1).length).toBeGreaterThan(5);
    expect(lazy.katakana).toEqual(whole.katakana);
    expect([...lazy.readings]).toEqual([...whole.readings]);
    // Opening read every section but the positions (and the header twice); lookups read ranges of them.
    const positions = vocabularyData(PASSAGES).pairPositions.byteLength;
    expect(positions).toBeGreaterThan(1000);
    expect(readAtOpen).toBeLessThan(file.length - positions + 1000);
    expect(reads.length).toBeGreaterThan(12);
  });

  it("refuses a truncated file and one whose pair offsets disagree with its positions", () => {
    const good = bytes();
    expect(() => decodeVocabulary(good.subarray(0, good.length >> 1))).toThrow(FormatError);
    const data = vocabularyData(PASSAGES);
    expect(() =>
      decodeVocabulary(Buffer.concat(encodeVocabulary({ ...data, pairPositions: data.pairPositions.subarray(1) }))),
    ).toThrow(/pair offsets and positions disagree/);
  });
});

function vocabularyData(texts: readonly string[]) {
  const builder = new VocabularyBuilder();
  for (const t of texts) builder.add(t);
  return builder.build();
}
