import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from "discord.js";
import { SummitError } from "../../errors.js";
import type { CliCommand } from "../command.js";

/**
 * What the bot needs in a channel: slash commands and context menus need no permission at all;
 * answering a mention needs to see the channel, send (also in threads), embed the card and read
 * history for the reply reference; `/ask` opens a public thread on its answer for follow-ups.
 */
export const BOT_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.CreatePublicThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
]);

/** A bot token's first part is its user id in base64, which is the application id. */
function applicationIdFromToken(token: string | undefined): string | undefined {
  const first = token?.replace(/^Bot\s+/i, "").split(".")[0];
  if (!first) return undefined;
  const id = Buffer.from(first, "base64url").toString("utf8");
  return /^\d{15,25}$/.test(id) ? id : undefined;
}

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(" "),
    permissions: BOT_PERMISSIONS.bitfield.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString().replace(/\+/g, "%20")}`;
}

export const invite: CliCommand = {
  name: "invite",
  usage: "invite [--application-id ID]",
  summary: "Print the OAuth2 URL that adds the bot to a server (bot + applications.commands scopes, minimal permissions)",
  async run(args, config, io) {
    const i = args.indexOf("--application-id");
    const id = (i >= 0 ? args[i + 1] : undefined) ?? config.discord.applicationId ?? applicationIdFromToken(config.discord.token);
    if (!id || !/^\d{15,25}$/.test(id)) {
      throw new SummitError("USAGE", `invite: expected an application id (DISCORD_APPLICATION_ID, --application-id, or DISCORD_TOKEN to derive it from), received ${JSON.stringify(id ?? "")}`);
    }
    io.stdout.write(`${inviteUrl(id)}\n`);
    io.stderr.write(`Permissions: ${BOT_PERMISSIONS.toArray().join(", ")}\n`);
    return 0;
  },
};
