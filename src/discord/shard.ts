/**
 * Running the bot on many servers with discord.js's ShardingManager: one process per shard,
 * each a full bot (own engine, rate limits and queue) started from shard-worker.js. Signals
 * are forwarded: SIGINT/SIGTERM stop every shard gracefully, SIGHUP reloads every shard's index.
 */
import { fileURLToPath } from "node:url";
import { REST, Routes, ShardingManager, type Shard } from "discord.js";
import type { Config } from "../config.js";
import { discordUnreachable, requireToken } from "./bot.js";
import { startHealthServer, type HealthReport } from "./health.js";
import { createLogger } from "./log.js";

export interface ShardOptions {
  /** "auto" asks Discord for the recommended count (GET /gateway/bot). */
  readonly totalShards: number | "auto";
  readonly signals?: NodeJS.EventEmitter;
  /** The worker script (compiled JS); defaults to shard-worker.js beside this file. */
  readonly file?: string;
  /** Node options for the shard processes (tests pass a TypeScript loader). */
  readonly execArgv?: readonly string[];
  /** Pause between spawning shards; Discord allows one IDENTIFY per 5 s per bucket. */
  readonly spawnDelayMs?: number;
}

/** Discord's recommended shard count, asked through DISCORD_API_BASE when set. */
async function recommendedShards(config: Config): Promise<number> {
  const rest = new REST(config.discord.apiBase ? { api: config.discord.apiBase } : {}).setToken(requireToken(config));
  const info = (await rest.get(Routes.gatewayBot()).catch((err: unknown) => {
    throw discordUnreachable(err, config.discord.apiBase) ?? err;
  })) as { shards: number };
  return Math.max(1, info.shards);
}

const alive = (s: Shard): boolean => Boolean(s.process && s.process.exitCode === null);

/** Readiness of a ShardingManager: every shard process spawned, alive and ready (its client logged in). */
function managerHealth(manager: ShardingManager, totalShards: number, startedAt: number): HealthReport {
  const shards = [...Array(totalShards).keys()].map((id) => {
    const shard = manager.shards.get(id);
    const status = !shard ? "NotSpawned" : !alive(shard) ? "Exited" : shard.ready ? "Ready" : "Starting";
    return { id, status, ready: status === "Ready" };
  });
  const waiting = shards.filter((s) => !s.ready);
  return {
    ready: waiting.length === 0,
    gateway: { ready: waiting.length === 0, shardCount: totalShards, shards },
    reasons: waiting.map((s) => `shard ${s.id} ${s.status}`),
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
}

export async function runSharded(config: Config, options: ShardOptions): Promise<number> {
  const token = requireToken(config);
  const log = createLogger(config.logLevel);
  const signals = options.signals ?? process;
  const totalShards = options.totalShards === "auto" ? await recommendedShards(config) : options.totalShards;
  const file = options.file ?? fileURLToPath(new URL("./shard-worker.js", import.meta.url));
  const manager = new ShardingManager(file, {
    token,
    totalShards,
    respawn: true,
    mode: "process",
    execArgv: [...(options.execArgv ?? [])],
  });
  manager.on("shardCreate", (shard) =>
    log.info({ event: "shard_created", shardId: shard.id, totalShards }, "shard spawned"),
  );
  const startedAt = Date.now();
  // The shard processes serve no endpoint of their own (run.ts, managed); the manager reports for them all.
  const health = await startHealthServer(config, () => managerHealth(manager, totalShards, startedAt), log);
  try {
    await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs ?? 5_500, timeout: 60_000 });
  } catch (err) {
    await health?.close();
    throw err;
  }

  const forward = (signal: NodeJS.Signals) => {
    for (const shard of manager.shards.values()) if (alive(shard)) shard.process!.kill(signal);
  };
  const onHup = () => forward("SIGHUP");
  signals.on("SIGHUP", onHup);

  return new Promise<number>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      log.info({ event: "shutdown", signal, shards: manager.shards.size }, "stopping all shards");
      signals.off("SIGINT", onInt);
      signals.off("SIGTERM", onTerm);
      signals.off("SIGHUP", onHup);
      const exits = [...manager.shards.values()].filter(alive).map(
        (shard) =>
          new Promise<void>((done) => {
            // Stop the manager from respawning the shard it is told to stop.
            shard.process!.removeAllListeners("exit");
            shard.process!.once("exit", () => done());
            shard.process!.kill(signal);
          }),
      );
      void Promise.all(exits)
        .then(() => health?.close())
        .then(() => resolve(0));
    };
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    signals.on("SIGINT", onInt);
    signals.on("SIGTERM", onTerm);
  });
}
