import { describeValue, SummitError } from "../../errors.js";
import { stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const invite: CliCommand = {
  name: "invite",
  summary:
    "Print the OAuth2 URL that adds the bot to a server (bot + applications.commands scopes, minimal permissions)",
  options: {
    "application-id": {
      type: "string",
      value: "ID",
      defaultText: "$DISCORD_APPLICATION_ID, else read from DISCORD_TOKEN",
      description: "the application (client) id from the Developer Portal",
    },
  },
  examples: ["npx summit-bot invite", "npx summit-bot invite --application-id 123456789012345678"],
  async run({ flags }, config, io) {
    const { tokenUserId } = await import("../../discord/token.js");
    const id = stringFlag(flags, "application-id") ?? config.discord.applicationId ?? tokenUserId(config.discord.token);
    if (!id || !/^\d{15,25}$/.test(id)) {
      throw new SummitError(
        "USAGE",
        `expected an application id (DISCORD_APPLICATION_ID, --application-id, or DISCORD_TOKEN to derive it from), received ${describeValue(id)}`,
      );
    }
    const { BOT_PERMISSIONS, inviteUrl } = await import("../../discord/invite.js");
    io.stdout.write(`${inviteUrl(id)}\n`);
    io.stderr.write(`Permissions: ${BOT_PERMISSIONS.toArray().join(", ")}\n`);
    return 0;
  },
};
