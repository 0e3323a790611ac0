import { checkedGuildId, intFlag, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

export const doctor: CliCommand = {
  name: "doctor",
  summary:
    "Check the set-up: token, that Discord accepts it, the application id, registered commands, the bot's permissions in a server, the index and the dictionary — each line OK or what to do",
  options: {
    guild: {
      type: "string",
      value: "ID",
      defaultText: "$DISCORD_GUILD_ID",
      description: "the server whose commands and bot permissions are checked",
    },
    offline: { type: "boolean", description: "skip the checks that ask Discord" },
    timeout: {
      type: "string",
      value: "SECONDS",
      default: "10",
      description: "how long to wait for each answer from Discord",
    },
  },
  notes: [
    "Exit code 0 when nothing failed (warnings allowed), 1 otherwise. Discord is only read from; the token is never printed.",
  ],
  examples: [
    "npx summit-bot doctor",
    "npx summit-bot doctor --guild 123456789012345678",
    "npx summit-bot doctor --offline",
  ],
  async run({ flags }, config, io) {
    const guild = checkedGuildId(stringFlag(flags, "guild"));
    const timeoutMs = intFlag(flags, "timeout", 10, 1, 300) * 1000;
    const [{ discordChecks, formatChecks, tokenCheck }, { BOT_PERMISSIONS }, { localChecks }, { runningBotChecks }] =
      await Promise.all([
        import("../../discord/doctor.js"),
        import("../../discord/invite.js"),
        import("../../engine/preflight.js"),
        import("../../discord/doctor-running.js"),
      ]);
    const remote =
      flags.offline === true
        ? [
            tokenCheck(config).check,
            { name: "discord", status: "skip" as const, detail: "--offline: Discord not asked" },
          ]
        : await discordChecks(config, { ...(guild ? { guild } : {}), permissions: BOT_PERMISSIONS, timeoutMs });
    // The running bot is asked on this machine only (HEALTH_PORT), so --offline asks it too.
    const checks = [...remote, ...localChecks(config), ...(await runningBotChecks(config))];
    io.stdout.write(`${formatChecks(checks)}\n`);
    const failed = checks.filter((c) => c.status === "fail").length;
    const warned = checks.filter((c) => c.status === "warn").length;
    // "All checks passed" after `--offline` must not read as "Discord accepts the token".
    const skipped = checks.filter((c) => c.status === "skip").map((c) => c.name);
    const notes = [
      ...(warned ? [`${warned} warning(s)`] : []),
      ...(skipped.length ? [`${skipped.length} skipped: ${skipped.join(", ")}`] : []),
    ].join("; ");
    io.stdout.write(
      failed
        ? `\n${failed} check(s) failed${notes ? ` (${notes})` : ""}: see the → lines.\n`
        : `\nAll checks passed${notes ? ` (${notes})` : ""}.\n`,
    );
    return failed ? 1 : 0;
  },
};
