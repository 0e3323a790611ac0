import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildReport, parseDuration } from "../../src/feedback/report.js";
import { BUSY_REST_MS, FeedbackStore, PRUNE_EVERY_MS } from "../../src/feedback/store.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "summit-feedback-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;
const open = (extra: Partial<Parameters<typeof FeedbackStore.open>[0]> = {}) =>
  FeedbackStore.open({ path: join(dir, "sub", "fb.sqlite"), retentionDays: 30, salt: "pepper", ...extra });

describe("feedback store", () => {
  it("stores questions and ratings under a salted hash, never the raw user id", () => {
    const store = open();
    const id = store.recordAsk({
      question: "首脳会議はどこ？",
      outcome: "answer",
      answerIds: ["a#1", "a#2"],
      guildId: "1",
      userId: "111111111111111111",
      surface: "slash",
    })!;
    expect(store.recordFeedback(id, "111111111111111111", "down")).toBe(true);
    store.close();
    const raw = new Database(join(dir, "sub", "fb.sqlite"), { readonly: true });
    const dump = JSON.stringify([raw.prepare("SELECT * FROM asks").all(), raw.prepare("SELECT * FROM feedback").all()]);
    raw.close();
    expect(dump).not.toContain("111111111111111111");
    expect(dump).toContain("首脳会議はどこ？");
    expect(open({ salt: "other" }).userHash("111111111111111111")).not.toBe(open().userHash("111111111111111111"));
  });

  it("reports most asked, refused, disliked answers with their citations and most cited passages", () => {
    const store = open();
    const a = store.recordAsk({
      question: "Where was it held?",
      outcome: "answer",
      answerIds: ["x#1", "x#2"],
      userId: "1",
      surface: "slash",
    })!;
    store.recordAsk({
      question: "where was it held? ",
      outcome: "answer",
      answerIds: ["x#1"],
      userId: "2",
      surface: "mention",
    });
    store.recordAsk({ question: "火星の話", outcome: "refusal", answerIds: [], userId: "3", surface: "dm" });
    store.recordAsk({ question: "火星の話", outcome: "refusal", answerIds: [], userId: "4", surface: "dm" });
    store.recordFeedback(a, "5", "down");
    store.recordFeedback(a, "6", "wrong_citation");
    store.recordFeedback(a, "7", "up");
    const r = buildReport(store, 0)!;
    expect(r.asks).toBe(4);
    expect(r.byOutcome).toEqual({ answer: 2, related: 0, refusal: 2 });
    expect(r.ratings).toEqual({ up: 1, down: 1, wrongCitation: 1 });
    expect(r.mostAsked[0]).toEqual({ question: expect.stringMatching(/where was it held/i), count: 2 });
    expect(r.refused).toEqual([{ question: "火星の話", count: 2, last: expect.any(Number) }]);
    expect(r.disliked).toEqual([
      { question: "Where was it held?", outcome: "answer", answerIds: ["x#1", "x#2"], down: 1, wrongCitation: 1 },
    ]);
    expect(r.mostCited).toEqual([
      { id: "x#1", count: 2 },
      { id: "x#2", count: 1 },
    ]);
  });

  it("counts a repeated rating once and lets 👍 replace 👎", () => {
    const store = open();
    const a = store.recordAsk({ question: "q", outcome: "answer", answerIds: ["x#1"], userId: "1", surface: "slash" })!;
    store.recordFeedback(a, "9", "down");
    store.recordFeedback(a, "9", "down");
    expect(buildReport(store, 0)!.ratings).toEqual({ up: 0, down: 1, wrongCitation: 0 });
    store.recordFeedback(a, "9", "up");
    expect(buildReport(store, 0)!.ratings).toEqual({ up: 1, down: 0, wrongCitation: 0 });
    expect(store.recordFeedback(9999, "9", "up")).toBe(false);
  });

  it("forgets one user's questions and ratings and nobody else's", () => {
    const store = open();
    const mine = store.recordAsk({
      question: "mine",
      outcome: "answer",
      answerIds: ["x#1"],
      userId: "100",
      surface: "slash",
    })!;
    const theirs = store.recordAsk({
      question: "theirs",
      outcome: "answer",
      answerIds: ["x#1"],
      userId: "200",
      surface: "slash",
    })!;
    store.recordFeedback(mine, "200", "up");
    store.recordFeedback(theirs, "100", "down");
    store.recordFeedback(theirs, "200", "up");
    expect(store.forget("100")).toEqual({ asks: 1, feedback: 2 });
    const r = buildReport(store, 0)!;
    expect(r.mostAsked.map((q) => q.question)).toEqual(["theirs"]);
    expect(r.ratings).toEqual({ up: 1, down: 0, wrongCitation: 0 });
  });

  it("deletes rows older than the retention period, hourly, off the answer path", () => {
    vi.useFakeTimers();
    try {
      let now = 1_000 * DAY;
      const store = open({ now: () => now, retentionDays: 7 });
      store.recordAsk({ question: "old", outcome: "answer", answerIds: [], userId: "1", surface: "slash" });
      now += 8 * DAY;
      store.recordAsk({ question: "new", outcome: "answer", answerIds: [], userId: "1", surface: "slash" });
      // Recording an answer never prunes: the hourly timer does.
      expect(
        buildReport(store, 0)!
          .mostAsked.map((q) => q.question)
          .sort(),
      ).toEqual(["new", "old"]);
      vi.advanceTimersByTime(PRUNE_EVERY_MS);
      expect(buildReport(store, 0)!.mostAsked.map((q) => q.question)).toEqual(["new"]);
      store.close();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("turns itself off, reporting the error, when the file is not a database", () => {
    const path = join(dir, "corrupt.sqlite");
    writeFileSync(path, "this is not an sqlite database ".repeat(200));
    const errors: unknown[] = [];
    const store = FeedbackStore.open({ path, retentionDays: 30, onError: (err) => errors.push(err) });
    expect(store.enabled).toBe(false);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/not a database|malformed/i);
    expect(
      store.recordAsk({ question: "q", outcome: "answer", answerIds: [], userId: "1", surface: "slash" }),
    ).toBeUndefined();
  });

  it("skips writes while another process holds a lock, then records again once it clears (issue #24, defect 4)", () => {
    const path = join(dir, "locked.sqlite");
    const errors: unknown[] = [];
    const busy: string[] = [];
    const recovered: string[] = [];
    let now = 1_000_000;
    const store = FeedbackStore.open({
      path,
      retentionDays: 30,
      busyTimeoutMs: 20,
      now: () => now,
      onError: (err) => errors.push(err),
      onBusy: (err, operation) => busy.push(`${operation}: ${String(err)}`),
      onRecovered: (operation) => recovered.push(operation),
    });
    const ask = () =>
      store.recordAsk({ question: "q", outcome: "answer", answerIds: [], userId: "1", surface: "slash" });
    const other = new Database(path);
    other.exec("BEGIN EXCLUSIVE");
    expect(ask()).toBeUndefined();
    expect(store.enabled).toBe(true);
    expect(busy).toHaveLength(1);
    expect(busy[0]).toMatch(/^record_ask: .*(locked|busy)/i);
    // Resting: not even tried (no second wait on the lock), and the spell is reported once.
    now += BUSY_REST_MS.first - 1;
    expect(ask()).toBeUndefined();
    now += 1;
    expect(ask()).toBeUndefined();
    expect(busy).toHaveLength(1);
    other.exec("ROLLBACK");
    other.close();
    now += BUSY_REST_MS.first * 2;
    expect(ask()).toEqual(expect.any(Number));
    expect(recovered).toEqual(["record_ask"]);
    expect(errors).toEqual([]);
    store.close();
  });

  it("keeps a random salt in the database when none is configured, so forget still finds the rows", () => {
    const path = join(dir, "nosalt.sqlite");
    const first = FeedbackStore.open({ path, retentionDays: 30 });
    first.recordAsk({ question: "q", outcome: "answer", answerIds: [], userId: "42", surface: "slash" });
    first.close();
    const second = FeedbackStore.open({ path, retentionDays: 30 });
    expect(second.forget("42").asks).toBe(1);
  });
});

describe("parseDuration", () => {
  it("reads minutes, hours, days and weeks and rejects anything else", () => {
    expect(parseDuration("7d")).toBe(7 * DAY);
    expect(parseDuration("12h")).toBe(12 * 3_600_000);
    expect(parseDuration("2w")).toBe(14 * DAY);
    expect(parseDuration("30m")).toBe(30 * 60_000);
    expect(parseDuration("7")).toBeUndefined();
    expect(parseDuration("-1d")).toBeUndefined();
  });
});
