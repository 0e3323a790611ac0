import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/types.js";
import { readIndex, readManifest } from "../../src/index/storage/store.js";
import { rmSync } from "node:fs";
import {
  buildQuoteIndex,
  decodeQuoteIndex,
  encodeQuoteIndex,
  forEachPosting,
  inMemory,
  termOfKey,
} from "../../src/index/quotes/quote-index.js";
import { keysOf } from "../../src/index/quotes/quote-bigrams.js";
import { FormatError } from "../../src/index/storage/binary.js";
import { checkQuotes } from "../../src/quotes/check.js";
import { quoteCorpus, type QuoteCorpus } from "../../src/quotes/corpus-index.js";
import { normalizeText, QUOTE_FORM_ID } from "../../src/text/quote-form.js";
import { buildFixtureIndex, copyCorpus, PROJECT_ROOT, tempDirs } from "../helpers/fixtures.js";
import { referenceQuoteCorpus } from "../helpers/quote-index-reference.js";
import { seededRandom } from "../helpers/random.mjs";

const tmp = tempDirs();
let passages: readonly Passage[];
let stored: QuoteCorpus;
let reference: QuoteCorpus;

beforeAll(async () => {
  const root = tmp("summit-quote-index-");
  const corpusDir = copyCorpus(join(root, "corpus"), join(PROJECT_ROOT, "corpus"));
  const indexDir = join(root, "index");
  await buildFixtureIndex(corpusDir, indexDir);
  const data = readIndex(indexDir);
  passages = data.passages;
  stored = quoteCorpus(data.passages, data.quotes);
  reference = referenceQuoteCorpus(data.passages);
});

const random = seededRandom;

/** Messages quoting the corpus verbatim, altered, elided, across two paragraphs, pasted without marks, or quoting nothing in it. */
function messages(count: number, seed: number): string[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const span = (text: string, min: number, max: number) => {
    const len = Math.min(text.length, min + Math.floor(rnd() * (max - min)));
    const from = Math.floor(rnd() * Math.max(1, text.length - len));
    return text.slice(from, from + len);
  };
  const alter = (s: string) => {
    const chars = Array.from(s);
    for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
      const at = Math.floor(rnd() * chars.length);
      const kind = rnd();
      if (kind < 0.4)
        chars[at] = /\d/.test(chars[at]!) ? String((Number(chars[at]) + 1) % 10) : pick(["年", "3", "中", "を", "会"]);
      else if (kind < 0.7) chars.splice(at, 1);
      else chars.splice(at, 0, pick(["の", "5", "大"]));
    }
    return chars.join("");
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = pick(passages);
    const kind = i % 7;
    if (kind === 0) out.push(`記事には「${span(p.text, 8, 60)}」とある`);
    else if (kind === 1) out.push(`「${alter(span(p.text, 12, 60))}」と報じられた`);
    else if (kind === 2) out.push(`“${span(p.text, 10, 30)}…${span(p.text, 10, 30)}”`);
    else if (kind === 3) {
      const at = passages.indexOf(p);
      const q = passages[at + 1] ?? p;
      out.push(`「${p.text.slice(-15)}${q.text.slice(0, 15)}」`);
    } else if (kind === 4) out.push(span(p.text, 30, 80));
    else if (kind === 5) {
      // Characters of the corpus in an order no paragraph has.
      const chars = Array.from(span(pick(passages).text, 20, 40));
      for (let k = chars.length - 1; k > 0; k--) {
        const j = Math.floor(rnd() * (k + 1));
        [chars[k], chars[j]] = [chars[j]!, chars[k]!];
      }
      out.push(`「${chars.join("")}」`);
    } else
      out.push(
        `「${span(p.text, 8, 40)}」と「${alter(span(pick(passages).text, 8, 40))}」、そして「宇宙開発の国際協力について合意した」`,
      );
  }
  return out;
}

describe("the stored quote index gives the same Find sources results as the index built on first use", () => {
  it("same checks for 350 generated messages (verbatim, altered, elided, across paragraphs, pasted, absent)", () => {
    const generated = messages(350, 11);
    const statuses = new Map<string, number>();
    for (const message of generated) {
      const expected = checkQuotes(message, reference);
      expect(checkQuotes(message, stored), message).toEqual(expected);
      for (const c of expected) statuses.set(c.status, (statuses.get(c.status) ?? 0) + 1);
    }
    // The messages exercise every verdict.
    expect([...statuses.keys()].sort()).toEqual(["altered", "not_found", "verbatim"]);
    expect(Math.min(...statuses.values())).toBeGreaterThan(20);
  });

  it("same candidate paragraphs, in the same order, for stretches of every paragraph", () => {
    const rnd = random(5);
    for (const p of passages) {
      for (const len of [2, 6, 20, 80]) {
        const from = Math.floor(rnd() * Math.max(1, p.text.length - len));
        const quote = normalizeText(p.text.slice(from, from + len));
        expect(stored.candidates(quote, 12), quote).toEqual(reference.candidates(quote, 12));
      }
    }
  });

  it("same successor of each paragraph", () => {
    expect(Array.from(stored.next)).toEqual(Array.from(reference.next));
  });
});

describe("the stored quote index's file", () => {
  const passage = (text: string, n: number): Passage => ({ id: `a#${n}`, docId: "a", n, text, line: n });

  it("round-trips: every bigram's paragraphs, ascending, including gaps of one to three varint bytes", () => {
    // A bigram in paragraphs 0, 1, 129, 16,600 and 199,999 of 200,000 (gaps of 1, 2 and 3 bytes); an astral bigram; a one-character paragraph.
    const rare = new Set([0, 1, 129, 16_600, 199_999]);
    const texts = Array.from({ length: 200_000 }, (_, i) =>
      passage(rare.has(i) ? "首脳会議" : i === 7 ? "𠮷野家" : i === 8 ? "協" : "あ", i + 1),
    );
    const built = buildQuoteIndex(texts);
    const files = encodeQuoteIndex(built, texts);
    const decoded = decodeQuoteIndex(
      Buffer.concat(files.table),
      texts,
      inMemory({ ...built, postings: Buffer.concat(files.postings) }).postings,
    );
    const postingsOf = (s: string) => {
      const out: number[] = [];
      for (const key of keysOf(normalizeText(s))) {
        const t = termOfKey(decoded, key);
        if (t >= 0) forEachPosting(decoded, t, (idx) => out.push(idx));
      }
      return out;
    };
    expect(postingsOf("首脳")).toEqual([...rare]);
    expect(postingsOf("𠮷野")).toEqual([7]);
    expect(postingsOf("協")).toEqual([8]);
    expect(postingsOf("宇宙")).toEqual([]);
    expect(decoded.keys.length).toBe(built.keys.length);
  });

  it("refuses an index built for other paragraphs (another count, or the same count with other texts)", () => {
    const texts = [passage("首脳会議が開かれた", 1), passage("協力", 2)];
    const built = buildQuoteIndex(texts);
    const table = Buffer.concat(encodeQuoteIndex(built, texts).table);
    const postings = inMemory(built).postings;
    expect(() => decodeQuoteIndex(table, texts.slice(0, 1), postings)).toThrow(FormatError);
    expect(() => decodeQuoteIndex(table, [texts[0]!, passage("協力した", 2)], postings)).toThrow(
      /expected the index of 2 paragraphs of 13 characters, found one of 2 paragraphs of 11/,
    );
    // Postings of another length than the table's offsets say.
    expect(() =>
      decodeQuoteIndex(table, texts, inMemory({ ...built, postings: built.postings.subarray(1) }).postings),
    ).toThrow(/expected \d+ posting offsets ending at \d+ \(the postings' length\)/);
  });
});

describe("an index built with another quote normal form", () => {
  it("is refused, naming the form expected and the one found", () => {
    const texts = [{ text: "首脳会議が開かれた" }, { text: "協力" }];
    const built = buildQuoteIndex(texts);
    const postings = inMemory(built).postings;
    expect(decodeQuoteIndex(Buffer.concat(encodeQuoteIndex(built, texts).table), texts, postings).keys).toEqual(
      built.keys,
    );
    const other = Buffer.concat(encodeQuoteIndex(built, texts, "nfc-only/bigram-0").table);
    expect(() => decodeQuoteIndex(other, texts, postings)).toThrow(FormatError);
    expect(() => decodeQuoteIndex(other, texts, postings)).toThrow(
      `quotes.bin: expected quote form ${QUOTE_FORM_ID}, found nfc-only/bigram-0`,
    );
  });
});

describe("the stored postings file", () => {
  it("is read through the descriptor opened with the index: checks go on after the generation's folder is removed, and stop once closed", async () => {
    const root = tmp("summit-quote-postings-");
    const corpusDir = copyCorpus(join(root, "corpus"));
    const indexDir = join(root, "index");
    await buildFixtureIndex(corpusDir, indexDir);
    const data = readIndex(indexDir);
    const corpus = quoteCorpus(data.passages, data.quotes);
    const p = data.passages[3]!;
    const message = `「${p.text.slice(0, 25)}」`;
    const before = checkQuotes(message, corpus);
    rmSync(join(indexDir, readManifest(indexDir).generation), { recursive: true });
    expect(checkQuotes(message, corpus)).toEqual(before);
    expect(before[0]).toMatchObject({ status: "verbatim", passageId: p.id });
    data.quotes.postings.close();
    expect(() => checkQuotes(message, corpus)).toThrow(/is closed/);
  });
});
