/**
 * Follow-ups that survive a restart (issue #24): the conversation is read back from Discord — the
 * thread's starter answer and the bot's answers in it, the replied-to answer's reply chain, the
 * DM — so a new process (or another machine) continues it as the old one would have. The real
 * engine over the fixture corpus; the bot restarted between turns against the same fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../helpers/fake-discord.js";
import { fixtureEngine } from "../helpers/fixture-engine.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(await fixtureEngine());
});
afterAll(async () => {
  await h?.stop();
});

const mention = () => `<@${h.fake.botUser.id}>`;
const footer = (body: any) => body.embeds?.[0]?.footer?.text ?? "";

describe("a thread conversation across a restart", () => {
  it("answers the third question of a thread from the first two after the bot restarted between turns 2 and 3", async () => {
    const asker = user("restarter");
    const first = await h.fake.reply(
      h.fake.slash("ask", { question: "第1回首脳会議はどこで開幕した？", public: true }, { user: asker }),
    );
    expect(footer(first.data)).toContain("xian-summit-2023#1");
    const created = await h.fake.request(
      (r) => r.method === "POST" && r.path.endsWith("/threads") && r.body.name === "第1回首脳会議はどこで開幕した？",
    );
    const threadId = created.response.id;

    const second = h.fake.post(`${mention()} それはいつですか？`, asker, { channelId: threadId });
    const secondReply = await h.fake.messageReply(second.id);
    expect(secondReply.body.content).toMatch(/これまでの質問を踏まえて/);
    expect(secondReply.body.embeds[0].description).toContain("5月18日");

    await h.restart();
    expect(h.bot.ctx.conversations.get(threadId)).toBeUndefined();

    // Alone, the third question names nothing the articles answer.
    expect((await h.engines.current.ask("次はいつ？")).answerable).toBe(false);
    const third = h.fake.post(`${mention()} 次はいつ？`, asker, { channelId: threadId });
    const thirdReply = await h.fake.messageReply(third.id);
    expect(thirdReply.body.content).toMatch(/これまでの質問を踏まえて/);
    expect(footer(thirdReply.body)).toContain("xian-summit-2023#5");
    expect(thirdReply.body.embeds[0].description).toContain("2025年");
    // Searched with both earlier questions, in order: the same answer as without the restart.
    const direct = await h.engines.current.ask("次はいつ？", {
      history: ["第1回首脳会議はどこで開幕した？", "それはいつですか？"],
      k: 12,
    });
    const shown: string[] = thirdReply.body.embeds.map((e: any) => e.footer.text);
    expect(shown.length).toBeGreaterThan(0);
    shown.forEach((text, i) => expect(text).toContain(direct.results[i]!.id));
    expect(h.logs.some((l) => l.event === "conversation_recalled" && l.turns === 2)).toBe(true);
  });

  it("continues a reply chain after a restart from the replied-to answer, not from what the channel asked since", async () => {
    const asker = user("replier");
    const asked = h.fake.post(`${mention()} 第2回首脳会議はどこで開かれた？`, asker);
    const answer = (await h.fake.messageReply(asked.id)).response;
    expect(footer(answer)).toContain("astana-summit-2025#1");
    await h.restart();
    const followUp = h.fake.post("それはいつですか？", asker, { replyTo: answer });
    const reply = await h.fake.messageReply(followUp.id);
    expect(reply.body.content).toMatch(/これまでの質問を踏まえて/);
    expect(footer(reply.body)).toContain("astana-summit-2025#1");
    expect(reply.body.embeds[0].description).toContain("6月17日");
  });

  it("replies to a pre-restart DM answer with that answer's conversation, not the DM's later turns", async () => {
    const dmUser = user("dm-restarter");
    const asked = h.fake.dm("第2回首脳会議はどこで開かれた？", dmUser);
    const astana = (await h.fake.messageReply(asked.id)).response;
    await h.restart();
    const other = h.fake.dm("第1回首脳会議はどこで開幕した？", dmUser);
    await h.fake.messageReply(other.id);
    const followUp = h.fake.dm("それはいつですか？", dmUser, { replyTo: astana });
    const reply = await h.fake.messageReply(followUp.id);
    expect(reply.body.content).toMatch(/これまでの質問を踏まえて/);
    expect(reply.body.embeds[0].description).toContain("6月17日");
  });
});
