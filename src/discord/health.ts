/**
 * The health/readiness endpoint for a supervisor (Docker HEALTHCHECK, systemd, a load
 * balancer): plain HTTP on a local port, off unless HEALTH_PORT is set.
 *   GET /healthz — 200 while the process serves requests (liveness).
 *   GET /readyz  — 200 when every gateway shard of this process is ready and an index is
 *                  loaded, else 503; the body says which part is not (readiness).
 * Both answer with the same JSON report, which never contains a secret.
 */
import { createServer, type Server } from "node:http";
import { Status, type Client } from "discord.js";
import type { Config } from "../config.js";
import { indexSummary, type CorpusStale, type EngineHolder, type ReloadStatus } from "../engine/index.js";
import { ConfigError } from "../errors.js";
import { bindProblem, listen } from "../util/listen.js";
import type { Logger } from "./log.js";

export interface ShardHealth {
  readonly id: number;
  /** discord.js's status name for the shard: Ready, Connecting, Reconnecting, Idle, …; in a sharding manager Starting, Exited or NotSpawned. */
  readonly status: string;
  readonly ready: boolean;
  /** Last heartbeat round trip in ms, when known. */
  readonly ping?: number;
}

export interface IndexHealth {
  readonly dir: string;
  /** The content hash naming the index build (`g-…`), as the logs name it. */
  readonly generation?: string;
  /** Successful reloads since start. */
  readonly reloads: number;
  readonly documents: number;
  readonly paragraphs: number;
  /** The newest index on disk failed to load: the one above is older, and a restart would fail. */
  readonly reloadFailed?: {
    readonly error: string;
    readonly since: string;
    readonly attempts: number;
    readonly nextRetryAt?: string;
  };
  /** The corpus changed after the index on disk was built: a restart would refuse it as stale. */
  readonly corpusChanged?: {
    readonly changed: readonly string[];
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly since: string;
  };
}

/** What the bot knows about its index beyond the engine it holds (reloader and corpus watch). */
export interface IndexStatus {
  readonly reload?: ReloadStatus;
  readonly corpus?: CorpusStale;
}

export interface HealthReport {
  readonly ready: boolean;
  readonly gateway: { readonly ready: boolean; readonly shardCount?: number; readonly shards: readonly ShardHealth[] };
  /** Undefined while the index is still loading (or in a sharding manager, which loads none). */
  readonly index?: IndexHealth;
  /** Why the process is not ready, in words. */
  readonly reasons: readonly string[];
  /** What needs an operator although the process serves (a failed reload, a stale index), in words. */
  readonly warnings?: readonly string[];
  readonly uptimeSeconds: number;
}

export interface HealthServer {
  /** The port actually bound (HEALTH_PORT=0 picks a free one). */
  readonly port: number;
  close(): Promise<void>;
}

/** Serves `report()` on config.health; resolves undefined when the endpoint is off. */
export async function startHealthServer(
  config: Config,
  report: () => HealthReport,
  log: Logger,
): Promise<HealthServer | undefined> {
  const { port, host } = config.health;
  if (port === undefined) return undefined;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://health").pathname;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path !== "/healthz" && path !== "/readyz") {
      res
        .writeHead(404, { "content-type": "application/json" })
        .end(JSON.stringify({ error: `expected /healthz or /readyz, received ${path}` }));
      return;
    }
    let body: HealthReport;
    try {
      body = report();
    } catch (err) {
      log.error({ event: "health_report_failed", err }, "health report failed");
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: "health report failed" }));
      return;
    }
    const status = path === "/healthz" || body.ready ? 200 : 503;
    res
      .writeHead(status, { "content-type": "application/json", "cache-control": "no-store" })
      .end(req.method === "HEAD" ? undefined : JSON.stringify(body));
  });
  const listening = await listen(
    server,
    port,
    host,
    (reason) =>
      new ConfigError(
        `health endpoint: ${bindProblem(reason, { host, port, hostSetting: "HEALTH_HOST", portSetting: "HEALTH_PORT" })}`,
      ),
  );
  const bound = listening.port;
  // Idle keep-alive connections from a prober must not hold shutdown open.
  server.keepAliveTimeout = 1_000;
  log.info({ event: "health_listening", host, port: bound }, `health endpoint on http://${host}:${bound}/readyz`);
  return listening;
}

/** The report of one bot process: its client's shards and the index its engine holder serves. */
export function botHealth(
  client: Client,
  engines: EngineHolder | undefined,
  indexDir: string,
  startedAt: number,
  status: IndexStatus = {},
): HealthReport {
  const shards: ShardHealth[] = [...client.ws.shards.values()].map((s) => ({
    id: s.id,
    status: Status[s.status] ?? String(s.status),
    ready: s.status === Status.Ready,
    ...(s.ping >= 0 ? { ping: s.ping } : {}),
  }));
  const expected = Array.isArray(client.options.shards) ? client.options.shards.length : 1;
  const gatewayReady = client.isReady() && shards.length >= expected && shards.every((s) => s.ready);
  const engine = engines?.current;
  const index =
    engines && engine
      ? indexHealth(engine ? indexSummary(engine) : undefined, indexDir, engines.generation - 1, status)
      : undefined;
  const reasons = [
    ...(index ? [] : ["index still loading"]),
    ...(gatewayReady
      ? []
      : [`gateway not ready (${shards.map((s) => `shard ${s.id} ${s.status}`).join(", ") || "not connected"})`]),
  ];
  const warnings = index ? indexWarnings(index) : [];
  return {
    ready: reasons.length === 0,
    gateway: {
      ready: gatewayReady,
      ...(typeof client.options.shardCount === "number" ? { shardCount: client.options.shardCount } : {}),
      shards,
    },
    ...(index ? { index } : {}),
    reasons,
    ...(warnings.length ? { warnings } : {}),
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The index part of the report: what is served, and what the reloader and the corpus watch know. */
export function indexHealth(
  served: ReturnType<typeof indexSummary> | undefined,
  indexDir: string,
  reloads: number,
  status: IndexStatus,
): IndexHealth {
  const failed = status.reload?.failed;
  const corpus = status.corpus;
  return {
    dir: indexDir,
    ...(served?.generation ? { generation: served.generation } : {}),
    reloads: status.reload?.reloads ?? reloads,
    documents: served?.documents ?? 0,
    paragraphs: served?.paragraphs ?? 0,
    ...(failed
      ? {
          reloadFailed: {
            error: failed.error,
            since: iso(failed.since),
            attempts: failed.attempts,
            ...(failed.nextRetryAt ? { nextRetryAt: iso(failed.nextRetryAt) } : {}),
          },
        }
      : {}),
    ...(corpus
      ? {
          corpusChanged: {
            changed: corpus.changed,
            added: corpus.added,
            removed: corpus.removed,
            since: iso(corpus.since),
          },
        }
      : {}),
  };
}

/** The index's warnings in words, for /readyz and `doctor`. */
export function indexWarnings(index: IndexHealth): string[] {
  const out: string[] = [];
  const served = index.generation ? `generation ${index.generation}` : "the loaded index";
  if (index.reloadFailed)
    out.push(
      `the newest index in ${index.dir} failed to load (${index.reloadFailed.attempts} attempt(s) since ${index.reloadFailed.since}: ${index.reloadFailed.error}); still serving ${served}, and a restart would fail`,
    );
  if (index.corpusChanged) {
    const c = index.corpusChanged;
    out.push(
      `the corpus changed since the index was built (${c.changed.length} changed, ${c.added.length} added, ${c.removed.length} removed, noticed ${c.since}); still serving ${served}, and a restart would refuse the index until \`summit-bot ingest\` runs`,
    );
  }
  return out;
}
