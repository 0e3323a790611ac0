/**
 * One REST proxy for every process of the bot (`summit-bot proxy`), so Discord's global rate
 * limit (50 requests/s per bot, whatever the number of processes) and the per-route buckets
 * are counted in one place. Bot processes point DISCORD_API_BASE at it
 * (`http://proxy-host:8080/api`); the proxy sends on to Discord (or to its own
 * DISCORD_API_BASE) with @discordjs/rest, which queues requests per bucket and waits out a
 * 429 — including a global one — for every process at once.
 *
 * `GET /healthz` is answered by the proxy itself (for a supervisor's probe).
 *
 * Requests keep their own Authorization header. As in bot.ts, the token-less interaction
 * requests (callbacks and interaction webhooks, which Discord exempts from the global limit)
 * go through a second REST instance without the global cap.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { populateErrorResponse, populateSuccessfulResponse } from "@discordjs/proxy";
import { REST, type RequestMethod } from "discord.js";
import type { Config } from "../config.js";
import { SummitError } from "../errors.js";
import { bindProblem, listen } from "../util/listen.js";
import type { Logger } from "./log.js";

export interface ProxyOptions {
  readonly port: number;
  readonly host: string;
}

export interface ProxyStats {
  /** Requests forwarded, with and without the bot token. */
  readonly forwarded: number;
  readonly interactions: number;
  /** Rate limits the proxy waited out instead of passing them to the bots. */
  readonly rateLimited: number;
  readonly globalRateLimited: number;
}

export interface RunningProxy {
  readonly port: number;
  readonly upstream: string;
  stats(): ProxyStats;
  close(): Promise<void>;
}

const DISCORD_API = "https://discord.com/api";

export async function startProxy(config: Config, options: ProxyOptions, log: Logger): Promise<RunningProxy> {
  const upstream = config.discord.apiBase ?? DISCORD_API;
  const counts = { forwarded: 0, interactions: 0, rateLimited: 0, globalRateLimited: 0 };
  const withToken = new REST({ api: upstream });
  const withoutToken = new REST({ api: upstream, globalRequestsPerSecond: Number.MAX_SAFE_INTEGER });
  for (const rest of [withToken, withoutToken]) {
    rest.on("rateLimited", (info) => {
      counts.rateLimited++;
      if (info.global) counts.globalRateLimited++;
      log.warn(
        { event: "proxy_rate_limited", route: info.route, global: info.global, retryAfter: info.retryAfter },
        "Discord rate limit: requests wait in the proxy",
      );
    });
  }

  // The body of @discordjs/proxy's proxyRequests, with one difference: an error it does not
  // know (Discord unreachable) becomes a 502 with a message instead of an empty 200.
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://proxy");
    const fullRoute = url.pathname.replace(/^\/api(\/v\d+)?/, "") as `/${string}`;
    const authorization = req.headers.authorization;
    const rest = authorization ? withToken : withoutToken;
    counts.forwarded++;
    if (!authorization) counts.interactions++;
    try {
      const response = await rest.queueRequest({
        body: req,
        fullRoute,
        method: (req.method ?? "GET") as RequestMethod,
        auth: false,
        passThroughBody: true,
        query: url.searchParams,
        headers: {
          ...(req.headers["content-type"] ? { "Content-Type": req.headers["content-type"] } : {}),
          ...(authorization ? { authorization } : {}),
          ...(req.headers["x-audit-log-reason"]
            ? { "x-audit-log-reason": String(req.headers["x-audit-log-reason"]) }
            : {}),
        },
      });
      await populateSuccessfulResponse(res, response);
    } catch (err) {
      if (!populateErrorResponse(res, err)) {
        const e = err as NodeJS.ErrnoException;
        log.error(
          { event: "proxy_upstream_failed", method: req.method, route: fullRoute, err },
          "proxy: request to Discord failed",
        );
        if (!res.headersSent) {
          res.statusCode = 502;
          res.setHeader("content-type", "application/json");
          res.write(
            JSON.stringify({ message: `summit-bot proxy: cannot reach ${upstream} (${e.code ?? e.message})`, code: 0 }),
          );
        }
      }
    } finally {
      res.end();
    }
  };

  const server: Server = createServer((req, res) => {
    // Answered here, never forwarded: a supervisor's probe must not spend Discord's rate limit.
    if (req.url === "/healthz") {
      res
        .writeHead(200, { "content-type": "application/json", "cache-control": "no-store" })
        .end(JSON.stringify({ ready: true, upstream, ...counts }));
      return;
    }
    void handle(req, res);
  });
  const { port, close } = await listen(
    server,
    options.port,
    options.host,
    (reason) =>
      new SummitError(
        "USAGE",
        bindProblem(reason, { host: options.host, port: options.port, hostSetting: "--host", portSetting: "--port" }),
      ),
  );
  log.info(
    { event: "proxy_listening", host: options.host, port, upstream },
    `Discord REST proxy on http://${options.host}:${port}/api → ${upstream}`,
  );
  return {
    port,
    upstream,
    stats: () => ({ ...counts }),
    close,
  };
}

/** Runs the proxy until SIGINT/SIGTERM; resolves to the exit code. */
export async function runProxy(
  config: Config,
  options: ProxyOptions,
  log: Logger,
  signals: NodeJS.EventEmitter = process,
): Promise<number> {
  const proxy = await startProxy(config, options, log);
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      signals.off("SIGINT", onInt);
      signals.off("SIGTERM", onTerm);
      log.info({ event: "shutdown", signal, ...proxy.stats() }, "proxy stopping");
      void proxy.close().then(() => resolve(0));
    };
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    signals.on("SIGINT", onInt);
    signals.on("SIGTERM", onTerm);
  });
}
