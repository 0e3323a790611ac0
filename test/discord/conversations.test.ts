/**
 * Conversations, sharing and feedback end to end: the real discord.js client against the fake
 * Discord, the real engine over the fixture corpus, the feedback record in a temporary SQLite file.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { runCommand } from "../../src/cli/command.js";
import { report } from "../../src/cli/commands/report.js";
import { loadConfig } from "../../src/config.js";
import { buildReport } from "../../src/feedback/report.js";
import { BUSY_REST_MS, FeedbackStore } from "../../src/feedback/store.js";
import { user } from "../helpers/fake-discord.js";
import { fixtureEngine } from "../helpers/fixture-engine.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "summit-conv-"));
  h = await startHarness(await fixtureEngine(), {
    FEEDBACK_DB_PATH: join(dir, "feedback.sqlite"),
    FEEDBACK_SALT: "test-salt",
  });
});
afterAll(async () => {
  await h?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const users = {
  kenji: user("kenji"),
  aiko: user("aiko"),
  mei: user("mei"),
  dm: user("dmuser"),
  rater: user("rater"),
  critic: user("critic"),
  sharer: user("sharer"),
};
const buttonsOf = (data: any): any[] => (data.components ?? []).flatMap((row: any) => row.components);
const footers = (data: any): string[] => (data.embeds ?? []).map((e: any) => e.footer.text);
const mention = () => `<@${h.fake.botUser.id}>`;
const messageCreated = (reply: { response?: any }) => reply.response;

describe("a conversation in a thread", () => {
  it("opens a thread on a public answer; the second and third questions there are answered from the first", async () => {
    const asker = users.kenji;
    const first = await h.fake.reply(
      h.fake.slash("ask", { question: "第1回首脳会議はどこで開幕した？", public: true }, { user: asker }),
    );
    expect(first.ephemeral).toBe(false);
    expect(footers(first.data)[0]).toContain("xian-summit-2023#1");
    const created = await h.fake.request((r) => r.method === "POST" && r.path.endsWith("/threads"));
    const threadId = created.response.id;
    expect(created.body.name).toBe("第1回首脳会議はどこで開幕した？");
    expect(h.fake.threads.get(threadId)?.parent_id).toBe(h.fake.channelId);

    // Alone, the follow-ups name nothing the articles answer.
    expect((await h.engines.current.ask("それはいつですか？")).answerable).toBe(false);
    expect((await h.engines.current.ask("次はいつ？")).answerable).toBe(false);

    const second = h.fake.post(`${mention()} それはいつですか？`, asker, { channelId: threadId });
    const secondReply = await h.fake.messageReply(second.id);
    expect(secondReply.path).toBe(`/channels/${threadId}/messages`);
    expect(secondReply.body.content).toMatch(/それはいつですか？/);
    expect(secondReply.body.content).toMatch(/これまでの質問を踏まえて/);
    expect(secondReply.body.embeds[0].footer.text).toContain("xian-summit-2023#1");
    expect(secondReply.body.embeds[0].description).toContain("5月18日");

    const third = h.fake.post(`${mention()} 次はいつ？`, users.aiko, { channelId: threadId });
    const thirdReply = await h.fake.messageReply(third.id);
    expect(thirdReply.body.embeds[0].footer.text).toContain("xian-summit-2023#5");
    expect(thirdReply.body.embeds[0].description).toContain("2025年");
  });

  it("ignores a message in the thread that does not mention the bot (its text never arrives)", async () => {
    const first = await h.fake.reply(
      h.fake.slash("ask", { question: "中国は中央アジアにいくら融資すると表明した？", thread: true }),
    );
    expect(first.ephemeral).toBe(false);
    const created = await h.fake.request(
      (r) => r.method === "POST" && r.path.endsWith("/threads") && r.body.name.startsWith("中国は中央アジアに"),
    );
    const before = h.fake.requests.length;
    const chatter = h.fake.post("それはいつですか？", user("someone"), { channelId: created.response.id });
    expect(chatter.content).toBe("");
    const probe = h.fake.post(`${mention()} 西安`, user("someone"), { channelId: created.response.id });
    await h.fake.messageReply(probe.id);
    expect(h.fake.requests.slice(before).some((r) => r.body?.message_reference?.message_id === chatter.id)).toBe(false);
  });
});

describe("replies and DMs", () => {
  it("continues the conversation when someone replies to an answer without @mentioning the bot", async () => {
    const asked = h.fake.post(`${mention()} 第2回首脳会議はどこで開かれた？`, users.mei);
    const answer = messageCreated(await h.fake.messageReply(asked.id));
    expect(answer.embeds[0].footer.text).toContain("astana-summit-2025#1");
    const followUp = h.fake.post("それはいつですか？", users.mei, { replyTo: answer });
    expect(followUp.content).toBe("それはいつですか？");
    const reply = await h.fake.messageReply(followUp.id);
    expect(reply.body.embeds[0].footer.text).toContain("astana-summit-2025#1");
    expect(reply.body.embeds[0].description).toContain("6月17日");
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("answers a reply chain that moved from an off-topic question to the summit as if the off-topic one had not been asked", async () => {
    /** Posts `questions` as a reply chain (the first mentions the bot); returns the bot's replies. */
    const chain = async (asker: ReturnType<typeof user>, questions: string[]): Promise<any[]> => {
      const replies: any[] = [];
      for (const q of questions) {
        const posted =
          replies.length === 0
            ? h.fake.post(`${mention()} ${q}`, asker)
            : h.fake.post(q, asker, { replyTo: replies.at(-1) });
        replies.push((await h.fake.messageReply(posted.id)).response);
      }
      return replies;
    };
    const [refused, summit, when, population] = await chain(user("switcher"), [
      "火星探査機の打ち上げは？",
      "第2回首脳会議はどこで開かれた？",
      "それはいつですか？",
      "それの人口は？",
    ]);
    const [, direct] = await chain(user("direct"), ["第2回首脳会議はどこで開かれた？", "それはいつですか？"]);
    expect(refused.embeds ?? []).toEqual([]);
    expect(summit.embeds[0].footer.text).toContain("astana-summit-2025#1");
    expect(when.content).toMatch(/これまでの質問を踏まえて/);
    expect(when.embeds[0].description).toContain("6月17日");
    // The same quotes, with the same strength in their footers, as without the Mars probe question.
    expect(when.embeds.map((e: any) => e.footer.text)).toEqual(direct.embeds.map((e: any) => e.footer.text));
    // The articles say nothing of the population, whatever the conversation before.
    expect(population.embeds ?? []).toEqual([]);
    expect(population.content).toContain("それの人口は？");
    // Right after an off-topic question, 「それ」 is what it asked about: refused.
    const [, , tooSoon] = await chain(user("hopper"), [
      "第2回首脳会議はどこで開かれた？",
      "火星探査機の打ち上げは？",
      "それはいつですか？",
    ]);
    expect(tooSoon.embeds ?? []).toEqual([]);
  });

  it("cannot answer a reply sent with the ping switched off: Discord withholds its text", async () => {
    const asked = h.fake.post(`${mention()} 第2回首脳会議はどこで開かれた？`, users.mei);
    const answer = messageCreated(await h.fake.messageReply(asked.id));
    const silent = h.fake.post("それはいつですか？", users.mei, { replyTo: answer, ping: false });
    expect(silent.content).toBe("");
    const probe = h.fake.post(`${mention()} 西安`, users.mei);
    await h.fake.messageReply(probe.id);
    expect(h.fake.requests.some((r) => r.body?.message_reference?.message_id === silent.id)).toBe(false);
  });

  it("answers a DM, and the next DM continues it", async () => {
    const dmUser = users.dm;
    const first = h.fake.dm("第1回首脳会議はどこで開幕した？", dmUser);
    const firstReply = await h.fake.messageReply(first.id);
    expect(firstReply.path).toBe(`/channels/${first.channel_id}/messages`);
    expect(firstReply.body.embeds[0].footer.text).toContain("xian-summit-2023#1");
    const second = h.fake.dm("次はいつ？", dmUser);
    const secondReply = await h.fake.messageReply(second.id);
    expect(secondReply.body.embeds[0].footer.text).toContain("xian-summit-2023#5");
  });
});

describe("post publicly", () => {
  it("posts a private answer in the channel, rate limited like /ask", async () => {
    const asker = users.sharer;
    const mine = await h.fake.reply(h.fake.slash("ask", { question: "永久善隣友好協力条約とは何か" }, { user: asker }));
    expect(mine.ephemeral).toBe(true);
    const publish = buttonsOf(mine.data).find((b) => b.label === "Post publicly");
    expect(publish).toBeDefined();
    const posted = await h.fake.reply(
      h.fake.button(publish.custom_id, h.fake.message(mine.data.content, h.fake.botUser, { flags: 64 }), {
        user: asker,
      }),
    );
    expect(posted.ephemeral).toBe(false);
    expect(posted.events[0]!.type).toBe(4);
    expect(footers(posted.data)).toEqual(footers(mine.data));
    expect(buttonsOf(posted.data).some((b) => b.label === "Post publicly")).toBe(false);
    expect(posted.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("turns a user over the rate limit away privately", async () => {
    const limited = await startHarness(await fixtureEngine(), { RATE_LIMIT_COUNT: "1" });
    try {
      const asker = user("eager");
      const mine = await limited.fake.reply(
        limited.fake.slash("ask", { question: "永久善隣友好協力条約とは何か" }, { user: asker }),
      );
      const publish = buttonsOf(mine.data).find((b) => b.label === "Post publicly");
      const r = await limited.fake.reply(
        limited.fake.button(publish.custom_id, limited.fake.message("", limited.fake.botUser, { flags: 64 }), {
          user: asker,
        }),
      );
      expect(r.ephemeral).toBe(true);
      expect(r.data.content).toMatch(/please wait \d+ s/);
    } finally {
      await limited.stop();
    }
  });
});

describe("feedback", () => {
  it("stores 👍, 👎 and wrong citation with the question and its citations, and the report shows them", async () => {
    const question = "中国と中央アジアの貿易額は？";
    const answer = await h.fake.reply(h.fake.slash("ask", { question }, { user: users.rater }));
    const labels = buttonsOf(answer.data).map((b) => b.label);
    expect(labels).toEqual(expect.arrayContaining(["👍", "👎", "Wrong citation"]));
    const down = buttonsOf(answer.data).find((b) => b.label === "👎");
    const wrong = buttonsOf(answer.data).find((b) => b.label === "Wrong citation");
    const onAnswer = h.fake.message("", h.fake.botUser, { flags: 64 });
    const thanks = await h.fake.reply(h.fake.button(down.custom_id, onAnswer, { user: users.rater }));
    expect(thanks.ephemeral).toBe(true);
    expect(thanks.data.content).toMatch(/Thanks/);
    await h.fake.reply(h.fake.button(wrong.custom_id, onAnswer, { user: users.critic }));

    const refused = await h.fake.reply(h.fake.slash("ask", { question: "火星探査機の打ち上げ日は？" }));
    expect(buttonsOf(refused.data).map((b) => b.label)).toEqual(["👍", "👎"]);

    const report = buildReport(h.bot.ctx.feedback, 0)!;
    const disliked = report.disliked.find((d) => d.question === question)!;
    expect(disliked).toMatchObject({ outcome: "answer", down: 1, wrongCitation: 1 });
    expect(disliked.answerIds[0]).toBe(
      footers(answer.data)[0]!
        .split(" · ")
        .find((p) => p.includes("#")),
    );
    expect(report.refused.map((r) => r.question)).toContain("火星探査機の打ち上げ日は？");
    expect(report.byOutcome.answer).toBeGreaterThan(0);
    expect(report.mostAsked.length).toBeGreaterThan(3);
  });

  it("prints what the bot recorded with summit-bot report, and --forget removes a user's rows", async () => {
    const config = loadConfig({ FEEDBACK_DB_PATH: join(dir, "feedback.sqlite"), FEEDBACK_SALT: "test-salt" });
    let out = "";
    const stdout = new PassThrough().on("data", (c) => (out += c));
    const io = { stdout, stderr: new PassThrough(), stdin: new PassThrough() };
    expect(await runCommand(report, ["--since", "7d"], config, io)).toBe(0);
    expect(out).toMatch(/^summit-bot report — since \d{4}-\d\d-\d\d \(7d\)\n\d+ questions: /);
    expect(out).toMatch(/Refused — what the articles are missing\n(.*\n)*\s+\d+ {2}火星探査機の打ち上げ日は？/);
    expect(out).toMatch(/1 👎 {2}1 ✗ {2}中国と中央アジアの貿易額は？ {2}\[answer\] trade-analysis#1/);
    out = "";
    expect(await runCommand(report, ["--forget", users.rater.id], config, io)).toBe(0);
    // Their own 👎, and the critic's rating of their question (which goes with the question).
    expect(out).toMatch(new RegExp(`^forgot user ${users.rater.id}: 1 question\\(s\\) and 2 rating\\(s\\) deleted`));
  });

  it("records a related answer (closest passages, not an answer) as related, with the passages it showed", async () => {
    const question = "カザフスタンの首相は誰ですか？";
    const related = await h.fake.reply(h.fake.slash("ask", { question }));
    expect(related.data.content).toContain("not an answer");
    const row = h.bot.ctx.feedback.query((db) =>
      db.prepare("SELECT outcome, answer_ids FROM asks WHERE question = ?").get(question),
    ) as { outcome: string; answer_ids: string };
    expect(row.outcome).toBe("related");
    expect(JSON.parse(row.answer_ids)).toEqual(
      footers(related.data).map((f) => f.split(" · ").find((p) => /#\d+$/.test(p))),
    );
  });
});

describe("a corrupt feedback database", () => {
  it("never stops answering: the failure is logged and the answer comes without feedback buttons", async () => {
    const path = join(dir, "corrupt.sqlite");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, "definitely not sqlite ".repeat(300));
    const broken = await startHarness(await fixtureEngine(), { FEEDBACK_DB_PATH: path });
    try {
      expect(
        broken.logs.some((l) => l.event === "feedback_disabled" && /not a database|malformed/.test(l.err?.message)),
      ).toBe(true);
      const r = await broken.fake.reply(broken.fake.slash("ask", { question: "第1回首脳会議はどこで開幕した？" }));
      expect(footers(r.data)[0]).toContain("xian-summit-2023#1");
      expect(buttonsOf(r.data).some((b) => b.label === "👍")).toBe(false);
      const stale = await broken.fake.reply(
        broken.fake.button("fb:up:1", broken.fake.message("", broken.fake.botUser)),
      );
      expect(stale.data.content).toMatch(/not being recorded/);
    } finally {
      await broken.stop();
    }
  });

  it("keeps answering through a lock held by another process, and turns feedback back on once it clears (issue #24, defect 4)", async () => {
    const path = join(dir, "lockable.sqlite");
    const locking = await startHarness(await fixtureEngine(), { FEEDBACK_DB_PATH: path });
    const Database = (await import("better-sqlite3")).default;
    const other = new Database(path);
    const ask = () => locking.fake.reply(locking.fake.slash("ask", { question: "第1回首脳会議はどこで開幕した？" }));
    const hasFeedback = (data: any) => buttonsOf(data).some((b) => b.custom_id.startsWith("fb:"));
    try {
      expect(hasFeedback((await ask()).data)).toBe(true);
      other.exec("BEGIN EXCLUSIVE");
      const during = await ask();
      expect(footers(during.data)[0]).toContain("xian-summit-2023#1");
      expect(hasFeedback(during.data)).toBe(false);
      expect(locking.logs.some((l) => l.event === "feedback_busy" && /locked|busy/i.test(l.err?.message))).toBe(true);
      expect(locking.logs.some((l) => l.event === "feedback_disabled")).toBe(false);
      other.exec("ROLLBACK");
      // The store rests BUSY_REST_MS.first after a locked write before it tries again.
      await new Promise((r) => setTimeout(r, BUSY_REST_MS.first + 50));
      const after = await ask();
      expect(hasFeedback(after.data)).toBe(true);
      expect(locking.logs.some((l) => l.event === "feedback_recovered")).toBe(true);
      expect(locking.bot.ctx.feedback.enabled).toBe(true);
    } finally {
      if (other.inTransaction) other.exec("ROLLBACK");
      other.close();
      await locking.stop();
    }
  });
});

it("never stores a raw user id", () => {
  const store: FeedbackStore = h.bot.ctx.feedback;
  const dump = JSON.stringify(
    store.query((db) => [db.prepare("SELECT * FROM asks").all(), db.prepare("SELECT * FROM feedback").all()]),
  );
  expect(dump.length).toBeGreaterThan(100);
  for (const u of Object.values(users)) expect(dump).not.toContain(u.id);
  expect(dump).toContain(h.fake.guildId);
});
