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

/** Undefined when `bare` is shaped like a bot token; else what arrived, described (length and parts), never echoed. */
export function tokenShapeProblem(bare: string): string | undefined {
  return TOKEN_SHAPE.test(bare) ? undefined : `received ${bare.length} characters in ${bare.split(".").length} part(s)`;
}

/** The bot user id a token starts with (base64 of the id, which is also the application id), when it decodes to one. */
export function tokenUserId(token: string | undefined): string | undefined {
  const first = token === undefined ? undefined : bareToken(token).split(".")[0];
  if (!first) return undefined;
  const id = Buffer.from(first, "base64url").toString("utf8");
  return /^\d{15,25}$/.test(id) ? id : undefined;
}
