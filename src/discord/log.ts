/**
 * The bot's structured logger. Secrets never reach the log: the bot token by key, and the
 * interaction tokens that discord.js puts into error URLs (`/webhooks/<app>/<token>/…`,
 * `/interactions/<id>/<token>/…`) by rewriting every logged string.
 */
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

const TOKEN_IN_PATH = /\/(webhooks|interactions)\/(\d+)\/[^/\s?"']+/g;
const BOT_TOKEN = /\b[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}\b/g;

/** Removes interaction and bot tokens from a string. */
export function scrub(text: string): string {
  return text.replace(TOKEN_IN_PATH, "/$1/$2/[token]").replace(BOT_TOKEN, "[token]");
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrub(value);
  if (!value || typeof value !== "object" || depth > 6) return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] = /token|authorization|password|secret/i.test(k) ? "[redacted]" : scrubDeep(v, depth + 1);
  return out;
}

/** An Error as a plain object (message, code, status, method, url, stack), scrubbed. */
function serializeError(err: unknown): unknown {
  if (!(err instanceof Error)) return scrubDeep(err);
  const e = err as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown; cause?: unknown };
  return scrubDeep({
    type: e.name,
    message: e.message,
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(e.status !== undefined ? { status: e.status } : {}),
    ...(e.method !== undefined ? { method: e.method } : {}),
    ...(e.url !== undefined ? { url: e.url } : {}),
    stack: e.stack,
    ...(e.cause !== undefined ? { cause: serializeError(e.cause) } : {}),
  });
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      name: "summit-bot",
      level,
      serializers: { err: serializeError },
      redact: { paths: ["token", "*.token", "config.discord.token", "headers.authorization"], censor: "[redacted]" },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === "string" ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
