/**
 * Mentions that ask nothing (issue #24, defect 1) and echoed bidi controls (defect 2), through the
 * fake Discord with the real engine over the fixture corpus.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asksNothing } from "../../src/discord/small-talk.js";
import { user } from "../helpers/fake-discord.js";
import { fixtureEngine } from "../helpers/fixture-engine.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(await fixtureEngine(), { RATE_LIMIT_COUNT: "3", RATE_LIMIT_WINDOW_MS: "60000" });
});
afterAll(async () => {
  await h?.stop();
});

const mention = () => `<@${h.fake.botUser.id}>`;
const repliesTo = (id: string) =>
  h.fake.requests.filter((r) => r.method === "POST" && r.body?.message_reference?.message_id === id);
const settle = () => new Promise((r) => setTimeout(r, 300));

describe("a mention that asks nothing", () => {
  it.each([
    ["help", /Mention me with a question/],
    ["test", /Mention me with a question/],
    ["ok", /Mention me with a question/],
    ["ヘルプ", /質問を添えてメンションしてください/],
    ["？！", /Mention me with a question/],
  ])("answers `@bot %s` with the short help, in its language, and no quote", async (text, help) => {
    const posted = h.fake.post(`${mention()} ${text}`, user(`bare-${text}`));
    const reply = await h.fake.messageReply(posted.id);
    expect(reply.body.content).toMatch(help);
    expect(reply.body.embeds ?? []).toEqual([]);
  });

  it("still answers a question that merely contains such a word", async () => {
    const posted = h.fake.post(`${mention()} 第1回首脳会議はどこで開幕した？ help`, user("asker-with-help"));
    const reply = await h.fake.messageReply(posted.id);
    expect(reply.body.embeds[0].footer.text).toContain("xian-summit-2023#1");
  });

  it("counts bare mentions against the rate limit, and tells the user once, not once per message", async () => {
    const flooder = user("flooder");
    const posts = Array.from({ length: 12 }, () => h.fake.post(`${mention()}`, flooder));
    await h.fake.messageReply(posts[3]!.id);
    await settle();
    const replies = posts.map((p) => repliesTo(p.id));
    const answered = replies.filter((r) => r.length > 0);
    // Three helps (the limit), one "wait" notice; the other eight get nothing.
    expect(answered).toHaveLength(4);
    expect(answered.slice(0, 3).every(([r]) => /Mention me with a question/.test(r!.body.content))).toBe(true);
    expect(answered[3]![0]!.body.content).toMatch(/wait|seconds|秒/i);
  });
});

describe("bidi control characters in echoed text", () => {
  const RLO = "\u202e";
  const controls = /[\u202a-\u202e\u2066-\u2069]/;

  it("strips them from the refusal that echoes the question", async () => {
    const posted = h.fake.post(`${mention()} 火星${RLO}探査機の打ち上げ日は？`, user("bidi-refused"));
    const reply = await h.fake.messageReply(posted.id);
    expect(reply.body.content).toContain("火星探査機の打ち上げ日は？");
    expect(reply.body.content).not.toMatch(controls);
  });

  it("strips them from the echoed question of an answer and from the thread's name", async () => {
    const r = await h.fake.reply(
      h.fake.slash(
        "ask",
        { question: `第1回首脳会議は${RLO}どこで開幕した？\u2066`, thread: true },
        { user: user("bidi-thread") },
      ),
    );
    expect(r.data.content).toContain("第1回首脳会議はどこで開幕した？");
    expect(r.data.content).not.toMatch(controls);
    const created = await h.fake.request(
      (q) => q.method === "POST" && q.path.endsWith("/threads") && q.body.name.startsWith("第1回首脳会議は"),
    );
    expect(created.body.name).toBe("第1回首脳会議はどこで開幕した？");
  });

  it("strips them from an unknown article's name echoed back", async () => {
    const r = await h.fake.reply(
      h.fake.slash("ask", { question: "首脳会議", article: `no-such${RLO}-article` }, { user: user("bidi-article") }),
    );
    expect(r.data.content).toContain("no-such-article");
    expect(r.data.content).not.toMatch(controls);
  });
});

describe("asksNothing", () => {
  it("is true for help words, greetings, acknowledgements and punctuation alone, false for anything with a subject", () => {
    for (const t of ["", "help", "HELP!", "ok", "Thank you", "テスト", "？", "👍"]) expect(asksNothing(t)).toBe(true);
    for (const t of ["Astana", "help with the summit venue", "首脳会議", "2025", "Xi"])
      expect(asksNothing(t)).toBe(false);
  });
});
