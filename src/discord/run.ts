/**
 * Running one bot process until SIGINT/SIGTERM: the token is checked first (before the index
 * is loaded), SIGHUP reloads the index, and shutdown is graceful (answers in flight finish).
 * Under ShardingManager each shard process runs exactly this (see shard.ts).
 */
import type { Config } from "../config.js";
import {
  createReloader,
  EngineHolder,
  openServingEngine,
  watchCorpus,
  type CorpusWatch,
  type Engine,
  type Reloader,
} from "../engine/index.js";
import { openLoggedFeedback } from "./feedback-log.js";
import { createBot, requireToken, type Bot } from "./bot.js";
import { botHealth, startHealthServer, type HealthReport } from "./health.js";
import { createLogger, type Logger } from "./log.js";
import { createSourcesManager } from "../sources/manager.js";
import { scheduleSync } from "./scheduled-sync.js";

export interface RunOptions {
  /** Where signals come from; a test passes an EventEmitter. */
  readonly signals?: NodeJS.EventEmitter;
  readonly log?: Logger;
  /**
   * A shard process under ShardingManager: discord.js takes its shard from the manager's
   * environment (SHARDS, SHARD_COUNT), and the manager serves the health endpoint.
   */
  readonly managed?: boolean;
  /** How often the corpus is compared with the index (engine/corpus-watch.ts); tests shorten it. */
  readonly corpusPollMs?: number;
  /** The first retry delay of a failed reload (engine/reload.ts); tests shorten it. */
  readonly reloadRetryMs?: number;
}

const loading = (startedAt: number): HealthReport => ({
  ready: false,
  gateway: { ready: false, shards: [] },
  reasons: ["index still loading", "gateway not connected"],
  uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
});

export async function runBot(config: Config, options: RunOptions = {}): Promise<number> {
  requireToken(config);
  const signals = options.signals ?? process;
  const log = options.log ?? createLogger(config.logLevel);
  const startedAt = Date.now();
  let running: { bot: Bot; engines: EngineHolder; reloader: Reloader; corpus: CorpusWatch } | undefined;
  const report = (r: NonNullable<typeof running>) =>
    botHealth(r.bot.client, r.engines, config.indexDir, startedAt, {
      reload: r.reloader.status(),
      corpus: r.corpus.status(),
    });
  // Up before the index loads, so a supervisor sees "starting" (503) rather than nothing.
  const health = options.managed
    ? undefined
    : await startHealthServer(config, () => (running ? report(running) : loading(startedAt)), log);
  let first: Engine;
  try {
    first = await openServingEngine(config);
  } catch (err) {
    await health?.close();
    throw err;
  }
  const engines = new EngineHolder(first);
  const range = options.managed ? undefined : config.discord.shards;
  const feedback = openLoggedFeedback(config, log);
  const reloader = createReloader(
    () => openServingEngine(config),
    engines,
    log,
    options.reloadRetryMs ? { retryFirstMs: options.reloadRetryMs } : {},
  );
  // `/sources add|remove` and the scheduled sync reload at once, not when the index watch notices.
  const sources = createSourcesManager(config, () => reloader.reload("sources changed"));
  const bot = createBot({
    config,
    engines,
    log,
    feedback,
    sources,
    ...(range ? { clientOptions: { shards: [...range.ids], shardCount: range.count } } : {}),
  });
  const corpus = watchCorpus(config.indexDir, log, options.corpusPollMs ? { pollMs: options.corpusPollMs } : {});
  running = { bot, engines, reloader, corpus };
  // One process syncs, not every shard: the one holding shard 0 (SHARDS is set by ShardingManager for its shard processes).
  const firstShard = options.managed
    ? (process.env.SHARDS ?? "0").split(",").map(Number).includes(0)
    : !range || range.ids.includes(0);
  const stopSync = firstShard ? scheduleSync(sources, config.sources.syncIntervalMinutes, log) : () => undefined;
  const unwatchIndex = config.discord.watchIndex ? reloader.watch(config.indexDir) : () => undefined;
  const unwatch = () => {
    unwatchIndex();
    reloader.stop();
    corpus.stop();
  };

  const onHup = () => void reloader.reload("SIGHUP");
  signals.on("SIGHUP", onHup);
  const onUnhandled = (err: unknown) => log.error({ event: "unhandled_rejection", err }, "unhandled rejection");
  process.on("unhandledRejection", onUnhandled);
  try {
    await bot.start();
  } catch (err) {
    unwatch();
    stopSync();
    signals.off("SIGHUP", onHup);
    process.off("unhandledRejection", onUnhandled);
    await bot.client.destroy();
    feedback.close();
    await engines.close();
    await health?.close();
    throw err;
  }

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      // A second signal (Ctrl-C reaches a shard from the terminal and from its manager) must not
      // fall through to Node's default handler and kill the process mid-drain.
      if (stopping) return;
      stopping = true;
      log.info({ event: "shutdown", signal }, "shutting down");
      signals.off("SIGHUP", onHup);
      unwatch();
      stopSync();
      void bot
        .stop()
        .then(() => feedback.close())
        .then(() => engines.close())
        .then(() => health?.close())
        .catch((err: unknown) => log.error({ event: "shutdown_failed", err }, "shutdown failed"))
        .finally(() => {
          signals.off("SIGINT", onInt);
          signals.off("SIGTERM", onTerm);
          process.off("unhandledRejection", onUnhandled);
          resolve(0);
        });
    };
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    signals.on("SIGINT", onInt);
    signals.on("SIGTERM", onTerm);
  });
}
