/**
 * Starts the fake Discord and the real bot against it, with logs captured in memory.
 */
import { Writable } from "node:stream";
import { afterAll, beforeAll } from "vitest";
import { loadConfig, type Config } from "../../src/config.js";
import { createBot, type Bot } from "../../src/discord/bot.js";
import { createLogger } from "../../src/discord/log.js";
import { EngineHolder } from "../../src/engine/holder.js";
import { openLoggedFeedback } from "../../src/discord/feedback-log.js";
import type { Engine } from "../../src/engine/types.js";
import type { SourcesManager } from "../../src/sources/manager.js";
import { FakeDiscord } from "../helpers/fake-discord.js";

export interface Harness {
  readonly fake: FakeDiscord;
  /** The running bot; a new one after `restart()`. */
  readonly bot: Bot;
  readonly engines: EngineHolder;
  readonly config: Config;
  /** Every log line, parsed. */
  readonly logs: Array<Record<string, any>>;
  readonly rawLogs: string[];
  /**
   * Stops the bot and starts a new one against the same fake Discord, index and feedback file, as
   * a restart of the process would: nothing the old one kept in memory survives.
   */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** `sources`: what `/sources add|remove` goes through, made from the harness's engines and config (absent: not enabled, as without runBot). */
export async function startHarness(
  engine: Engine,
  env: Record<string, string> = {},
  options: { sources?: (engines: EngineHolder, config: Config) => SourcesManager } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
    LOG_LEVEL: "debug",
    RATE_LIMIT_COUNT: "1000",
    ...env,
  });
  const logs: Array<Record<string, any>> = [];
  const rawLogs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) {
        rawLogs.push(line);
        logs.push(JSON.parse(line));
      }
      done();
    },
  });
  const engines = new EngineHolder(engine);
  const log = createLogger(config.logLevel, sink);
  // The feedback record only where a test names a database file: never the default path.
  const feedback = env.FEEDBACK_DB_PATH ? openLoggedFeedback(config, log) : undefined;
  const sources = options.sources?.(engines, config);
  const newBot = () =>
    createBot({ config, engines, log, ...(feedback ? { feedback } : {}), ...(sources ? { sources } : {}) });
  let bot = newBot();
  await bot.start();
  return {
    fake,
    get bot() {
      return bot;
    },
    engines,
    config,
    logs,
    rawLogs,
    async restart() {
      await bot.stop(2_000);
      bot = newBot();
      await bot.start();
    },
    async stop() {
      await bot.stop(2_000);
      feedback?.close();
      await fake.close();
    },
  };
}

/**
 * A harness for a test file's tests, started before them over the engine `open` returns and
 * stopped after them: `const h = harnessFor(...)`, then `h()` in a test.
 */
export function harnessFor(open: () => Promise<Engine>): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness(await open());
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
  });
  return () => h!;
}

/** The footers of a reply's answer cards (each names the quoted paragraph). */
export const footersOf = (data: { embeds?: Array<{ footer: { text: string } }> }): string[] =>
  (data.embeds ?? []).map((e) => e.footer.text);
