/**
 * Mentions typed into a question (`@everyone`, `@here`, a user, a role, a channel) are addresses,
 * not words: they are taken out before the question is searched, so a follow-up that carries one
 * is still read with the conversation. Through the fake Discord with the real engine.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questionText } from "../../src/discord/question-text.js";
import { user } from "../helpers/fake-discord.js";
import { fixtureEngine } from "../helpers/fixture-engine.js";
import { startHarness, type Harness } from "./harness.js";

describe("questionText", () => {
  it("removes user, nickname, role and channel mentions, @everyone and @here", () => {
    expect(questionText("<@123456789012345678> @everyone 次は <@!42><@&77> いつ？ <#9> @here")).toBe("次は いつ？");
  });

  it("keeps an address that is not Discord's mention syntax", () => {
    expect(questionText("Who wrote to press@here.example and @someone?")).toBe(
      "Who wrote to press@here.example and @someone?",
    );
  });
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness(await fixtureEngine());
});
afterAll(async () => {
  await h?.stop();
});

const footer = (reply: { body: any }) => reply.body.embeds?.[0]?.footer?.text as string | undefined;

describe("mentions in a question put to the bot", () => {
  it("a DM follow-up carrying @here and a role mention continues the conversation", async () => {
    const dmUser = user("dm-mentions");
    const first = h.fake.dm("第1回首脳会議はどこで開幕した？", dmUser);
    expect(footer(await h.fake.messageReply(first.id))).toContain("xian-summit-2023#1");
    const second = h.fake.dm("@here <@&223456789012345678> 次はいつ？", dmUser);
    const reply = await h.fake.messageReply(second.id);
    expect(footer(reply)).toContain("xian-summit-2023#5");
  });

  it("a mention question with @everyone and another user's mention is answered, and echoes neither", async () => {
    const posted = h.fake.post(
      `<@${h.fake.botUser.id}> @everyone <@323456789012345678> 第1回首脳会議はどこで開幕した？`,
      user("mention-everyone"),
    );
    const reply = await h.fake.messageReply(posted.id);
    expect(footer(reply)).toContain("xian-summit-2023#1");
    expect(JSON.stringify(reply.body)).not.toMatch(/@everyone|323456789012345678/);
  });
});
