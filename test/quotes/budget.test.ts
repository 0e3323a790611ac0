/**
 * Regression tests (issue #8, item 2): the quote check cost quotation length × paragraph length
 * with no bound, so one message could hold the bot for seconds. Its work is now bounded per
 * message, and a check that reached the bound says so.
 */
import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/types.js";
import { checkQuotes } from "../../src/quotes/check.js";

// Varied text without repeats long enough to confuse the candidate search.
const SYLLABLES = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん";
function text(length: number, seed: number): string {
  let out = "";
  let x = seed;
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += SYLLABLES[x % SYLLABLES.length]!;
    if (x % 23 === 0) out += "。";
  }
  return out.slice(0, length);
}
const passage = (id: string, t: string): Passage =>
  ({ id, docId: id.split("#")[0]!, n: Number(id.split("#")[1]), text: t }) as Passage;
/** Every 40th character changed: a near-quote that only alignment can place. */
const alter = (t: string) =>
  Array.from(t)
    .map((c, i) => (i % 40 === 20 ? "X" : c))
    .join("");

const long = text(20_000, 7);
const passages = [passage("long#1", long), passage("other#1", text(800, 11))];
const message = `“${alter(long.slice(6_000, 10_000))}”`;

describe("quote checking under a work budget", () => {
  it("places a 4,000-character near-quote of a 20,000-character paragraph within the default budget", () => {
    const [check] = checkQuotes(message, passages);
    expect(check).toMatchObject({ status: "altered", passageId: "long#1" });
    expect(check!.similarity).toBeGreaterThan(0.9);
    expect(check!.limited).toBeUndefined();
  });

  it("stops at a smaller budget and says the quote was not found within the limit", () => {
    const [check] = checkQuotes(message, passages, { budgetCells: 1_000_000, maxAlignCells: 1_000_000 });
    expect(check).toMatchObject({ status: "not_found", limited: true });
  });

  it("shares one budget among the quotations of a message: later ones are limited once it is spent", () => {
    const q = (from: number) => `“${alter(long.slice(from, from + 2_000))}”`;
    const many = [0, 3_000, 6_000, 9_000].map(q).join(" ");
    const checks = checkQuotes(many, passages, { budgetCells: 7_000_000, maxAlignCells: 7_000_000 });
    expect(checks.map((c) => c.status)).toEqual(["altered", "not_found", "not_found", "not_found"]);
    expect(checks.slice(1).every((c) => c.limited)).toBe(true);
  });

  it("a verbatim quotation needs no alignment, so even a tiny budget finds it", () => {
    const [check] = checkQuotes(`“${long.slice(100, 4_100)}”`, passages, { budgetCells: 1, maxAlignCells: 1 });
    expect(check).toMatchObject({ status: "verbatim", passageId: "long#1" });
  });
});
