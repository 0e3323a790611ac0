/**
 * What the bot can tell from its token without asking Discord: its shape, and the bot user's id
 * it starts with. Nothing here ever returns or prints the token itself.
 */

/** Bot tokens are three dot-separated base64url parts. */
const TOKEN_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** The token without the `Bot ` prefix people paste along with it. */
export function bareToken(raw: string): string {
  return raw.replace(/^Bot\s+/i, "");
}

/**
 * Undefined when `bare` is shaped like a bot token; else what arrived, described (length, parts
 * and what is wrong with them), never echoed. Three parts can still be wrong — quotes kept around
 * the value (a Docker env-file or a systemd Environment= keeps them), a space, a stray character —
 * and the description says which, or "three parts" alone would read as a contradiction.
 */
export function tokenShapeProblem(bare: string): string | undefined {
  if (TOKEN_SHAPE.test(bare)) return undefined;
  const received = `received ${bare.length} characters in ${bare.split(".").length} part(s)`;
  if (/^(["'`]).*\1$/s.test(bare) && bare.length >= 2)
    return `${received}, wrapped in quotes: remove the quotes around the value (env files read by Docker or systemd keep them)`;
  if (/\s/.test(bare)) return `${received}, with whitespace inside: copy the token again without spaces or line breaks`;
  const stray = bare.replace(/[\w.-]/g, "");
  if (stray)
    return `${received}, with ${stray.length} character(s) a token never holds (only letters, digits, "-", "_" and ".")`;
  return received;
}

/** The bot user id a token starts with (base64 of the id, which is also the application id), when it decodes to one. */
export function tokenUserId(token: string | undefined): string | undefined {
  const first = token === undefined ? undefined : bareToken(token).split(".")[0];
  if (!first) return undefined;
  const id = Buffer.from(first, "base64url").toString("utf8");
  return /^\d{15,25}$/.test(id) ? id : undefined;
}
