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
  | "FEEDBACK_DB"
  | "FETCH"
  | "SOURCE";

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

/** A bot token (or any JWT): three dot-separated base64url parts, found anywhere in the value. */
const TOKEN_LIKE = /[\w-]{8,}\.[\w-]{4,}\.[\w-]{20,}/;
/** A client secret, public key or API key: one long run of letters and digits, with both. */
const KEY_LIKE = /(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{24,}/i;
/** A password in a URL (`user:password@host`). */
const CREDENTIALS = /[^\s/:@]+:[^\s/@]+@/;
/** How much of a wrong value is shown: enough to see a typo, not a screenful. */
const SHOWN_CHARS = 40;

/**
 * Describes a value someone supplied, for "received …" in error messages: quoted and cut to
 * SHOWN_CHARS, so a typo (`SUMMIT_EMBEDDER=foo`) is there to see. The secrets themselves
 * (DISCORD_TOKEN, FEEDBACK_SALT) are never checked against a format and never come here; a value
 * that looks like one — a token, a key, a password in a URL, pasted into the wrong variable or
 * flag — is described by its length and never shown.
 */
export function describeValue(raw: string | undefined): string {
  if (raw === undefined || raw === "") return "nothing";
  if (TOKEN_LIKE.test(raw)) return `what looks like a Discord bot token (${raw.length} characters, not shown)`;
  if (KEY_LIKE.test(raw) || CREDENTIALS.test(raw))
    return `what looks like a key or password (${raw.length} characters, not shown)`;
  const chars = [...raw];
  return JSON.stringify(chars.length > SHOWN_CHARS ? `${chars.slice(0, SHOWN_CHARS - 1).join("")}…` : raw);
}
