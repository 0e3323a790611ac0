/**
 * The fake Discord in a process of its own, for bench/discord-hardening.ts --fake-discord process:
 * a real deployment never has Discord in the bot's process, so the fake's own work (HTTP, WebSocket,
 * JSON) must not compete with the bot's main thread. Driven over the fork IPC channel:
 *
 *   child → parent  { kind: "ready", token, apiBase }
 *   parent → child  { kind: "burst", rate, seconds, questions }   (after the bot is connected)
 *   child → parent  { kind: "result", sent, rate, acks[], replies[], lost }
 *   parent → child  { kind: "close" }
 *
 * Every time (when the interaction was due, when the deferral and the reply arrived) is taken in
 * this process with its own performance.now(), so no clocks are compared across processes.
 */
import { FakeDiscord, user, type InteractionHandle } from "../test/helpers/fake-discord.js";

const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const send = (m: unknown) => process.send!(m);

function outcome(fake: FakeDiscord, handle: InteractionHandle) {
  const events = fake.interactions.get(handle.token)?.events ?? [];
  const callbacks = events.filter((e) => e.kind === "callback");
  const finals = events.filter(
    (e) => e.kind === "edit" || e.kind === "followup" || (e.kind === "callback" && e.type === 4),
  );
  return { ack: callbacks[0]?.at, reply: finals[0]?.at };
}

async function waitAll(fake: FakeDiscord, handles: InteractionHandle[], timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline && handles.some((h) => outcome(fake, h).reply === undefined)) await sleep(50);
}

const fake = await FakeDiscord.start();
send({ kind: "ready", token: fake.token, apiBase: fake.apiBase });

process.on("message", async (m: any) => {
  if (m.kind === "close") {
    await fake.close();
    process.exit(0);
  }
  if (m.kind !== "burst") return;
  const questions: string[] = m.questions;
  // Warm-up: JIT and caches on both sides.
  const warm = Array.from({ length: 20 }, (_, i) =>
    fake.slash("ask", { question: questions[i % questions.length]! }, { user: user(`warm${i}`) }),
  );
  await waitAll(fake, warm, 60_000);
  const n = m.rate * m.seconds;
  const t0 = performance.now() + 20;
  const handles: Array<{ handle: InteractionHandle; due: number }> = [];
  for (let i = 0; i < n; i++) {
    const due = t0 + (i * 1000) / m.rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    handles.push({
      handle: fake.slash("ask", { question: questions[i % questions.length]! }, { user: user(`b${i}`) }),
      due,
    });
  }
  const sendSeconds = (performance.now() - t0) / 1000;
  await waitAll(
    fake,
    handles.map((h) => h.handle),
    120_000,
  );
  const outs = handles.map((h) => ({ due: h.due, ...outcome(fake, h.handle) }));
  send({
    kind: "result",
    sent: n,
    rate: n / sendSeconds,
    acks: outs.map((o) => (o.ack === undefined ? null : o.ack - o.due)),
    replies: outs.filter((o) => o.reply !== undefined).map((o) => o.reply! - o.due),
    lost: outs.filter((o) => o.reply === undefined).length,
  });
});
