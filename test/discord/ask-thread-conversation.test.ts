/**
 * /ask typed in a thread reaches the thread's conversation the way a mention there does
 * (conversations.ofChannel): what it reads back from Discord after a restart is kept for the
 * thread, so the next question there continues it without reading the thread again. The real
 * engine over the fixture corpus, through the fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LABELS } from "../../src/discord/locale.js";
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

/** Reads of a channel's message history (how a conversation is recalled from Discord). */
const historyReads = (channelId: string) =>
  h.fake.requests.filter((r) => r.method === "GET" && r.path === `/channels/${channelId}/messages`).length;

describe("/ask in a thread after a restart", () => {
  it("reads the thread back once: a mention after it continues the same conversation from memory", async () => {
    const asker = user("thread-recaller");
    const opening = "第1回首脳会議はどこで開幕した？";
    await h.fake.reply(h.fake.slash("ask", { question: opening, public: true, thread: true }, { user: asker }));
    const threadId = (
      await h.fake.request((r) => r.method === "POST" && r.path.endsWith("/threads") && r.body.name === opening)
    ).response.id;

    await h.restart();
    const before = historyReads(threadId);
    const asked = await h.fake.reply(
      h.fake.slash("ask", { question: "それはいつですか？" }, { user: asker, channelId: threadId }),
    );
    expect(asked.data.content).toContain(LABELS.en.followUp);
    expect(asked.data.embeds[0].description).toContain("5月18日");
    const reads = historyReads(threadId);
    expect(reads).toBeGreaterThan(before);

    const mention = h.fake.post(`<@${h.fake.botUser.id}> 次はいつ？`, asker, { channelId: threadId });
    const reply = await h.fake.messageReply(mention.id);
    expect(reply.body.content).toContain(LABELS.ja.followUp);
    expect(reply.body.embeds[0].footer.text).toContain("xian-summit-2023#5");
    expect(historyReads(threadId)).toBe(reads);
  });
});
