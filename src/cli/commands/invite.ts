import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from "discord.js";
import { describeValue, SummitError } from "../../errors.js";
import { stringFlag } from "../args.js";
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
  summary: "Print the OAuth2 URL that adds the bot to a server (bot + applications.commands scopes, minimal permissions)",
  options: {
    "application-id": { type: "string", value: "ID", defaultText: "$DISCORD_APPLICATION_ID, else read from DISCORD_TOKEN", description: "the application (client) id from the Developer Portal" },
  },
  examples: ["npx summit-bot invite", "npx summit-bot invite --application-id 123456789012345678"],
  async run({ flags, positional }, config, io) {
    if (positional.length) throw new SummitError("USAGE", `expected no arguments besides the options, received ${JSON.stringify(positional)}`);
    const id = stringFlag(flags, "application-id") ?? config.discord.applicationId ?? applicationIdFromToken(config.discord.token);
    if (!id || !/^\d{15,25}$/.test(id)) {
      throw new SummitError("USAGE", `expected an application id (DISCORD_APPLICATION_ID, --application-id, or DISCORD_TOKEN to derive it from), received ${describeValue(id)}`);
    }
    io.stdout.write(`${inviteUrl(id)}\n`);
    io.stderr.write(`Permissions: ${BOT_PERMISSIONS.toArray().join(", ")}\n`);
    return 0;
  },
};
