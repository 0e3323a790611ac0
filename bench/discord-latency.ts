/**
 * Interaction-to-reply latency of /ask through the fake Discord: the real discord.js client and
 * bot, the engine over the fixture corpus with the default embedder. For each concurrency level
 * it sends N /ask interactions (distinct users, so the rate limit stays out of the way) and
 * measures, per interaction, INTERACTION_CREATE sent → deferral received (ack) and → final
 * answer received (reply). Prints a table; never fails on time.
 *
 *   npx tsx bench/discord-latency.ts [--n 500] [--concurrency 1,10] [--index DIR] [--log warn] [--via direct,proxy] [--no-feedback]
 *
 * --via proxy sends the bot's REST traffic through the shared REST proxy (`summit-bot proxy`,
 * started in this process) to the fake Discord; `direct,proxy` measures both in one run, one
 * after the other, each with a fresh bot.
 *
 * Without --index the engine runs over the fixture corpus (indexed into a temporary folder);
 * with it, over a built index such as embeddings/. Every answer is put on record in a feedback
 * database in a temporary folder, as the bot does (`--no-feedback`: without it).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.js";
import { MAX_PAGES, PAGE_SIZE } from "../src/discord/answers.js";
import { createBot } from "../src/discord/bot.js";
import { FeedbackStore } from "../src/feedback/store.js";
import { createLogger } from "../src/discord/log.js";
import { startProxy } from "../src/discord/proxy.js";
import { openEngine } from "../src/engine/open.js";
import { EngineHolder } from "../src/engine/holder.js";
import { FakeDiscord, user, type Reply } from "../test/helpers/fake-discord.js";
import { fixtureEngine } from "../test/helpers/fixture-engine.js";
import { QUESTIONS } from "./discord-questions.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const N = Number(arg("n", "500"));
const LEVELS = arg("concurrency", "1,10").split(",").map(Number);
const INDEX = arg("index", "");
const VIA = arg("via", "direct").split(",") as Array<"direct" | "proxy">;
const TIMEOUT_MS = 30_000;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "—");

async function run(fake: FakeDiscord, n: number, concurrency: number) {
  const acks: number[] = [];
  const replies: number[] = [];
  let lost = 0;
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const handle = fake.slash("ask", { question: QUESTIONS[i % QUESTIONS.length]! }, { user: user(`bench${i}`) });
      let r: Reply;
      try {
        r = await fake.reply(handle, TIMEOUT_MS);
      } catch {
        lost++;
        continue;
      }
      acks.push(r.events[0]!.at - handle.sentAt);
      replies.push(r.repliedAt - handle.sentAt);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  acks.sort((a, b) => a - b);
  replies.sort((a, b) => a - b);
  return { n, concurrency, lost, acks, replies, seconds };
}

async function main() {
  const fake = await FakeDiscord.start();
  const proxy = VIA.includes("proxy")
    ? await startProxy(
        loadConfig({ DISCORD_API_BASE: fake.apiBase }),
        { port: 0, host: "127.0.0.1" },
        createLogger("silent"),
      )
    : undefined;
  const engine = INDEX
    ? await openEngine(loadConfig({ SUMMIT_INDEX_DIR: INDEX }), { indexDir: INDEX })
    : await fixtureEngine();
  const engines = new EngineHolder(engine);
  const feedbackDir = mkdtempSync(join(tmpdir(), "summit-bench-feedback-"));
  const feedback = process.argv.includes("--no-feedback")
    ? undefined
    : FeedbackStore.open({ path: join(feedbackDir, "feedback.sqlite"), retentionDays: 90 });
  try {
    // The engine alone (as many results as the bot asks for), for the share of the latency that is retrieval rather than Discord.
    const engineMs: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await engine.ask(QUESTIONS[i % QUESTIONS.length]!, { k: PAGE_SIZE * MAX_PAGES });
      engineMs.push(performance.now() - t);
    }
    engineMs.sort((a, b) => a - b);
    const rows: Array<Awaited<ReturnType<typeof run>> & { via: string }> = [];
    for (const via of VIA) {
      const apiBase = via === "proxy" ? `http://127.0.0.1:${proxy!.port}/api` : fake.apiBase;
      const config = loadConfig({
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE: apiBase,
        LOG_LEVEL: "silent",
        RATE_LIMIT_COUNT: "1000000",
      });
      const bot = createBot({
        config,
        engines,
        log: createLogger(arg("log", "silent")),
        ...(feedback ? { feedback } : {}),
      });
      await bot.start();
      try {
        await run(fake, 20, 1); // warm-up: JIT, caches, connections
        for (const c of LEVELS) rows.push({ via, ...(await run(fake, N, c)) });
      } finally {
        await bot.stop(2_000);
      }
    }
    global.gc?.();
    const rssMb = process.memoryUsage().rss / 1024 / 1024;
    const header = [
      "via",
      "interactions",
      "concurrency",
      "ack p50",
      "ack p95",
      "reply p50",
      "reply p95",
      "reply p99",
      "reply max",
      "lost",
      "per s",
    ];
    const lines = rows.map((r) => [
      r.via,
      String(r.n),
      String(r.concurrency),
      ms(pct(r.acks, 50)),
      ms(pct(r.acks, 95)),
      ms(pct(r.replies, 50)),
      ms(pct(r.replies, 95)),
      ms(pct(r.replies, 99)),
      ms(r.replies[r.replies.length - 1] ?? NaN),
      String(r.lost),
      (r.n / r.seconds).toFixed(0),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    const fmt = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
    const corpus = `${engines.current.documents().length} articles, ${engines.current.size().paragraphs} paragraphs from ${INDEX || "the fixture corpus"}`;
    console.log(
      `/ask through the fake Discord — latency in ms from INTERACTION_CREATE sent (${corpus}; embedder: ${loadConfig({}).embedder}; feedback record: ${feedback ? "on" : "off"})`,
    );
    console.log(fmt(header));
    console.log(widths.map((w) => "-".repeat(w)).join("  "));
    for (const l of lines) console.log(fmt(l));
    console.log(`engine.ask alone (200 calls, no Discord): p50 ${ms(pct(engineMs, 50))}  p95 ${ms(pct(engineMs, 95))}`);
    if (proxy)
      console.log(
        `proxy: ${JSON.stringify(proxy.stats())} (in this process: bot, proxy and fake Discord share one CPU thread)`,
      );
    console.log(
      `RSS after ${rows.reduce((n, r) => n + r.n, 0) + 20 * VIA.length} interactions (bot + fake Discord${proxy ? " + proxy" : ""} in one process): ${rssMb.toFixed(1)} MB`,
    );
    console.log(`lost (no answer within ${TIMEOUT_MS / 1000} s): ${rows.reduce((n, r) => n + r.lost, 0)}`);
  } finally {
    await engines.close();
    await proxy?.close();
    await fake.close();
    feedback?.close();
    rmSync(feedbackDir, { recursive: true, force: true });
  }
}

await main();
