/**
 * /ask and its threads, and "Post publicly", as a community meets them (issue #24, "Confusing for
 * people"): /ask typed in a thread continues the thread's conversation (also after a restart, read
 * back from Discord); `thread:true public:false` keeps the answer private and says why there is no
 * thread; a thread Discord refuses (403) is told to the asker; a refusal gets no thread; "Post
 * publicly" posts a page once however often it is pressed. The real engine over the fixture
 * corpus, through the fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LABELS } from "../../src/discord/locale.js";
import { user, type InteractionHandle } from "../helpers/fake-discord.js";
import { fixtureEngine } from "../helpers/fixture-engine.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(await fixtureEngine());
});
afterAll(async () => {
  await h?.stop();
});

const en = LABELS.en;
const footer = (body: any) => body.embeds?.[0]?.footer?.text ?? "";
const buttonsOf = (data: any): any[] => (data.components ?? []).flatMap((row: any) => row.components);
const threadRequests = (name: string) =>
  h.fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/threads") && r.body?.name === name);
/** Resolves once the bot finished handling the interaction (its "handled" log line), so what it did not do is known. */
const handled = (handle: InteractionHandle) =>
  vi.waitFor(() => expect(h.logs.some((l) => l.event === "interaction" && l.interactionId === handle.id)).toBe(true), {
    timeout: 15_000,
    interval: 20,
  });
/** The private follow-up messages the bot sent on an interaction after its answer. */
const followUps = (handle: InteractionHandle) =>
  (h.fake.interactions.get(handle.token)?.events ?? []).filter((e) => e.kind === "followup").map((e) => e.data);

describe("/ask typed inside a thread", () => {
  it("continues the thread's conversation, and still does after a restart, read back from the thread", async () => {
    const asker = user("thread-asker");
    const opening = "第1回首脳会議はどこで開幕した？";
    await h.fake.reply(h.fake.slash("ask", { question: opening, public: true, thread: true }, { user: asker }));
    const threadId = (
      await h.fake.request((r) => r.method === "POST" && r.path.endsWith("/threads") && r.body.name === opening)
    ).response.id;

    const second = await h.fake.reply(
      h.fake.slash("ask", { question: "それはいつですか？", public: true }, { user: asker, channelId: threadId }),
    );
    expect(second.ephemeral).toBe(false);
    expect(second.data.content).toContain(en.followUp);
    expect(second.data.embeds[0].description).toContain("5月18日");

    await h.restart();
    // Alone, the third question names nothing the articles answer.
    expect((await h.engines.current.ask("次はいつ？")).answerable).toBe(false);
    const third = await h.fake.reply(
      h.fake.slash("ask", { question: "次はいつ？" }, { user: asker, channelId: threadId }),
    );
    expect(third.ephemeral).toBe(true);
    expect(third.data.content).toContain(en.followUp);
    expect(footer(third.data)).toContain("xian-summit-2023#5");
    expect(third.data.embeds[0].description).toContain("2025年");
  });

  it("opens no thread inside a thread, even when asked for one", async () => {
    const opening = "第2回首脳会議はどこで開かれた？";
    await h.fake.reply(h.fake.slash("ask", { question: opening, public: true, thread: true }));
    const threadId = (
      await h.fake.request((r) => r.method === "POST" && r.path.endsWith("/threads") && r.body.name === opening)
    ).response.id;
    const inside = h.fake.slash(
      "ask",
      { question: "それはいつですか？", public: true, thread: true },
      { channelId: threadId },
    );
    const r = await h.fake.reply(inside);
    expect(r.data.embeds[0].description).toContain("6月17日");
    await handled(inside);
    expect(threadRequests("それはいつですか？")).toEqual([]);
  });
});

describe("/ask thread:", () => {
  it("keeps the answer private with thread:true public:false, opens no thread and says why", async () => {
    const question = "永久善隣友好協力条約に署名したのはどこ？";
    const handle = h.fake.slash("ask", { question, public: false, thread: true });
    const r = await h.fake.reply(handle);
    expect(r.ephemeral).toBe(true);
    expect(r.data.embeds.length).toBeGreaterThan(0);
    await handled(handle);
    expect(threadRequests(question)).toEqual([]);
    const notes = followUps(handle);
    expect(notes).toHaveLength(1);
    expect(notes[0].content).toBe(en.threadNeedsPublic);
    expect(notes[0].flags & 64).toBe(64);
  });

  it("tells the asker privately when Discord refuses the thread (403), and the public answer stands", async () => {
    const question = "中国は中央アジアにいくら融資すると表明した？";
    h.fake.fail((r) => r.method === "POST" && r.path.endsWith("/threads"), {
      status: 403,
      body: { message: "Missing Permissions", code: 50013 },
    });
    const handle = h.fake.slash("ask", { question, thread: true }, { locale: "ja" });
    const r = await h.fake.reply(handle);
    expect(r.ephemeral).toBe(false);
    expect(r.data.embeds.length).toBeGreaterThan(0);
    await handled(handle);
    expect(threadRequests(question).map((t) => t.status)).toEqual([403]);
    const notes = followUps(handle);
    expect(notes.map((n) => n.content)).toEqual([LABELS.ja.threadFailed]);
    expect(notes[0].flags & 64).toBe(64);
    expect(h.logs.some((l) => l.event === "thread_failed")).toBe(true);
  });

  it("opens no thread on a refusal", async () => {
    const question = "火星探査機の打ち上げ日は？";
    const handle = h.fake.slash("ask", { question, public: true, thread: true });
    const r = await h.fake.reply(handle);
    expect(r.data.embeds ?? []).toEqual([]);
    await handled(handle);
    expect(threadRequests(question)).toEqual([]);
    expect(followUps(handle)).toEqual([]);
  });
});

describe("Post publicly", () => {
  const publicPosts = (question: string) =>
    h.fake.requests.filter(
      (r) =>
        r.method === "POST" &&
        /\/callback$/.test(r.path) &&
        r.body?.type === 4 &&
        !((r.body.data?.flags ?? 0) & 64) &&
        r.body.data?.content?.includes(question),
    );

  it("posts a page once: pressed again, it says so privately", async () => {
    const asker = user("presser");
    const question = "永久善隣友好協力条約とは何か";
    const mine = await h.fake.reply(h.fake.slash("ask", { question }, { user: asker }));
    const publish = buttonsOf(mine.data).find((b) => b.label === en.postPublicly);
    const card = h.fake.message(mine.data.content, h.fake.botUser, { flags: 64, components: mine.data.components });
    const first = await h.fake.reply(h.fake.button(publish.custom_id, card, { user: asker }));
    expect(first.ephemeral).toBe(false);
    const again = await h.fake.reply(h.fake.button(publish.custom_id, card, { user: asker }));
    expect(again.ephemeral).toBe(true);
    expect(again.data.content).toBe(en.alreadyPosted);
    expect(publicPosts(question)).toHaveLength(1);
  });

  it("posts a card that continues the private answer's conversation: a reply to it is a follow-up of every earlier turn", async () => {
    const asker = user("thread-publisher");
    const opening = "第1回首脳会議はどこで開幕した？";
    const asked = h.fake.slash("ask", { question: opening, public: true, thread: true }, { user: asker });
    await h.fake.reply(asked);
    const answerId = (
      await h.fake.request((r) => r.method === "PATCH" && r.path.endsWith(`/${asked.token}/messages/@original`))
    ).response.id;
    const threadId = (
      await h.fake.request((r) => r.method === "POST" && r.path.endsWith(`/messages/${answerId}/threads`))
    ).response.id;
    const mine = await h.fake.reply(
      h.fake.slash("ask", { question: "それはいつですか？" }, { user: asker, channelId: threadId }),
    );
    expect(mine.ephemeral).toBe(true);
    const publish = buttonsOf(mine.data).find((b) => b.label === en.postPublicly);
    const press = h.fake.button(
      publish.custom_id,
      h.fake.message(mine.data.content, h.fake.botUser, { flags: 64, components: mine.data.components }),
      { user: asker },
    );
    await h.fake.reply(press);
    const posted = (
      await h.fake.request((r) => r.path.includes(`/${press.token}/callback`) && r.response?.resource?.message)
    ).response.resource.message;

    const followUp = h.fake.post("次はいつ？", asker, { channelId: threadId, replyTo: posted });
    const reply = await h.fake.messageReply(followUp.id);
    // A message's labels follow its question's language.
    expect(reply.body.content).toContain(LABELS.ja.followUp);
    // Searched with both earlier questions: the same answer as asked with that history directly.
    const direct = await h.engines.current.ask("次はいつ？", { history: [opening, "それはいつですか？"], k: 12 });
    const shown: string[] = reply.body.embeds.map((e: any) => e.footer.text);
    expect(shown).toHaveLength(Math.min(3, direct.results.length));
    expect(shown.length).toBeGreaterThan(1);
    shown.forEach((text, i) => expect(text).toContain(direct.results[i]!.id));
  });

  it("posts once when pressed twice at the same moment", async () => {
    const asker = user("double-clicker");
    const question = "中国と中央アジアの貿易額は？";
    const mine = await h.fake.reply(h.fake.slash("ask", { question }, { user: asker }));
    const publish = buttonsOf(mine.data).find((b) => b.label === en.postPublicly);
    const card = h.fake.message(mine.data.content, h.fake.botUser, { flags: 64, components: mine.data.components });
    const presses = [
      h.fake.button(publish.custom_id, card, { user: asker }),
      h.fake.button(publish.custom_id, card, { user: asker }),
    ];
    const replies = await Promise.all(presses.map((p) => h.fake.reply(p)));
    expect(replies.map((r) => r.ephemeral).sort()).toEqual([false, true]);
    expect(publicPosts(question)).toHaveLength(1);
  });
});
