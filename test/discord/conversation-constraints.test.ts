/**
 * What an earlier turn fixed constrains the follow-up in the bot too: the real discord.js client
 * against the fake Discord, the real engine over the bundled articles (corpus/), a conversation
 * in a thread opened by a public answer and one in DMs.
 */
import { describe, expect, it, vi } from "vitest";
import { user } from "../helpers/fake-discord.js";
import { bundledEngine, tempDirs } from "../helpers/fixtures.js";
import { footersOf, harnessFor } from "./harness.js";

const tmp = tempDirs();
const harness = harnessFor(() => bundledEngine(tmp));
const mention = () => `<@${harness().fake.botUser.id}>`;

describe("a conversation about a list, in a thread", () => {
  it("answers the second item from the passage that introduces it, and refuses an item the articles never reach", async () => {
    const h = harness();
    const asker = user("lister");
    const first = await h.fake.reply(
      h.fake.slash(
        "ask",
        { question: "中国・中央アジアサミットで習主席が示した提案はいくつありますか？", public: true },
        { user: asker },
      ),
    );
    expect(footersOf(first.data)[0]).toContain("china-central-asia-spirit#13");
    const created = await h.fake.request(
      (r) => r.method === "POST" && r.path.endsWith("/threads") && r.body.name.startsWith("中国・中央アジアサミット"),
    );
    const threadId = created.response.id;

    const second = h.fake.post(`${mention()} 二つ目の提案は？`, asker, { channelId: threadId });
    const secondReply = await h.fake.messageReply(second.id);
    expect(secondReply.body.content).toMatch(/これまでの質問を踏まえて/);
    expect(secondReply.body.embeds[0].footer.text).toContain("china-central-asia-spirit#15");
    expect(secondReply.body.embeds[0].description).toContain("第二に");

    const seventh = h.fake.post(`${mention()} 七つ目の提案は何ですか？`, asker, { channelId: threadId });
    const seventhReply = await h.fake.messageReply(seventh.id);
    // Not an answer: refused, or the closest passages marked as such.
    expect(seventhReply.body.content).toMatch(/答える記述が見つかりませんでした|回答ではありません/);

    // The last item: the highest position the articles introduce (第五に).
    const last = h.fake.post(`${mention()} 最後の提案は？`, asker, { channelId: threadId });
    const lastReply = await h.fake.messageReply(last.id);
    expect(lastReply.body.embeds[0].footer.text).toContain("china-central-asia-spirit#21");
    expect(lastReply.body.embeds[0].description).toContain("第五に");
  });
});

describe("a long conversation in a thread", () => {
  it("answers a follow-up that names nothing of its own from the turn before it, four turns in", async () => {
    const h = harness();
    const asker = user("long-thread");
    const opening = "12本の協力合意はどんな方向性ですか？";
    await h.fake.reply(h.fake.slash("ask", { question: opening, public: true, thread: true }, { user: asker }));
    const threadId = (
      await h.fake.request((r) => r.method === "POST" && r.path.endsWith("/threads") && r.body.name === opening)
    ).response.id;
    /** Asks in the thread and waits until the bot has finished with it (its conversation recorded). */
    const ask = async (question: string) => {
      const handle = h.fake.slash("ask", { question, public: true }, { user: asker, channelId: threadId });
      const r = await h.fake.reply(handle);
      await vi.waitFor(
        () => expect(h.logs.some((l) => l.event === "interaction" && l.interactionId === handle.id)).toBe(true),
        { timeout: 15_000, interval: 20 },
      );
      return r;
    };
    await ask("人材交流にはどんな意味がありますか？");
    await ask("現地のエンジニアは何と言いましたか？");
    const name = await ask("彼の名前は？");
    expect(footersOf(name.data)[0]).toContain("kazakh-voices-silk-road#8");
    expect(name.data.embeds[0].description).toContain("Erzat");
  });
});

describe("a conversation in DMs", () => {
  it("answers an English follow-up from the earlier turn's passage, and refuses what the articles don't say", async () => {
    const h = harness();
    const dmUser = user("dm-follow");
    const first = h.fake.dm("How much grant aid did China announce for Central Asia this year?", dmUser);
    const firstReply = await h.fake.messageReply(first.id);
    expect(footersOf(firstReply.body).join(" ")).toContain("china-central-asia-spirit#16");
    const second = h.fake.dm("And how many training places?", dmUser);
    const secondReply = await h.fake.messageReply(second.id);
    expect(secondReply.body.content).not.toMatch(/The articles don't answer that|not an answer/);
    expect(secondReply.body.embeds[0].footer.text).toContain("china-central-asia-spirit#16");
    const third = h.fake.dm("What was the seventh proposal?", dmUser);
    const thirdReply = await h.fake.messageReply(third.id);
    expect(thirdReply.body.content).toMatch(/The articles don't answer that|not an answer/);
  });
});

describe("a follow-up sent before the answer it follows", () => {
  it("is searched with the question still being answered, in DMs", async () => {
    const h = harness();
    const dmUser = user("dm-quick");
    // Both sent at once: the second arrives while the first is still being answered.
    const first = h.fake.dm("第2回サミットはどこで開かれましたか？", dmUser);
    const second = h.fake.dm("それはいつ？", dmUser);
    const [firstReply, secondReply] = await Promise.all([
      h.fake.messageReply(first.id),
      h.fake.messageReply(second.id),
    ]);
    expect(firstReply.body.content).not.toMatch(/これまでの質問を踏まえて/);
    expect(secondReply.body.content).toMatch(/これまでの質問を踏まえて/);
  });
});

describe("a turn in conversation form, in DMs", () => {
  it("answers a question that changes the subject as a fresh one, without the follow-up note, and follows it after", async () => {
    const h = harness();
    const dmUser = user("dm-topic");
    const first = h.fake.dm("2024年7月の会談で、カザフスタン空軍の航空機は何をしましたか？", dmUser);
    expect(footersOf((await h.fake.messageReply(first.id)).body)[0]).toContain("xi-tokayev-talks-2024-07#2");
    const changed = h.fake.dm("話は変わりますが、習主席がサミットで示した提案はいくつですか？", dmUser);
    const changedReply = await h.fake.messageReply(changed.id);
    expect(changedReply.body.content).not.toMatch(/これまでの質問を踏まえて/);
    expect(footersOf(changedReply.body).join(" ")).toContain("china-central-asia-spirit#13");
    const second = h.fake.dm("ありがとうございます。二つ目は？", dmUser);
    const secondReply = await h.fake.messageReply(second.id);
    expect(secondReply.body.content).toMatch(/これまでの質問を踏まえて/);
    expect(secondReply.body.embeds[0].footer.text).toContain("china-central-asia-spirit#15");
  });
});

describe("a turn in conversation form, in a thread", () => {
  it("answers a greeted opening question and a thanked follow-up as the plain ones", async () => {
    const h = harness();
    const asker = user("greeter");
    const opening = "こんにちは！第1回の中国・中央アジアサミットはどこで開かれましたか？";
    await h.fake.reply(h.fake.slash("ask", { question: opening, public: true, thread: true }, { user: asker }));
    const threadId = (
      await h.fake.request(
        (r) =>
          r.method === "POST" && r.path.endsWith("/threads") && r.body.name.includes("第1回の中国・中央アジアサミット"),
      )
    ).response.id;
    const followUp = h.fake.post(`${mention()} ありがとうございます。そこで首脳たちは何を植えたのですか？`, asker, {
      channelId: threadId,
    });
    const reply = await h.fake.messageReply(followUp.id);
    expect(reply.body.content).toMatch(/これまでの質問を踏まえて/);
    expect(reply.body.embeds[0].footer.text).toContain("china-central-asia-spirit#4");
    expect(reply.body.embeds[0].description).toContain("ザクロ");
  });
});
