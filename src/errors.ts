/**
 * The catalogue of errors the program reports to people. Each message names what was expected
 * and what arrived, and where it helps, the command that fixes it.
 */
export type ErrorCode =
  | "CONFIG"
  | "CORPUS"
  | "INDEX_MISSING"
  | "INDEX_CORRUPT"
  | "INDEX_EMBEDDER_MISMATCH"
  | "INDEX_STALE"
  | "MODEL_LOAD"
  | "DICT"
  | "DISCORD_UNREACHABLE"
  | "USAGE"
  | "FEEDBACK_DB";

export class SummitError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SummitError";
  }
}

export class ConfigError extends SummitError {
  constructor(message: string) {
    super("CONFIG", message);
  }
}

/** A problem in one corpus file, located by file and line. */
export class CorpusError extends SummitError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super("CORPUS", `${file}${line ? `:${line}` : ""}: ${detail}`);
  }
}

/** Bot tokens are three dot-separated base64url parts. */
const TOKEN_LIKE = /^(Bot\s+)?[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/i;

/**
 * Describes a value someone supplied without showing it, for "received …" in error messages:
 * a token pasted into the wrong variable or flag must not end up in a terminal or a log. Only a
 * short number is shown as it is.
 */
export function describeValue(raw: string | undefined): string {
  if (raw === undefined || raw === "") return "nothing";
  if (/^[+-]?\d+(\.\d+)?$/.test(raw) && raw.length <= 12) return JSON.stringify(raw);
  if (TOKEN_LIKE.test(raw.trim())) return `what looks like a Discord bot token (${raw.length} characters, not shown)`;
  return `a value of ${raw.length} character${raw.length === 1 ? "" : "s"} (not shown, in case it is a secret)`;
}
