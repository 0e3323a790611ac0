import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { report } from "../../src/cli/commands/report.js";
import { runCommand } from "../../src/cli/command.js";
import { loadConfig } from "../../src/config.js";
import { FeedbackStore } from "../../src/feedback/store.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "summit-report-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const io = () => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => (out += c));
  stderr.on("data", (c) => (err += c));
  return { io: { stdout, stderr, stdin: new PassThrough() }, out: () => out, err: () => err };
};

describe("summit-bot report", () => {
  it("prints most asked, refused, disliked answers with citations and most cited passages; --forget removes a user", async () => {
    const path = join(dir, "fb.sqlite");
    const config = loadConfig({ FEEDBACK_DB_PATH: path, FEEDBACK_SALT: "s" });
    const store = FeedbackStore.open({ path, retentionDays: 90, salt: "s" });
    const id = store.recordAsk({
      question: "首脳会議はどこで開かれた？",
      outcome: "answer",
      answerIds: ["xian#1", "xian#5"],
      userId: "123456789012345678",
      surface: "slash",
    })!;
    store.recordAsk({
      question: "火星探査機の打ち上げ日は？",
      outcome: "refusal",
      answerIds: [],
      userId: "223456789012345678",
      surface: "dm",
    });
    store.recordFeedback(id, "223456789012345678", "down");
    store.close();

    const a = io();
    expect(await runCommand(report, ["--since", "7d"], config, a.io)).toBe(0);
    expect(a.out()).toMatch(/2 questions: 1 answered \(50%\), 0 related only \(0%\), 1 refused \(50%\)/);
    expect(a.out()).toMatch(/Refused — what the articles are missing\n\s+1 {2}火星探査機の打ち上げ日は？/);
    expect(a.out()).toMatch(/1 👎 {2}0 ✗ {2}首脳会議はどこで開かれた？ {2}\[answer\] xian#1, xian#5/);
    expect(a.out()).toMatch(/Most cited passages\n\s+1 {2}xian#1\n\s+1 {2}xian#5/);

    const f = io();
    expect(await runCommand(report, ["--forget", "123456789012345678"], config, f.io)).toBe(0);
    expect(f.out()).toBe("forgot user 123456789012345678: 1 question(s) and 1 rating(s) deleted\n");
  });

  it("rejects a bad --since and a bad --forget with what was expected", async () => {
    const config = loadConfig({ FEEDBACK_DB_PATH: join(dir, "fb.sqlite") });
    await expect(runCommand(report, ["--since", "week"], config, io().io)).rejects.toThrow(
      /--since: expected a duration such as 7d.*received "week"/,
    );
    await expect(runCommand(report, ["--forget", "bob"], config, io().io)).rejects.toThrow(
      /--forget: expected a Discord user id.*received "bob"/,
    );
  });

  it("fails with exit code 1 and a clear message on a corrupt database", async () => {
    const path = join(dir, "bad.sqlite");
    writeFileSync(path, "garbage ".repeat(500));
    process.env.FEEDBACK_DB_PATH = path;
    try {
      const r = io();
      expect(await main(["report"], r.io)).toBe(1);
      expect(r.err()).toMatch(
        /^summit-bot report: cannot read the feedback database .*bad\.sqlite: .*(not a database|malformed)/,
      );
    } finally {
      delete process.env.FEEDBACK_DB_PATH;
    }
  });

  /** Runs `summit-bot report …args` as a user would, with the environment `env`; exit code and stderr. */
  const runMain = async (args: string[], env: Record<string, string>) => {
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const r = io();
      const code = await main(["report", ...args], r.io);
      return { code, out: r.out(), err: r.err() };
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  };

  it("says there is no database at a wrong FEEDBACK_DB_PATH, exits 1, and creates nothing (issue #24, defect 5)", async () => {
    const path = join(dir, "no", "such", "folder", "feedback.sqlite");
    const r = await runMain([], { FEEDBACK_DB_PATH: path });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`no feedback database at ${path}`);
    expect(r.out).not.toMatch(/0 questions/);
    expect(existsSync(join(dir, "no"))).toBe(false);
  });

  it("refuses --forget without the bot's FEEDBACK_SALT instead of deleting nothing and storing a salt of its own", async () => {
    const path = join(dir, "salted.sqlite");
    const bot = FeedbackStore.open({ path, retentionDays: 90, salt: "the-bots-salt" });
    bot.recordAsk({ question: "q", outcome: "answer", answerIds: [], userId: "123456789012345678", surface: "slash" });
    bot.close();
    const r = await runMain(["--forget", "123456789012345678"], { FEEDBACK_DB_PATH: path, FEEDBACK_SALT: "" });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/FEEDBACK_SALT.*expected the same FEEDBACK_SALT.*received none/);
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM meta WHERE key = 'salt'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM asks").pluck().get()).toBe(1);
    db.close();
    // With the bot's salt, the same command finds the user.
    const ok = await runMain(["--forget", "123456789012345678"], {
      FEEDBACK_DB_PATH: path,
      FEEDBACK_SALT: "the-bots-salt",
    });
    expect(ok.out).toContain("1 question(s)");
  });

  it("reads the database without writing to it: the file is byte for byte the same, old rows included", async () => {
    const path = join(dir, "readonly.sqlite");
    const longAgo = Date.now() - 200 * 24 * 3_600_000;
    const bot = FeedbackStore.open({ path, retentionDays: 365, salt: "s", now: () => longAgo });
    bot.recordAsk({
      question: "首脳会議はどこ？",
      outcome: "answer",
      answerIds: ["xian#1"],
      userId: "1",
      surface: "slash",
    });
    bot.close();
    const before = readFileSync(path);
    // The bot's retention (90 days) would prune the row; a report is no occasion to write.
    const r = await runMain(["--since", "52w"], {
      FEEDBACK_DB_PATH: path,
      FEEDBACK_SALT: "s",
      FEEDBACK_RETENTION_DAYS: "90",
    });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 questions: 1 answered/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
