/**
 * The bot: a discord.js client wired to the commands, buttons and mentions, all through the one
 * error boundary in respond.ts. `start` logs in and resolves when the shard is ready; `stop`
 * turns new work away, lets answers in flight finish, then disconnects.
 */
import { Client, Events, GatewayIntentBits, Options, Partials, REST, type ClientOptions } from "discord.js";
import type { Config } from "../config.js";
import { indexSummary, type EngineHolder } from "../engine/index.js";
import { ConfigError, SummitError } from "../errors.js";
import { commandData } from "./commands/index.js";
import { RateLimiter, WorkQueue } from "./limits.js";
import { createLogger, scrub, type Logger } from "./log.js";
import { mentionRequest } from "./mention.js";
import { logConnection } from "./connection-log.js";
import { bareToken, tokenShapeProblem } from "./token.js";
import { guarded, guardedMessage } from "./respond.js";
import { routeInteraction, routeMessage } from "./router.js";
import { Sessions } from "./sessions.js";
import { Conversations } from "./conversations.js";
import { CommandDirectory } from "./command-names.js";
import { FeedbackStore } from "../feedback/store.js";
import type { SourcesManager } from "../sources/manager.js";
import type { BotContext } from "./types.js";

export interface BotOptions {
  readonly config: Config;
  readonly engines: EngineHolder;
  readonly log?: Logger;
  /** Merged over the defaults (tests shorten timeouts). */
  readonly clientOptions?: Partial<ClientOptions>;
  readonly now?: () => number;
  /** The feedback record (runBot opens it from the config); off when absent. */
  readonly feedback?: FeedbackStore;
  /** What `/sources add|remove` changes the articles through (runBot creates it); the list only when absent. */
  readonly sources?: SourcesManager;
}

export interface Bot {
  readonly client: Client;
  readonly ctx: BotContext;
  start(): Promise<void>;
  /** Graceful: waits up to `drainMs` for answers in flight, then disconnects. */
  stop(drainMs?: number): Promise<void>;
}

/** Fails with a message naming DISCORD_TOKEN (never showing it) when it is missing or malformed. */
export function requireToken(config: Config): string {
  const token = config.discord.token;
  if (!token) {
    const elsewhere = config.discord.tokenElsewhere;
    throw new ConfigError(
      elsewhere.length
        ? `DISCORD_TOKEN is not set, but ${elsewhere.join(" and ")} ${elsewhere.length === 1 ? "is" : "are"}: the bot reads its token from DISCORD_TOKEN only; rename the variable in .env or the environment`
        : "DISCORD_TOKEN is not set: expected the bot token (Developer Portal → your application → Bot → Reset Token) in .env or the environment",
    );
  }
  const bare = bareToken(token);
  const problem = tokenShapeProblem(bare);
  if (problem)
    throw new ConfigError(`DISCORD_TOKEN is not a bot token: expected three dot-separated parts, ${problem}`);
  return bare;
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
]);

/**
 * A clear message for Discord being out of reach (refused, unknown host, timed out) instead of
 * a raw fetch stack; undefined for any other error. Names the host, never the URL's credentials.
 */
export function discordUnreachable(err: unknown, apiBase: string | undefined): SummitError | undefined {
  const chain: Array<{ name?: string; code?: string }> = [];
  for (
    let e = err as { name?: string; code?: string; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    e = e.cause as typeof e, i++
  )
    chain.push(e);
  const reason =
    chain.find((e) => typeof e.code === "string" && NETWORK_CODES.has(e.code))?.code ??
    (chain.some((e) => e.name === "AbortError" || e.name === "TimeoutError") ? "timed out" : undefined);
  if (!reason) return undefined;
  const host = apiBase ? new URL(apiBase).host : "discord.com";
  return new SummitError(
    "DISCORD_UNREACHABLE",
    `could not reach Discord at ${host} (${reason}): expected a network connection to Discord${apiBase ? " or to the proxy in DISCORD_API_BASE" : ""}; check the connection${apiBase ? " and DISCORD_API_BASE" : ""}, then start again`,
  );
}

/**
 * Discord does not count interaction endpoints (the callback and the interaction webhook, both
 * sent without the bot token) against the bot's global limit of 50 requests/s, but
 * @discordjs/rest counts every request, which would cap the bot near 25 answers/s (two requests
 * each) and delay answers by up to a second under load. Token-less requests therefore go
 * through their own REST instance: same base URL, per-route buckets and 429/Retry-After
 * handling, no global cap. Requests made with the bot token keep the global limit.
 */
/**
 * Logs every 429 and 5xx Discord answers. @discordjs/rest retries them on its own and fires
 * `rateLimited` only when it waits before sending, never for a 429 received, so without this
 * they would go unseen. The path is logged without the interaction token it may contain.
 */
function logFailedResponses(client: Client, log: Logger): void {
  const options = client.rest.options;
  const send = options.makeRequest;
  options.makeRequest = async (url, init) => {
    const res = await send(url, init);
    if (res.status === 429 || res.status >= 500) {
      const path = scrub(new URL(url).pathname);
      const method = init.method ?? "GET";
      if (res.status === 429) {
        const retryAfter = Number(res.headers.get("retry-after"));
        const scope = res.headers.get("x-ratelimit-scope") ?? undefined;
        log.warn(
          {
            event: "discord_429",
            method,
            path,
            retryAfterS: Number.isFinite(retryAfter) ? retryAfter : undefined,
            global: res.headers.has("x-ratelimit-global"),
            scope,
          },
          "Discord answered 429 (rate limited); retrying after Retry-After",
        );
      } else
        log.warn(
          { event: "discord_5xx", method, path, status: res.status },
          "Discord answered with a server error; retrying",
        );
    }
    return res;
  };
}

function exemptInteractionRequests(client: Client, onRateLimited: (info: unknown) => void): void {
  const rest = client.rest;
  const interactions = new REST({ ...rest.options, globalRequestsPerSecond: Number.MAX_SAFE_INTEGER });
  interactions.on("rateLimited", onRateLimited);
  const viaBot = rest.request.bind(rest);
  rest.request = (request) => (request.auth === false ? interactions.request(request) : viaBot(request));
}

export function createBot(options: BotOptions): Bot {
  const { config } = options;
  const log = options.log ?? createLogger(config.logLevel);
  let closing = false;
  const commandNames = new CommandDirectory(commandData);
  const ctx: BotContext = {
    engines: options.engines,
    limiter: new RateLimiter(config.discord.rateLimitCount, config.discord.rateLimitWindowMs, options.now),
    queue: new WorkQueue(config.discord.queueConcurrency),
    sessions: new Sessions(undefined, undefined, options.now),
    conversations: new Conversations(undefined, undefined, options.now),
    feedback: options.feedback ?? FeedbackStore.disabled(),
    commandNames,
    labels: (locale) => commandNames.labels(locale),
    log,
    ...(options.sources
      ? {
          sources: {
            manager: options.sources,
            ...(config.sources.managerRoleId ? { managerRoleId: config.sources.managerRoleId } : {}),
          },
        }
      : {}),
    closing: () => closing,
  };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // The bot reads no history: keep caches small so memory stays flat on many servers.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 25,
      ReactionManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
    }),
    ...options.clientOptions,
    rest: { ...(config.discord.apiBase ? { api: config.discord.apiBase } : {}), ...options.clientOptions?.rest },
  });

  const inFlight = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };

  client.on(Events.InteractionCreate, (interaction) =>
    track(guarded(interaction, ctx, () => routeInteraction(interaction, ctx))),
  );
  client.on(Events.MessageCreate, (message) => {
    const request = client.isReady() ? mentionRequest(message, client.user.id) : undefined;
    if (request) track(guardedMessage(message, ctx, () => routeMessage(request, ctx)));
  });
  client.on(Events.Error, (err) => log.error({ event: "client_error", err }, "discord client error"));
  logConnection(client, log, options.now);
  const onRateLimited = (info: unknown) => {
    const { route, retryAfter, global } = info as { route: string; retryAfter: number; global: boolean };
    log.warn({ event: "discord_rate_limited", route, retryAfter, global }, "Discord rate limit");
  };
  client.rest.on("rateLimited", onRateLimited);
  // Before the second REST instance is made from the same options, so it logs them too.
  logFailedResponses(client, log);
  exemptInteractionRequests(client, onRateLimited);

  return {
    client,
    ctx,
    async start() {
      const token = requireToken(config);
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(token);
      } catch (err) {
        const e = err as { code?: string; status?: number };
        if (e.code === "TokenInvalid" || e.status === 401) {
          throw new ConfigError(
            "DISCORD_TOKEN was rejected by Discord (401 Unauthorized): expected a valid bot token; reset it in the Developer Portal and update .env",
          );
        }
        throw discordUnreachable(err, config.discord.apiBase) ?? err;
      }
      await ready;
      // Not awaited: answers never wait for it; until it lands, commands are named as plain text.
      if (client.isReady()) void commandNames.refresh(client, config.discord.guildId, log);
      // Which index answers is the first thing an operator checks after a deploy or a re-ingest.
      const index = indexSummary(options.engines.current);
      const where = index.dir
        ? `index ${index.dir}${index.generation ? ` (generation ${index.generation})` : ""}, `
        : "";
      log.info(
        {
          event: "ready",
          user: client.user?.tag,
          guilds: client.guilds.cache.size,
          shards: client.ws.shards.map((s) => s.id),
          index,
        },
        `bot ready: ${where}${index.documents} documents, ${index.paragraphs} paragraphs`,
      );
    },
    async stop(drainMs = 10_000) {
      if (closing) return;
      closing = true;
      const drained = Promise.all([...inFlight]).then(() => ctx.queue.idle());
      const timedOut = await Promise.race([
        drained.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(resolve, drainMs, true).unref()),
      ]);
      if (timedOut)
        log.warn({ event: "drain_timeout", inFlight: inFlight.size }, "stopping with answers still in flight");
      await client.destroy();
      log.info({ event: "stopped" }, "bot stopped");
    },
  };
}
