/**
 * Many machines, on loopback: two `summit-bot start` processes, each running its own fixed
 * shard (SHARD_IDS of SHARD_COUNT), both sending Discord REST traffic through one
 * `summit-bot proxy` process to the fake Discord — three processes, as in compose.yaml.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProxyStats } from "../../src/discord/proxy.js";
import { FakeDiscord, user } from "../helpers/fake-discord.js";
import { fixtureIndex } from "../helpers/fixture-engine.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const QUESTION = "中国は中央アジアにいくら融資すると表明した？";

interface CliProcess {
  readonly child: ChildProcess;
  readonly logs: Array<Record<string, any>>;
  readonly exit: Promise<number | null>;
  stderr: string;
}

/** `summit-bot <args>` in its own process, its JSON log lines collected. */
function startCli(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const bot: CliProcess = {
    child,
    logs: [],
    stderr: "",
    exit: new Promise((resolve) => child.once("exit", (code) => resolve(code))),
  };
  let pending = "";
  child.stdout!.on("data", (chunk) => {
    pending += String(chunk);
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines.filter(Boolean)) bot.logs.push(JSON.parse(line));
  });
  child.stderr!.on("data", (chunk) => (bot.stderr += String(chunk)));
  return bot;
}

const until = async (probe: () => boolean, what: string, ms = 45_000) => {
  for (let i = 0; i < ms / 20 && !probe(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!probe()) throw new Error(`timed out waiting for ${what}`);
};

let fake: FakeDiscord;
let proxy: CliProcess;
let proxyBase: string;
const bots: CliProcess[] = [];
/** The proxy's own counts, from its health endpoint. */
const proxyStats = async () => (await (await fetch(`${proxyBase}/healthz`)).json()) as ProxyStats;

beforeAll(async () => {
  fake = await FakeDiscord.start({ shards: 2 });
  // The proxy holds no token and forwards to its own DISCORD_API_BASE: the fake Discord.
  proxy = startCli(["proxy", "--port", "0"], { DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: "info", DISCORD_TOKEN: "" });
  await until(() => proxy.logs.some((l) => l.event === "proxy_listening"), "the proxy to listen");
  proxyBase = `http://127.0.0.1:${proxy.logs.find((l) => l.event === "proxy_listening")!.port}`;
  const index = await fixtureIndex();
  for (const shard of [0, 1]) {
    bots.push(
      startCli(["start"], {
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE: `${proxyBase}/api`,
        SHARD_IDS: String(shard),
        SHARD_COUNT: "2",
        SUMMIT_INDEX_DIR: index,
        HEALTH_PORT: "0",
        LOG_LEVEL: "info",
        DISCORD_WATCH_INDEX: "false",
        // Keep the test's feedback rows out of the checkout's own var/feedback.sqlite.
        FEEDBACK_DB_PATH: join(index, "feedback.sqlite"),
      }),
    );
  }
  await until(() => bots.every((b) => b.logs.some((l) => l.event === "ready")), "both bot processes to be ready");
});

afterAll(async () => {
  for (const p of [...bots, proxy]) if (p && p.child.exitCode === null) p.child.kill("SIGKILL");
  await fake?.close();
});

describe("two bot processes, one shard each, behind one REST proxy", () => {
  it("each process identifies with its own shard of the fixed count", () => {
    expect(fake.shards).toEqual([0, 1]);
    // At least one IDENTIFY each: under a heavily loaded machine discord.js may miss a heartbeat
    // and identify again, which is its normal recovery, not a second shard.
    expect(fake.identifies).toBeGreaterThanOrEqual(2);
    for (const [i, b] of bots.entries()) expect(b.logs.find((l) => l.event === "ready")?.shards).toEqual([i]);
  });

  it("reports readiness on each process's health endpoint: its shard and the loaded index", async () => {
    for (const [i, b] of bots.entries()) {
      const port = b.logs.find((l) => l.event === "health_listening")?.port as number;
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as any;
      expect(body.ready).toBe(true);
      expect(body.gateway.shardCount).toBe(2);
      expect(body.gateway.shards).toEqual([expect.objectContaining({ id: i, status: "Ready", ready: true })]);
      expect(body.index).toMatchObject({ reloads: 0, documents: 3 });
      expect(body.index.paragraphs).toBeGreaterThan(0);
      expect(JSON.stringify(body)).not.toContain(fake.token);
    }
  });

  it("answers on both shards, every REST request passing through the proxy", async () => {
    for (const shard of [0, 1]) {
      const r = await fake.reply(fake.slash("ask", { question: QUESTION }, { shard }), 30_000);
      expect(r.data.embeds.length).toBeGreaterThan(0);
    }
    // The proxy answers its own health probe without spending a request to Discord.
    const stats = await proxyStats();
    expect(stats.forwarded).toBe(fake.requests.length);
    expect(stats.interactions).toBeGreaterThanOrEqual(4);
    expect((await proxyStats()).forwarded).toBe(fake.requests.length);
  });

  it("holds both processes' bot-token requests while Discord's global rate limit lasts", async () => {
    const retryAfterS = 1;
    fake.fail((r) => r.method === "POST" && /^\/channels\/\d+\/typing$/.test(r.path), {
      status: 429,
      headers: { "retry-after": String(retryAfterS), "x-ratelimit-global": "true", "x-ratelimit-scope": "global" },
      body: { message: "You are being rate limited.", retry_after: retryAfterS, global: true },
    });
    const first = fake.post(`<@${fake.botUser.id}> ${QUESTION}`, user("first"), { shard: 0 });
    const limited = await fake.request((r) => r.status === 429, 30_000);
    // Once the proxy has taken the 429 in (it logs the wait), the other process asks.
    await until(
      () => proxy.logs.some((l) => l.event === "proxy_rate_limited" && l.global === true),
      "the proxy to hold requests",
    );
    // Shard 1's process never saw the 429: only the proxy knows of the global limit.
    const second = fake.post(`<@${fake.botUser.id}> ${QUESTION}`, user("second"), { shard: 1 });
    const [a, b] = await Promise.all([fake.messageReply(first.id, 30_000), fake.messageReply(second.id, 30_000)]);
    expect(a.body.embeds.length).toBeGreaterThan(0);
    expect(b.body.embeds.length).toBeGreaterThan(0);
    // The second process's question came after the 429: its typing indicator and its answer
    // (both bot-token requests) reached Discord only once the global limit had passed. (The
    // first process's answer may have been on its way through the proxy before the 429 came back.)
    const afterSecond = fake.requests.filter(
      (r) => r.at > second.sentAt && r.headers.authorization && r.body?.message_reference?.message_id !== first.id,
    );
    expect(afterSecond.filter((r) => r.body?.message_reference?.message_id === second.id)).toHaveLength(1);
    expect(afterSecond.some((r) => r.path.endsWith("/typing"))).toBe(true);
    for (const r of afterSecond) expect(r.at - limited.at).toBeGreaterThanOrEqual(retryAfterS * 1000 - 50);
    expect((await proxyStats()).globalRateLimited).toBeGreaterThan(0);
    for (const bot of bots) expect(bot.logs.filter((l) => l.event === "discord_rate_limited")).toEqual([]);
  });

  it("stops all three processes gracefully on SIGTERM", async () => {
    for (const b of bots) b.child.kill("SIGTERM");
    expect(await Promise.all(bots.map((b) => b.exit))).toEqual([0, 0]);
    const { forwarded } = await proxyStats();
    proxy.child.kill("SIGTERM");
    expect(await proxy.exit).toBe(0);
    // Its last log line accounts for everything it forwarded.
    expect(proxy.logs.find((l) => l.event === "shutdown")?.forwarded).toBe(forwarded);
  });
});
