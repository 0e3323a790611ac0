import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReloader } from "../../src/engine/reload.js";
import { user } from "../helpers/fake-discord.js";
import { controllable } from "./fake-engine.js";
import { fixtureEngine } from "../helpers/fixture-engine.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let engine: ReturnType<typeof controllable>;
beforeAll(async () => {
  engine = controllable(await fixtureEngine());
  h = await startHarness(engine, {
    RATE_LIMIT_COUNT: "3",
    RATE_LIMIT_WINDOW_MS: "600000",
    DISCORD_QUEUE_CONCURRENCY: "1",
  });
});
afterAll(async () => {
  await h?.stop();
});

const until = async (probe: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !probe(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!probe()) throw new Error(`timed out waiting for ${what}`);
};
const ask = (question: string, who = user("asker"), extra: Record<string, string | boolean> = {}) =>
  h.fake.slash("ask", { question, ...extra }, { user: who });

describe("rate limit and queue", () => {
  it("tells a user who asks too often to wait, without affecting others", async () => {
    const eager = user("eager");
    for (let i = 0; i < 3; i++)
      expect((await h.fake.reply(ask("西安で開幕", eager))).data.embeds.length).toBeGreaterThan(0);
    const limited = await h.fake.reply(ask("西安で開幕", eager));
    expect(limited.ephemeral).toBe(true);
    expect(limited.deferred).toBe(false);
    expect(limited.data.content).toMatch(/You're asking quickly — please wait \d+ s/);
    expect((await h.fake.reply(ask("西安で開幕", user("patient")))).data.embeds.length).toBeGreaterThan(0);
    expect(h.logs.some((l) => l.event === "rate_limited" && l.userId === eager.id)).toBe(true);
  });

  // Regression (issue #8, item 4): /cite id: posted publicly without counting against the limit.
  it("counts /cite id: against the same per-user limit as /ask, since it posts publicly", async () => {
    const poster = user("poster");
    const id = h.engines.current.suggestPassages("", Infinity)[0]!.id;
    for (let i = 0; i < 3; i++) {
      const posted = await h.fake.reply(h.fake.slash("cite", { id }, { user: poster }));
      expect(posted.ephemeral).toBe(false);
    }
    const limited = await h.fake.reply(h.fake.slash("cite", { id }, { user: poster }));
    expect(limited.ephemeral).toBe(true);
    expect(limited.data.content).toMatch(/please wait \d+ s/);
    // The limit is shared: the same user's /ask waits too.
    expect((await h.fake.reply(ask("西安で開幕", poster))).data.content).toMatch(/please wait \d+ s/);
  });

  it("applies the same limit to questions in messages, and never counts a mistyped article", async () => {
    const typist = user("typist");
    // An unknown article is answered before admission: however often, it costs no question.
    for (let i = 0; i < 5; i++)
      expect((await h.fake.reply(ask("西安で開幕", typist, { article: "no-such-article" }))).data.content).toMatch(
        /No article `no-such-article`/,
      );
    const mention = () => h.fake.post(`<@${h.fake.botUser.id}> 西安で開幕`, typist);
    for (let i = 0; i < 3; i++) expect((await h.fake.messageReply(mention().id)).body.embeds.length).toBeGreaterThan(0);
    const limited = await h.fake.messageReply(mention().id);
    // A message has no locale: the Japanese question gets the Japanese notice.
    expect(limited.body.content).toMatch(/\d+ 秒ほど待って/);
    // One limit for every surface: the same user's /ask waits too.
    expect((await h.fake.reply(ask("西安で開幕", typist))).data.content).toMatch(/please wait \d+ s/);
  });

  it("queues concurrent questions beyond the concurrency limit and answers them all", async () => {
    engine.hold();
    const handles = Array.from({ length: 6 }, (_, i) => ask(`中央アジア ${i}`, user(`q${i}`)));
    await until(() => engine.waiting === 1 && h.bot.ctx.queue.waiting === 5, "one question in the engine, five queued");
    // Every question was acknowledged (deferred) at once even though it waits its turn.
    await until(() => handles.every((x) => h.fake.interactions.get(x.token)!.events.length === 1), "all deferred");
    engine.release();
    const replies = await Promise.all(handles.map((x) => h.fake.reply(x)));
    for (const r of replies) expect(r.data.embeds.length).toBeGreaterThan(0);
  });
});

describe("error boundary", () => {
  it("logs a failing interaction and tells the user privately, without secrets in the log", async () => {
    engine.failOn = /爆発/;
    const handle = ask("爆発する質問");
    const r = await h.fake.reply(handle);
    expect(r.ephemeral).toBe(true);
    expect(r.data.content).toMatch(/something went wrong/);
    const entry = h.logs.find((l) => l.event === "interaction_failed" && l.interactionId === handle.id);
    expect(entry).toMatchObject({
      level: 50,
      command: "ask",
      err: { message: expect.stringContaining("engine failure") },
    });
    const all = h.rawLogs.join("\n");
    expect(all).not.toContain(handle.token);
    expect(all).not.toContain(h.fake.token);
    // The bot keeps answering.
    expect((await h.fake.reply(ask("西安で開幕"))).data.embeds.length).toBeGreaterThan(0);
  });

  it("keeps the apology private when the deferred answer was public", async () => {
    const r = await h.fake.reply(ask("爆発する公開の質問", user("pub"), { public: true }));
    expect(r.events.map((e) => e.kind)).toEqual(["callback", "delete", "followup"]);
    expect(r.ephemeral).toBe(true);
    engine.failOn = undefined;
  });

  it("survives Discord answering 500 to every attempt, logging the request without its token", async () => {
    const handle = ask("西安で開幕", user("unlucky"));
    h.fake.fail((req) => req.path.includes(handle.id) || req.path.includes(handle.token), { status: 500 }, 100);
    await until(
      () => h.logs.some((l) => l.event === "interaction_failed" && l.interactionId === handle.id),
      "the failure log",
    );
    await until(
      () => h.logs.some((l) => l.event === "error_reply_failed" && l.interactionId === handle.id),
      "the failed apology log",
    );
    const all = h.rawLogs.join("\n");
    expect(all).not.toContain(handle.token);
    expect(all).toContain("[token]");
  });
});

describe("Discord errors", () => {
  it("retries a 429 after the Retry-After header, not the body's retry_after", async () => {
    const handle = ask("西安で開幕", user("throttled"));
    h.fake.fail((req) => req.path === `/interactions/${handle.id}/${handle.token}/callback`, {
      status: 429,
      headers: { "Retry-After": "1", "X-RateLimit-Scope": "shared" },
      body: { message: "You are being rate limited.", retry_after: 3600, global: false },
    });
    const r = await h.fake.reply(handle, 10_000);
    expect(r.data.embeds.length).toBeGreaterThan(0);
    const callbacks = h.fake.requests.filter((req) => req.path.includes(`/interactions/${handle.id}/`));
    expect(callbacks.map((c) => c.status)).toEqual([429, 204]);
    // Regression (issue #8, item 11): the 429 itself is logged, without the interaction token.
    const logged = h.logs.find((l) => l.event === "discord_429" && String(l.path).includes(handle.id));
    expect(logged).toMatchObject({ level: 40, method: "POST", retryAfterS: 1, scope: "shared", global: false });
    expect(logged!.path).toBe(`/api/v10/interactions/${handle.id}/[token]/callback`);
    expect(h.rawLogs.join("\n")).not.toContain(handle.token);
  });

  it("retries a single 500 and delivers the answer", async () => {
    const handle = ask("西安で開幕", user("flaky"));
    h.fake.fail((req) => req.method === "PATCH" && req.path.includes(handle.token), { status: 500 });
    const r = await h.fake.reply(handle);
    expect(r.data.embeds.length).toBeGreaterThan(0);
    const edits = h.fake.requests.filter((req) => req.method === "PATCH" && req.path.includes(handle.token));
    expect(edits.map((e) => e.status)).toEqual([500, 200]);
    expect(edits[0]!.path).toMatch(/\/messages\/@original$/);
  });

  it("resumes after the gateway drops and receives the events sent meanwhile", async () => {
    const identifies = h.fake.identifies;
    h.fake.drop(4000);
    const handle = ask("西安で開幕", user("patient2"));
    const r = await h.fake.reply(handle);
    expect(r.data.embeds.length).toBeGreaterThan(0);
    expect(h.fake.resumes).toBe(1);
    expect(h.fake.identifies).toBe(identifies);
    await until(() => h.logs.some((l) => l.event === "gateway_reconnected"), "the reconnect log");
  });

  it("logs a gateway outage when it starts and when it ends, with how long it lasted (issue #24, defect 6)", async () => {
    const before = h.logs.length;
    h.fake.drop(4000);
    await until(() => h.logs.slice(before).some((l) => l.event === "gateway_reconnected"), "the reconnect log");
    const lines = h.logs.slice(before);
    const lost = lines.find((l) => l.event === "gateway_disconnected");
    const back = lines.find((l) => l.event === "gateway_reconnected");
    expect(lost).toMatchObject({ shardId: 0, level: 40 });
    expect(back).toMatchObject({ shardId: 0, how: "resumed" });
    expect(back!.downMs).toBeGreaterThanOrEqual(0);
    expect(back!.msg).toMatch(/after \d+\.\d s$/);
    expect(lines.indexOf(lost!)).toBeLessThan(lines.indexOf(back!));
  });
});

describe("index reload", () => {
  it("swaps the index while questions are in flight: they finish on the old engine, new ones use the new", async () => {
    const fresh = controllable(await fixtureEngine());
    engine.hold();
    const inFlight = [ask("西安で開幕", user("r1")), ask("アスタナ", user("r2"))];
    await until(() => engine.waiting === 1 && h.bot.ctx.queue.waiting === 1, "questions in flight");
    const reloader = createReloader(async () => fresh, h.engines, h.bot.ctx.log);
    expect(await reloader.reload("test")).toBe(true);
    expect(h.engines.generation).toBe(2);
    expect(engine.closed).toBe(0);
    // The queue is FIFO: release the old engine's question; the queued one starts on the new engine.
    engine.release();
    const replies = await Promise.all(inFlight.map((x) => h.fake.reply(x)));
    for (const r of replies) expect(r.data.embeds.length).toBeGreaterThan(0);
    expect(engine.asked).toBeGreaterThan(0);
    expect(fresh.asked).toBe(1);
    await until(() => engine.closed === 1, "old engine closed");
    const after = await h.fake.reply(ask("西安で開幕", user("r3")));
    expect(after.data.embeds.length).toBeGreaterThan(0);
    expect(fresh.asked).toBe(2);
    expect(h.logs.some((l) => l.event === "index_reloaded" && l.reloads === 1)).toBe(true);
    engine = fresh;
  });

  it("keeps answering from the current index when a reload fails", async () => {
    const before = h.engines.generation;
    const reloader = createReloader(
      async () => {
        throw new Error("index is half-written");
      },
      h.engines,
      h.bot.ctx.log,
    );
    expect(await reloader.reload("test")).toBe(false);
    expect(h.engines.generation).toBe(before);
    expect(h.logs.some((l) => l.event === "index_reload_failed")).toBe(true);
    expect((await h.fake.reply(ask("西安で開幕", user("r4")))).data.embeds.length).toBeGreaterThan(0);
  });
});

describe("graceful shutdown", () => {
  it("finishes answers in flight, turns new questions away politely, then disconnects", async () => {
    engine.hold();
    const inFlight = ask("西安で開幕", user("s1"));
    await until(() => engine.waiting === 1, "question in flight");
    const stopping = h.bot.stop(10_000);
    const late = await h.fake.reply(ask("アスタナ", user("s2")));
    expect(late.ephemeral).toBe(true);
    expect(late.data.content).toMatch(/restarting/);
    engine.release();
    const r = await h.fake.reply(inFlight);
    expect(r.data.embeds.length).toBeGreaterThan(0);
    await stopping;
    expect(h.bot.client.isReady()).toBe(false);
  });
});
