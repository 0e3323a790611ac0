/**
 * The answer stage's traps (test/helpers/answer-corpus.ts) as a user meets them: the real
 * discord.js client against the fake Discord, the real engine over the trap corpus.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWER_TRAPS } from "../helpers/answer-corpus.js";
import { engineOver, tempDirs } from "../helpers/fixtures.js";
import { user } from "../helpers/fake-discord.js";
import { startHarness, type Harness } from "./harness.js";

const tmp = tempDirs();
let h: Harness;
beforeAll(async () => {
  h = await startHarness(await engineOver(ANSWER_TRAPS, tmp));
});
afterAll(async () => {
  await h?.stop();
});

const mention = () => `<@${h.fake.botUser.id}>`;
const footers = (data: any): string[] => (data.embeds ?? []).map((e: any) => e.footer.text);

describe("answers through the fake Discord", () => {
  it("answers a mention 「第2回サミットはいつ」 with the dated second summit first, not the title-vouched recall of the first", async () => {
    const asked = h.fake.post(`${mention()} 第2回サミットはいつ開かれましたか？`, user("asker"));
    const reply = (await h.fake.messageReply(asked.id)).body;
    expect(footers(reply)[0]).toContain("astana#1");
    expect(reply.embeds[0].description).toContain("**2025年6月17日");
    const recall = reply.embeds.findIndex((e: any) => e.footer.text.includes("second-summit#1"));
    if (recall >= 0) expect(reply.embeds[recall].description).not.toContain("**");
  });

  it("quotes what 習近平国家主席 said (習主席は…と述べ) first, not a sentence where he is named in a relative clause", async () => {
    const r = await h.fake.reply(h.fake.slash("ask", { question: "習近平国家主席は何と述べましたか？" }));
    expect(footers(r.data)[0]).toContain("talks#2");
    expect(r.data.embeds[0].description).toMatch(/\*\*[^*]*関税・貿易戦争に勝者はいない[^*]*\*\*/);
  });

  it("Find sources bolds no sentence of a secondary passage that shares only a number with the claim", async () => {
    const message = h.fake.message("第1回サミットからの2年間で、中国と中央アジアの貿易は35%増加した", user("claimant"));
    const r = await h.fake.reply(h.fake.messageCommand("Find sources", message));
    const measures = r.data.embeds.find((e: any) => e.footer?.text?.includes("measures#1"));
    expect(measures).toBeDefined();
    expect(measures.description).toContain("研修機会");
    expect(measures.description).not.toContain("**");
  });

  it("shows a question about a country named only inside a railway's name as related passages, not an answer", async () => {
    const r = await h.fake.reply(h.fake.slash("ask", { question: "キルギスの首都は？" }));
    expect(r.data.content).toContain("not an answer");
    for (const e of r.data.embeds) expect(e.description).not.toContain("**");
  });
});
