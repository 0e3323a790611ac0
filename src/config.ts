import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { config as loadDotenv } from "dotenv";
import { ConfigError, describeValue } from "./errors.js";

/** Every setting the program reads, validated once at start-up. Nothing else reads `process.env`. */
/**
 * The embedders SUMMIT_EMBEDDER can name; what each one is lives in embed/registry.ts, whose table
 * the compiler holds to exactly these names (config reads no layer, so the list stands here).
 */
export const EMBEDDER_NAMES = ["hash", "transformers"] as const;
export type EmbedderName = (typeof EMBEDDER_NAMES)[number];

export interface Config {
  readonly corpusDir: string;
  readonly indexDir: string;
  /** `hash` (offline default) or `transformers`. */
  readonly embedder: EmbedderName;
  readonly model: {
    readonly id: string;
    /** Folder holding `<model id>/` with config, tokenizer and onnx/ files; used before any download. */
    readonly localDir?: string;
    readonly cacheDir?: string;
    /** Never try to download: fail with a clear error when the model is not on disk. */
    readonly offline: boolean;
    readonly dtype: "fp32" | "q8";
    /** Prefixes that E5-style models need; empty for others. */
    readonly queryPrefix: string;
    readonly passagePrefix: string;
  };
  /** Path of the English→Japanese dictionary data file. */
  readonly dictPath: string;
  /** Translate English questions into Japanese search terms (off only to measure without it). */
  readonly translate: boolean;
  readonly discord: {
    readonly token?: string;
    /** Other variables holding what looks like the token (DISCORD_BOT_TOKEN, TOKEN, …), named when DISCORD_TOKEN is unset. */
    readonly tokenElsewhere: readonly string[];
    readonly applicationId?: string;
    readonly guildId?: string;
    readonly apiBase?: string;
    /** Questions a user may ask per window. */
    readonly rateLimitCount: number;
    readonly rateLimitWindowMs: number;
    /** Questions answered at once; more wait in order. */
    readonly queueConcurrency: number;
    /** Reload the index when its files change (SIGHUP always reloads). */
    readonly watchIndex: boolean;
    /** This process's fixed range of shards (SHARD_IDS of SHARD_COUNT); undefined: discord.js's default, one shard. */
    readonly shards?: ShardRange;
  };
  /** The health/readiness endpoint; off unless HEALTH_PORT is set. */
  readonly health: {
    /** 0 picks a free port (logged); undefined: no endpoint. */
    readonly port?: number;
    readonly host: string;
  };
  /** The record of questions and 👍/👎 (see src/feedback/). */
  readonly feedback: {
    readonly enabled: boolean;
    /** SQLite file; created with its folder when missing. */
    readonly dbPath: string;
    /** Secret mixed into the hashes of user ids; when unset the database keeps a random one. */
    readonly salt?: string;
    /** Rows older than this many days are deleted. */
    readonly retentionDays: number;
  };
  /** The archive site and dashboard (`summit-bot serve`, src/web/). */
  readonly web: {
    /** Where the archive site is reachable from outside, without a trailing slash: citations link to `<publicUrl>/doc/<id>#<n>`. Unset: no permalinks. */
    readonly publicUrl?: string;
    /** The operator dashboard answers only requests carrying this token; unset: the dashboard is off. */
    readonly dashboardToken?: string;
    readonly port: number;
    readonly host: string;
    /** Pages of any kind one client may ask for per minute. */
    readonly pagesPerMinute: number;
    /**
     * Searches (questions asked on /search) one client may make per minute: the site's own limit,
     * not the bot's RATE_LIMIT_* (5 a minute per Discord user), which a reader browsing results hit.
     */
    readonly searchesPerMinute: number;
    /**
     * The site runs behind a reverse proxy: the client is the last address of X-Forwarded-For
     * (the one the proxy added), so rate limits apply per visitor and not to the proxy as a whole.
     * Off by default, since without a proxy anyone could send the header.
     */
    readonly trustProxy: boolean;
  };
  readonly logLevel: string;
  /**
   * Threads the bot's engine runs in (each holds the index): retrieval and quote checks never
   * hold up the thread that talks to Discord. 0 runs the engine in the bot's own thread.
   */
  readonly engineWorkers: number;
  /**
   * The start-up warm-up of the bot's engine (engine/warm-up.ts): at most `questions` questions
   * generated from the corpus, within `ms` milliseconds; either 0 turns it off.
   */
  readonly warmUp: WarmUpSettings;
  /** How `add`, `sync` and `/sources` fetch from the web (src/sources/). */
  readonly fetch: FetchSettings;
  /** Feeds and `/sources`: the bot's scheduled sync and who may change the sources. */
  readonly sources: {
    /** Minutes between the bot's runs of `sync`; 0: the bot never syncs by itself. */
    readonly syncIntervalMinutes: number;
    /** A Discord role id whose members may use `/sources` besides those with Manage Server. */
    readonly managerRoleId?: string;
  };
  /** Colour in terminal output: FORCE_COLOR (1/true, or 0/false) wins, then NO_COLOR; else only on a terminal. */
  readonly color: "auto" | "always" | "never";
}

export interface FetchSettings {
  /** Fetch from private, loopback and link-local addresses too (tests and intranets only). */
  readonly allowPrivate: boolean;
  /** Whole-request limit, redirects included. */
  readonly timeoutMs: number;
  /** Most bytes read from one response, after decompression. */
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** Least time between two requests to one host. */
  readonly hostIntervalMs: number;
}

export interface WarmUpSettings {
  readonly questions: number;
  readonly ms: number;
}

/** Which of the bot's shards one process runs; every process of the bot must agree on `count`. */
export interface ShardRange {
  readonly ids: readonly number[];
  readonly count: number;
}

// Both src/config.ts and its compiled dist/config.js sit one level below the project root.
const projectRoot = fileURLToPath(new URL("..", import.meta.url));

function bool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name}: expected true or false, received ${describeValue(raw)}`);
}

function wholeNumber(name: string, raw: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? "(0 or more)" : `from 0 to ${max}`;
    throw new ConfigError(`${name}: expected a whole number ${range}, received ${describeValue(raw)}`);
  }
  return n;
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new ConfigError(`${name}: expected a positive whole number, received ${describeValue(raw)}`);
  return n;
}

function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback: T): T {
  if (raw === undefined || raw === "") return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${name}: expected one of ${allowed.join(", ")}, received ${describeValue(raw)}`);
}

/** Discord ids (servers, applications) are snowflakes: digits only. */
function snowflake(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (/^\d{15,25}$/.test(raw)) return raw;
  throw new ConfigError(`${name}: expected a Discord id (digits only), received ${describeValue(raw)}`);
}

/** An http(s) base URL; a garbage value would otherwise surface later as a TypeError quoting it. */
function httpUrl(name: string, raw: string | undefined, example: string): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === "http:" || url.protocol === "https:")) return raw.replace(/\/+$/, "");
  throw new ConfigError(`${name}: expected an http(s) URL such as ${example}, received ${describeValue(raw)}`);
}

/** A secret that guards a page: long enough that guessing it is hopeless. Never echoed. */
function secret(name: string, raw: string | undefined, minLength: number): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.length >= minLength) return raw;
  throw new ConfigError(
    `${name}: expected a secret of at least ${minLength} characters, received one of ${raw.length}`,
  );
}

/** Where people put a bot token by mistake. */
export const TOKEN_ALIASES = [
  "DISCORD_BOT_TOKEN",
  "BOT_TOKEN",
  "TOKEN",
  "DISCORD_API_TOKEN",
  "DISCORD_TOKEN_BOT",
] as const;

/**
 * Loads `.env` from the working folder into the environment (variables already set win). Returns
 * a warning when the file is there but cannot be read, so nobody wonders why its settings are
 * ignored; a missing `.env` is normal and says nothing.
 */
export function loadEnvFile(path = resolve(".env"), env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { error } = loadDotenv({ path, quiet: true, processEnv: env as Record<string, string> });
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!error || code === "ENOENT") return undefined;
  return `${path} could not be read (${code ?? error.name}); settings come from the environment only`;
}

/** https://no-color.org and Node's own FORCE_COLOR rule: FORCE_COLOR set to 0/false turns colour off, any other value on. */
function colorSetting(env: NodeJS.ProcessEnv): Config["color"] {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return /^(0|false)$/i.test(force.trim()) ? "never" : "always";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return "never";
  return "auto";
}

function port(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65_535)
    throw new ConfigError(`${name}: expected a port number from 0 to 65535, received ${describeValue(raw)}`);
  return n;
}

/** "0-3,8" → [0, 1, 2, 3, 8]. */
function parseShardIds(name: string, raw: string): number[] {
  const ids = new Set<number>();
  for (const part of raw.split(",").map((p) => p.trim())) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    const from = m ? Number(m[1]) : NaN;
    const to = m?.[2] !== undefined ? Number(m[2]) : from;
    if (!m || to < from || to - from > 10_000) {
      throw new ConfigError(`${name}: expected shard ids like "0", "0,1" or "0-3", received ${describeValue(raw)}`);
    }
    for (let i = from; i <= to; i++) ids.add(i);
  }
  return [...ids].sort((a, b) => a - b);
}

/** SHARD_IDS and SHARD_COUNT together; SHARD_COUNT alone means every shard in this process. */
export function shardRange(
  idsRaw: string | undefined,
  countRaw: string | undefined,
  names = { ids: "SHARD_IDS", count: "SHARD_COUNT" },
): ShardRange | undefined {
  if (idsRaw === undefined && countRaw === undefined) return undefined;
  if (countRaw === undefined)
    throw new ConfigError(
      `${names.ids} needs ${names.count}: expected the total number of shards of the bot (the same on every machine), received nothing`,
    );
  const count = positiveInt(names.count, countRaw, 1);
  const ids = idsRaw === undefined ? [...Array(count).keys()] : parseShardIds(names.ids, idsRaw);
  const outside = ids.filter((id) => id >= count);
  if (outside.length)
    throw new ConfigError(
      `${names.ids}: expected shard ids from 0 to ${count - 1} (${names.count} is ${count}), received ${outside.join(", ")}`,
    );
  return { ids, count };
}

const opt = (raw: string | undefined): string | undefined =>
  raw === undefined || raw.trim() === "" ? undefined : raw.trim();

function deepFreeze<T extends object>(o: T): Readonly<T> {
  for (const v of Object.values(o)) if (v && typeof v === "object") deepFreeze(v as object);
  return Object.freeze(o);
}

/** Reads the environment (after dotenv has filled it) into a frozen, validated object. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const modelId = opt(env.SUMMIT_MODEL_ID) ?? "Xenova/multilingual-e5-small";
  const isE5 = /e5/i.test(modelId);
  const shards = shardRange(opt(env.SHARD_IDS), opt(env.SHARD_COUNT));
  const healthPort = port("HEALTH_PORT", env.HEALTH_PORT);
  const config: Config = {
    corpusDir: resolve(opt(env.SUMMIT_CORPUS_DIR) ?? resolve(projectRoot, "corpus")),
    indexDir: resolve(opt(env.SUMMIT_INDEX_DIR) ?? resolve(projectRoot, "embeddings")),
    embedder: oneOf("SUMMIT_EMBEDDER", opt(env.SUMMIT_EMBEDDER), EMBEDDER_NAMES, "hash"),
    model: {
      id: modelId,
      localDir: opt(env.SUMMIT_MODEL_DIR) && resolve(opt(env.SUMMIT_MODEL_DIR)!),
      // A default cache, so a model downloaded once is not fetched again at every start.
      cacheDir: resolve(opt(env.SUMMIT_MODEL_CACHE_DIR) ?? resolve(projectRoot, ".cache/models")),
      offline: bool("SUMMIT_MODEL_OFFLINE", env.SUMMIT_MODEL_OFFLINE, false),
      dtype: oneOf("SUMMIT_MODEL_DTYPE", opt(env.SUMMIT_MODEL_DTYPE), ["fp32", "q8"] as const, "q8"),
      queryPrefix: env.SUMMIT_QUERY_PREFIX ?? (isE5 ? "query: " : ""),
      passagePrefix: env.SUMMIT_PASSAGE_PREFIX ?? (isE5 ? "passage: " : ""),
    },
    dictPath: resolve(opt(env.SUMMIT_DICT_PATH) ?? resolve(projectRoot, "data/en-ja.dict.bin")),
    translate: bool("SUMMIT_TRANSLATE", env.SUMMIT_TRANSLATE, true),
    discord: {
      token: opt(env.DISCORD_TOKEN),
      tokenElsewhere: TOKEN_ALIASES.filter((name) => opt(env[name]) !== undefined),
      applicationId: snowflake("DISCORD_APPLICATION_ID", opt(env.DISCORD_APPLICATION_ID)),
      guildId: snowflake("DISCORD_GUILD_ID", opt(env.DISCORD_GUILD_ID)),
      apiBase: httpUrl("DISCORD_API_BASE", opt(env.DISCORD_API_BASE), "http://127.0.0.1:8080/api"),
      rateLimitCount: positiveInt("RATE_LIMIT_COUNT", env.RATE_LIMIT_COUNT, 5),
      rateLimitWindowMs: positiveInt("RATE_LIMIT_WINDOW_MS", env.RATE_LIMIT_WINDOW_MS, 60_000),
      queueConcurrency: positiveInt("DISCORD_QUEUE_CONCURRENCY", env.DISCORD_QUEUE_CONCURRENCY, 4),
      watchIndex: bool("DISCORD_WATCH_INDEX", env.DISCORD_WATCH_INDEX, true),
      ...(shards ? { shards } : {}),
    },
    health: {
      ...(healthPort !== undefined ? { port: healthPort } : {}),
      host: opt(env.HEALTH_HOST) ?? "127.0.0.1",
    },
    color: colorSetting(env),
    fetch: {
      allowPrivate: bool("SUMMIT_FETCH_ALLOW_PRIVATE", env.SUMMIT_FETCH_ALLOW_PRIVATE, false),
      timeoutMs: positiveInt("SUMMIT_FETCH_TIMEOUT_MS", env.SUMMIT_FETCH_TIMEOUT_MS, 20_000),
      maxBytes: positiveInt("SUMMIT_FETCH_MAX_BYTES", env.SUMMIT_FETCH_MAX_BYTES, 10 * 1024 * 1024),
      maxRedirects: wholeNumber("SUMMIT_FETCH_MAX_REDIRECTS", env.SUMMIT_FETCH_MAX_REDIRECTS, 5, 20),
      hostIntervalMs: wholeNumber("SUMMIT_FETCH_HOST_INTERVAL_MS", env.SUMMIT_FETCH_HOST_INTERVAL_MS, 1000, 600_000),
    },
    sources: {
      syncIntervalMinutes: wholeNumber(
        "SUMMIT_SYNC_INTERVAL_MINUTES",
        env.SUMMIT_SYNC_INTERVAL_MINUTES,
        0,
        7 * 24 * 60,
      ),
      managerRoleId: snowflake("SUMMIT_SOURCES_ROLE_ID", opt(env.SUMMIT_SOURCES_ROLE_ID)),
    },
    feedback: {
      enabled: bool("FEEDBACK_ENABLED", env.FEEDBACK_ENABLED, true),
      dbPath: resolve(opt(env.FEEDBACK_DB_PATH) ?? resolve(projectRoot, "var/feedback.sqlite")),
      salt: opt(env.FEEDBACK_SALT),
      retentionDays: positiveInt("FEEDBACK_RETENTION_DAYS", env.FEEDBACK_RETENTION_DAYS, 90),
    },
    web: {
      publicUrl: httpUrl("PUBLIC_URL", opt(env.PUBLIC_URL), "https://archive.example.org (where `serve` is reached)"),
      dashboardToken: secret("DASHBOARD_TOKEN", opt(env.DASHBOARD_TOKEN), 16),
      port: port("WEB_PORT", env.WEB_PORT) ?? 8080,
      host: opt(env.WEB_HOST) ?? "127.0.0.1",
      pagesPerMinute: positiveInt("WEB_PAGES_PER_MINUTE", env.WEB_PAGES_PER_MINUTE, 600),
      searchesPerMinute: positiveInt("WEB_SEARCHES_PER_MINUTE", env.WEB_SEARCHES_PER_MINUTE, 30),
      trustProxy: bool("WEB_TRUST_PROXY", env.WEB_TRUST_PROXY, false),
    },
    logLevel: oneOf(
      "LOG_LEVEL",
      opt(env.LOG_LEVEL),
      ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const,
      "info",
    ),
    engineWorkers: wholeNumber("SUMMIT_ENGINE_WORKERS", env.SUMMIT_ENGINE_WORKERS, 1),
    warmUp: {
      questions: wholeNumber("SUMMIT_WARM_UP_QUESTIONS", env.SUMMIT_WARM_UP_QUESTIONS, 600, 100_000),
      // A start-up longer than a minute is a mistake, not a warm-up.
      ms: wholeNumber("SUMMIT_WARM_UP_MS", env.SUMMIT_WARM_UP_MS, 1200, 60_000),
    },
  };
  return deepFreeze(config);
}
