/**
 * The checks behind `summit-bot doctor`: one line per thing an operator can get wrong, each
 * either OK or saying what to do. Discord is asked read-only (GET requests; nothing is
 * registered or sent), and the token is never part of any line.
 */
import { PermissionFlagsBits, PermissionsBitField, REST, Routes } from "discord.js";
import type { Config } from "../config.js";
import { check, type Check, type CheckStatus } from "../engine/index.js";
import { commandData } from "./commands/index.js";
import { scrub } from "./log.js";
import { bareToken, tokenShapeProblem, tokenUserId } from "./token.js";

const { ok, warn, fail, skip } = check;

export interface DoctorOptions {
  /** Server whose permissions and commands are checked; else DISCORD_GUILD_ID. */
  readonly guild?: string;
  /** The permissions the bot needs in a server (the ones `invite` asks for). */
  readonly permissions: PermissionsBitField;
  /** Per-request time limit for Discord. */
  readonly timeoutMs?: number;
}

function errorStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown }).status;
  return typeof s === "number" ? s : undefined;
}

/** Why a request got no HTTP answer: a DNS failure, a refused connection, a time-out. */
function networkReason(err: unknown): string {
  const e = err as { code?: string; name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "AbortError") return "no answer in time";
  return e.cause?.code ?? e.code ?? e.cause?.message ?? e.message ?? String(err);
}

interface Registered {
  readonly name: string;
  readonly type?: number;
  readonly description?: string;
  readonly options?: readonly unknown[];
}

/** Commands this version defines that `list` lacks, or has in another shape (an older version's). */
function compareCommands(list: readonly Registered[]): { missing: string[]; outdated: string[]; extra: string[] } {
  const expected = commandData as readonly Registered[];
  const missing: string[] = [];
  const outdated: string[] = [];
  for (const c of expected) {
    const r = list.find((x) => x.name === c.name && (x.type ?? 1) === (c.type ?? 1));
    if (!r) missing.push(c.name);
    else if ((r.description ?? "") !== (c.description ?? "") || (r.options?.length ?? 0) !== (c.options?.length ?? 0))
      outdated.push(c.name);
  }
  const extra = list.filter((r) => !expected.some((c) => c.name === r.name)).map((r) => r.name);
  return { missing, outdated, extra };
}

/** The token's presence and shape: local, so `--offline` checks it too. */
export function tokenCheck(config: Config): { check: Check; token?: string } {
  const raw = config.discord.token;
  if (!raw) {
    return {
      check: fail(
        "token",
        "DISCORD_TOKEN is not set",
        "copy the bot token (Developer Portal → your application → Bot → Reset Token) into .env as DISCORD_TOKEN=…",
      ),
    };
  }
  const token = bareToken(raw);
  const problem = tokenShapeProblem(token);
  if (problem) {
    return {
      check: fail(
        "token",
        `DISCORD_TOKEN is not shaped like a bot token: expected three dot-separated parts, ${problem}`,
        "copy the token again from Developer Portal → Bot (Reset Token); not the client secret or the public key",
      ),
    };
  }
  const tokenUser = tokenUserId(token);
  return {
    check: ok("token", `DISCORD_TOKEN is shaped like a bot token${tokenUser ? ` (bot user ${tokenUser})` : ""}`),
    token,
  };
}

/** Token, Discord, application, commands and server permissions, in that order; later ones are skipped when an earlier one fails. */
export async function discordChecks(config: Config, options: DoctorOptions): Promise<Check[]> {
  const { check, token } = tokenCheck(config);
  const checks: Check[] = [check];
  if (!token) {
    const why = config.discord.token ? "needs a well-formed token" : "needs a token";
    return [...checks, skip("discord", why), skip("application", why), skip("commands", why), skip("permissions", why)];
  }

  const base = config.discord.apiBase ?? "https://discord.com/api";
  const rest = new REST({
    ...(config.discord.apiBase ? { api: config.discord.apiBase } : {}),
    retries: 0,
    timeout: options.timeoutMs ?? 10_000,
  }).setToken(token);

  let botId: string;
  try {
    const me = (await rest.get(Routes.user())) as { id: string; username: string; bot?: boolean };
    botId = me.id;
    checks.push(
      ok(
        "discord",
        `Discord accepts the token: logged in as ${me.username} (${me.id})${config.discord.apiBase ? ` via ${base}` : ""}`,
      ),
    );
  } catch (err) {
    const status = errorStatus(err);
    const skipped = [
      skip("application", "needs Discord"),
      skip("commands", "needs Discord"),
      skip("permissions", "needs Discord"),
    ];
    if (status === 401) {
      return [
        ...checks,
        fail(
          "discord",
          "Discord rejected DISCORD_TOKEN (401 Unauthorized)",
          "reset the token in Developer Portal → Bot and put the new one in .env",
        ),
        ...skipped,
      ];
    }
    if (status !== undefined)
      return [
        ...checks,
        fail(
          "discord",
          `Discord answered ${status} to GET /users/@me`,
          "try again later; if it persists, check DISCORD_API_BASE",
        ),
        ...skipped,
      ];
    return [
      ...checks,
      fail(
        "discord",
        `cannot reach Discord at ${base} (${networkReason(err)})`,
        config.discord.apiBase
          ? "check that the proxy or server at DISCORD_API_BASE is running"
          : "check this machine's network, DNS and firewall (outbound HTTPS to discord.com)",
      ),
      ...skipped,
    ];
  }

  let applicationId = botId;
  try {
    const app = (await rest.get(Routes.currentApplication())) as { id: string; name: string };
    applicationId = app.id;
    const configured = config.discord.applicationId;
    if (configured && configured !== app.id) {
      checks.push(
        fail(
          "application",
          `DISCORD_APPLICATION_ID is ${configured}, but the token belongs to application ${app.id} (${app.name})`,
          `set DISCORD_APPLICATION_ID=${app.id}, or remove it (it is derived from the token)`,
        ),
      );
    } else {
      checks.push(
        ok(
          "application",
          `application ${app.id} (${app.name})${configured ? ", matches DISCORD_APPLICATION_ID" : ", from the token (DISCORD_APPLICATION_ID not set)"}`,
        ),
      );
    }
  } catch (err) {
    checks.push(
      warn(
        "application",
        `could not read the application (${errorStatus(err) ?? networkReason(err)})`,
        "check the token belongs to a bot application",
      ),
    );
  }

  const guild = options.guild ?? config.discord.guildId;
  const names = (list: readonly string[]) => list.join(", ");
  const fetchList = async (route: `/${string}`): Promise<Registered[] | number> => {
    try {
      return (await rest.get(route)) as Registered[];
    } catch (err) {
      const status = errorStatus(err);
      if (status === undefined) throw err;
      return status;
    }
  };
  try {
    const global = await fetchList(Routes.applicationCommands(applicationId));
    const inGuild = guild ? await fetchList(Routes.applicationGuildCommands(applicationId, guild)) : undefined;
    const registerCmd = guild ? `npx summit-bot register --guild ${guild}` : "npx summit-bot register --global";
    const expected = guild ? inGuild : global;
    const where = guild ? `in server ${guild}` : "globally";
    if (typeof expected === "number") {
      checks.push(
        fail(
          "commands",
          `Discord answered ${expected} to the list of commands ${where}`,
          guild
            ? `add the bot to server ${guild} with the applications.commands scope: open the URL \`npx summit-bot invite\` prints`
            : "check the token and application id",
        ),
      );
    } else {
      const { missing, outdated, extra } = compareCommands(expected ?? []);
      const total = commandData.length;
      if (missing.length === total)
        checks.push(fail("commands", `no commands registered ${where}`, `run \`${registerCmd}\``));
      else if (missing.length)
        checks.push(
          fail(
            "commands",
            `${total - missing.length} of ${total} commands registered ${where}; missing: ${names(missing)}`,
            `run \`${registerCmd}\``,
          ),
        );
      else if (outdated.length)
        checks.push(
          warn(
            "commands",
            `all ${total} commands registered ${where}, but ${names(outdated)} differ from this version's`,
            `run \`${registerCmd}\` to update them`,
          ),
        );
      else
        checks.push(
          ok(
            "commands",
            `all ${total} commands registered ${where}${extra.length ? ` (and others: ${names(extra)})` : ""}`,
          ),
        );
      if (guild && Array.isArray(global) && Array.isArray(inGuild) && global.length && inGuild.length) {
        checks.push(
          warn(
            "commands",
            `commands are registered both globally (${global.length}) and in server ${guild} (${inGuild.length}), so that server lists each twice`,
            `keep one scope: \`npx summit-bot register --clear --global\` or \`npx summit-bot register --clear --guild ${guild}\``,
          ),
        );
      }
      if (!guild && Array.isArray(global) && global.length) {
        checks.push(skip("commands", "server commands not checked: set DISCORD_GUILD_ID or pass --guild ID"));
      }
    }
  } catch (err) {
    checks.push(
      fail(
        "commands",
        `could not list the commands (${networkReason(err)})`,
        "run doctor again once Discord is reachable",
      ),
    );
  }

  if (!guild) {
    checks.push(
      skip(
        "permissions",
        "no server to check: set DISCORD_GUILD_ID or pass --guild ID (the server id: Developer Mode → right-click the server → Copy Server ID)",
      ),
    );
    return checks;
  }
  checks.push(await permissionCheck(rest, guild, botId, options.permissions));
  return checks;
}

/** The bot's server-wide permissions (its roles and @everyone) against what it needs. */
async function permissionCheck(rest: REST, guild: string, botId: string, needed: PermissionsBitField): Promise<Check> {
  let roles: Array<{ id: string; permissions: string }>;
  let memberRoles: string[];
  try {
    roles = ((await rest.get(Routes.guild(guild))) as { roles: Array<{ id: string; permissions: string }> }).roles;
    memberRoles = ((await rest.get(Routes.guildMember(guild, botId))) as { roles: string[] }).roles;
  } catch (err) {
    const status = errorStatus(err);
    if (status === 403 || status === 404) {
      return fail(
        "permissions",
        `the bot is not in server ${guild} (Discord answered ${status})`,
        "open the URL `npx summit-bot invite` prints and add the bot to that server; check the server id (Developer Mode → Copy Server ID)",
      );
    }
    return fail(
      "permissions",
      `could not read server ${guild} (${status ?? networkReason(err)})`,
      "run doctor again once Discord is reachable",
    );
  }
  let bits = 0n;
  for (const role of roles) if (role.id === guild || memberRoles.includes(role.id)) bits |= BigInt(role.permissions);
  const have = new PermissionsBitField(bits);
  if (have.has(PermissionFlagsBits.Administrator))
    return ok("permissions", `the bot is an administrator in server ${guild}`);
  const missing = needed.toArray().filter((p) => !have.has(PermissionFlagsBits[p]));
  if (missing.length) {
    return fail(
      "permissions",
      `in server ${guild} the bot lacks ${missing.join(", ")} (needed to answer mentions; slash commands work without them)`,
      "give the bot's role these permissions (Server Settings → Roles), or re-invite it with the URL `npx summit-bot invite` prints",
    );
  }
  return ok(
    "permissions",
    `the bot has ${needed.toArray().join(", ")} in server ${guild} (channel overrides can still deny them in a channel)`,
  );
}

/** One line per check (two when there is something to do), secrets scrubbed. */
export function formatChecks(checks: readonly Check[]): string {
  const label: Record<CheckStatus, string> = { ok: "OK", warn: "WARN", fail: "FAIL", skip: "SKIP" };
  const width = Math.max(...checks.map((c) => c.name.length));
  return checks
    .map((c) =>
      scrub(
        `${label[c.status].padEnd(4)}  ${c.name.padEnd(width)}  ${c.detail}${c.fix ? `\n      ${" ".repeat(width)}  → ${c.fix}` : ""}`,
      ),
    )
    .join("\n");
}
