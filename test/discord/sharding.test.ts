import { EventEmitter } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { runSharded } from "../../src/discord/shard.js";
import { FakeDiscord } from "../helpers/fake-discord.js";
import { fixtureIndex } from "../helpers/fixture-engine.js";

const WORKER = fileURLToPath(new URL("../../src/discord/shard-worker.ts", import.meta.url));

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ shards: 2 });
});
afterAll(async () => {
  await fake?.close();
});

/** A port nobody listens on right now. */
const freePort = async () => {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
};

const until = async (probe: () => boolean, what: string, ms = 30_000) => {
  for (let i = 0; i < ms / 20 && !probe(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!probe()) throw new Error(`timed out waiting for ${what}`);
};

describe("ShardingManager", () => {
  it("runs one bot process per recommended shard, each answering, reports them on the manager's health endpoint, and stops them all on SIGTERM", async () => {
    const healthPort = await freePort();
    const env = {
      // The shard processes inherit it too: only the manager may serve it.
      HEALTH_PORT: String(healthPort),
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      SUMMIT_INDEX_DIR: await fixtureIndex(),
      LOG_LEVEL: "warn",
      DISCORD_WATCH_INDEX: "false",
      FEEDBACK_ENABLED: "false",
    };
    // Shard processes read their configuration from the environment, as in production.
    Object.assign(process.env, env);
    const signals = new EventEmitter();
    const running = runSharded(loadConfig(env), {
      totalShards: "auto",
      file: WORKER,
      execArgv: ["--import", "tsx"],
      spawnDelayMs: 0,
      signals,
    });
    await until(() => fake.shards.length === 2, "both shards to identify");
    expect(fake.shards).toEqual([0, 1]);
    for (const shard of [0, 1]) {
      const r = await fake.reply(
        fake.slash("ask", { question: "中国は中央アジアにいくら融資すると表明した？" }, { shard }),
        30_000,
      );
      expect(r.data.embeds.length).toBeGreaterThan(0);
    }
    let body: any;
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`http://127.0.0.1:${healthPort}/readyz`);
      body = await res.json();
      if (res.status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(body.ready).toBe(true);
    expect(body.gateway).toEqual({
      ready: true,
      shardCount: 2,
      shards: [
        { id: 0, status: "Ready", ready: true },
        { id: 1, status: "Ready", ready: true },
      ],
    });
    signals.emit("SIGTERM");
    expect(await running).toBe(0);
  });
});
