import { readFileSync } from "node:fs";
import { parse } from "dotenv";
import { TOKEN_ALIASES } from "../config.js";
import { nearest } from "../text/nearest.js";

/**
 * Every variable config.ts reads (and .env.example lists). A test pins this list to both, so a
 * new setting cannot be added without it.
 */
export const SETTING_NAMES = [
  "DASHBOARD_TOKEN",
  "DISCORD_API_BASE",
  "DISCORD_APPLICATION_ID",
  "DISCORD_GUILD_ID",
  "DISCORD_QUEUE_CONCURRENCY",
  "DISCORD_TOKEN",
  "DISCORD_WATCH_INDEX",
  "FEEDBACK_DB_PATH",
  "FEEDBACK_ENABLED",
  "FEEDBACK_RETENTION_DAYS",
  "FEEDBACK_SALT",
  "FORCE_COLOR",
  "HEALTH_HOST",
  "HEALTH_PORT",
  "LOG_LEVEL",
  "NO_COLOR",
  "PUBLIC_URL",
  "RATE_LIMIT_COUNT",
  "RATE_LIMIT_WINDOW_MS",
  "SHARD_COUNT",
  "SHARD_IDS",
  "SUMMIT_CORPUS_DIR",
  "SUMMIT_DICT_PATH",
  "SUMMIT_EMBEDDER",
  "SUMMIT_ENGINE_WORKERS",
  "SUMMIT_FETCH_ALLOW_PRIVATE",
  "SUMMIT_FETCH_HOST_INTERVAL_MS",
  "SUMMIT_FETCH_MAX_BYTES",
  "SUMMIT_FETCH_MAX_REDIRECTS",
  "SUMMIT_FETCH_TIMEOUT_MS",
  "SUMMIT_INDEX_DIR",
  "SUMMIT_MODEL_CACHE_DIR",
  "SUMMIT_MODEL_DIR",
  "SUMMIT_MODEL_DTYPE",
  "SUMMIT_MODEL_ID",
  "SUMMIT_MODEL_OFFLINE",
  "SUMMIT_PASSAGE_PREFIX",
  "SUMMIT_QUERY_PREFIX",
  "SUMMIT_SOURCES_ROLE_ID",
  "SUMMIT_SYNC_INTERVAL_MINUTES",
  "SUMMIT_TRANSLATE",
  "SUMMIT_WARM_UP_MS",
  "SUMMIT_WARM_UP_QUESTIONS",
  "WEB_HOST",
  "WEB_PAGES_PER_MINUTE",
  "WEB_PORT",
  "WEB_SEARCHES_PER_MINUTE",
  "WEB_TRUST_PROXY",
] as const;

/** Names people use for the token by mistake: `start` and `doctor` already name these. */
const TOKEN_NAMES_BY_MISTAKE = new Set<string>(TOKEN_ALIASES);

/**
 * The prefixes of this program's settings. A .env may hold other programs' variables (Docker
 * Compose's, NODE_OPTIONS, TZ): those are left alone unless they are one typo from a setting.
 */
const OWN_PREFIXES = /^(SUMMIT|DISCORD|FEEDBACK|HEALTH|RATE_LIMIT|SHARD|WEB|DASHBOARD|PUBLIC|LOG)_/;

/**
 * Why a .env line will not do what its writer meant: a name summit-bot never reads (a typo, a
 * retired setting) or a line dotenv skips because it is not NAME=value. Without this, both are
 * silently ignored and the program runs on the defaults. Values are never quoted back: a line
 * may be a pasted secret.
 */
export function envFileWarnings(text: string, file = ".env"): string[] {
  const parsed = parse(text);
  const values = Object.values(parsed);
  const warnings: string[] = [];
  const known = new Set<string>(SETTING_NAMES);
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const assignment = /^(?:export\s+)?([\w.-]+)\s*=/.exec(line);
    if (!assignment) {
      // A line of a multi-line quoted value is part of that value, not a stray line.
      const bare = line.replace(/^["'`]|["'`]$/g, "");
      if (values.some((v) => v.includes(bare))) return;
      warnings.push(
        `${file} line ${i + 1}: expected NAME=value, received a line without "=" (${line.length} characters); it is ignored`,
      );
      return;
    }
    const name = assignment[1]!;
    if (known.has(name) || TOKEN_NAMES_BY_MISTAKE.has(name)) return;
    const guess = nearest(name, SETTING_NAMES);
    if (!guess && !OWN_PREFIXES.test(name)) return;
    warnings.push(
      `${file} line ${i + 1}: ${name} is not a setting summit-bot reads, so it changes nothing${guess ? ` (did you mean ${guess}?)` : ""}; .env.example lists every setting`,
    );
  });
  return warnings;
}

/** The warnings of the .env file at `path`; none when it is missing or unreadable (loadEnvFile says that). */
export function envFileWarningsAt(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  return envFileWarnings(text);
}
