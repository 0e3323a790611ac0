import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../src/cli/command.js";
import { invite } from "../../src/cli/commands/invite.js";
import { register } from "../../src/cli/commands/register.js";
import { start } from "../../src/cli/commands/start.js";
import { loadConfig } from "../../src/config.js";
import { createBot, discordUnreachable } from "../../src/discord/bot.js";
import { createLogger } from "../../src/discord/log.js";
import { createReloader } from "../../src/engine/reload.js";
import { EngineHolder } from "../../src/engine/holder.js";
import { ConfigError, SummitError } from "../../src/errors.js";
import { FakeDiscord } from "../helpers/fake-discord.js";
import { fakeEngine } from "./fake-engine.js";
import { FIXTURE_CORPUS } from "../helpers/fixture-engine.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

function io() {
  const out = new PassThrough();
  const err = new PassThrough();
  const text = { out: "", err: "" };
  out.on("data", (c) => (text.out += String(c)));
  err.on("data", (c) => (text.err += String(c)));
  return { io: { stdout: out, stderr: err, stdin: new PassThrough() }, text };
}

const silent = createLogger("silent");
const engines = () => new EngineHolder(fakeEngine(FIXTURE_CORPUS));

describe("start-up checks", () => {
  it("stops with a message naming DISCORD_TOKEN when it is missing", async () => {
    const bot = createBot({ config: loadConfig({ DISCORD_API_BASE: fake.apiBase }), engines: engines(), log: silent });
    await expect(bot.start()).rejects.toThrow(ConfigError);
    await expect(bot.start()).rejects.toThrow(/DISCORD_TOKEN is not set/);
  });

  it("rejects a malformed token without echoing it", async () => {
    const bot = createBot({
      config: loadConfig({ DISCORD_TOKEN: "not-a-token-secret", DISCORD_API_BASE: fake.apiBase }),
      engines: engines(),
      log: silent,
    });
    const err = await bot.start().catch((e: Error) => e);
    expect((err as Error).message).toMatch(/^DISCORD_TOKEN is not a bot token/);
    expect((err as Error).message).not.toContain("not-a-token-secret");
  });

  it("reports a token Discord rejects as invalid, naming DISCORD_TOKEN", async () => {
    const wrong = "MTExMTExMTExMTExMTExMTEx.wrong.secretsecretsecretsecret";
    const bot = createBot({
      config: loadConfig({ DISCORD_TOKEN: wrong, DISCORD_API_BASE: fake.apiBase }),
      engines: engines(),
      log: silent,
    });
    const err = await bot.start().catch((e: Error) => e);
    expect((err as Error).message).toMatch(/^DISCORD_TOKEN was rejected by Discord \(401 Unauthorized\)/);
    expect((err as Error).message).not.toContain("secretsecret");
    await bot.client.destroy();
  });

  it("names a token found under DISCORD_BOT_TOKEN or TOKEN instead of only saying DISCORD_TOKEN is unset", async () => {
    const token = "MTExMTExMTExMTExMTExMTEx.abcdef.secretsecretsecretsecret";
    const bot = createBot({
      config: loadConfig({ DISCORD_BOT_TOKEN: token, TOKEN: token, DISCORD_API_BASE: fake.apiBase }),
      engines: engines(),
      log: silent,
    });
    const err = (await bot.start().catch((e: Error) => e)) as Error;
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toBe(
      "DISCORD_TOKEN is not set, but DISCORD_BOT_TOKEN and TOKEN are: the bot reads its token from DISCORD_TOKEN only; rename the variable in .env or the environment",
    );
  });

  it("reports an unreachable Discord in one sentence, not a raw ECONNREFUSED stack", async () => {
    // A port that was just free: nothing listens there.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const config = loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: `http://127.0.0.1:${port}/api` });
    const bot = createBot({
      config,
      engines: engines(),
      log: silent,
      clientOptions: { rest: { retries: 0, timeout: 2_000 } },
    });
    const err = (await bot.start().catch((e: Error) => e)) as SummitError;
    expect(err).toBeInstanceOf(SummitError);
    expect(err.code).toBe("DISCORD_UNREACHABLE");
    expect(err.message).toBe(
      `could not reach Discord at 127.0.0.1:${port} (ECONNREFUSED): expected a network connection to Discord or to the proxy in DISCORD_API_BASE; check the connection and DISCORD_API_BASE, then start again`,
    );
    await bot.client.destroy();
  });

  it("reports a Discord that does not answer in time as unreachable", () => {
    const abort = Object.assign(new Error("This operation was aborted"), { name: "AbortError" });
    expect(discordUnreachable(abort, undefined)?.message).toMatch(
      /^could not reach Discord at discord\.com \(timed out\)/,
    );
    expect(discordUnreachable(new Error("something else"), undefined)).toBeUndefined();
  });

  it("sends REST requests to DISCORD_API_BASE with the bot token", async () => {
    const bot = createBot({
      config: loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase }),
      engines: engines(),
      log: silent,
    });
    await bot.start();
    const gateway = fake.requests.find((r) => r.path === "/gateway/bot" && r.status === 200);
    expect(gateway?.headers.authorization).toBe(`Bot ${fake.token}`);
    await bot.stop();
  });
});

describe("summit-bot register", () => {
  it("registers every command in a guild, with Japanese localizations", async () => {
    const { io: cli, text } = io();
    const config = loadConfig({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      DISCORD_APPLICATION_ID: fake.applicationId,
    });
    expect(await runCommand(register, ["--guild", fake.guildId], config, cli)).toBe(0);
    const list = fake.registered.get(`guild:${fake.guildId}`) as Array<{
      name: string;
      type: number;
      name_localizations: Record<string, string>;
      description_localizations?: Record<string, string>;
    }>;
    expect(list.map((c) => c.name).sort()).toEqual(["Find sources", "ask", "cite", "help", "sources"]);
    for (const c of list) {
      expect(c.name_localizations.ja).toBeTruthy();
      if (c.type === 1) expect(c.description_localizations?.ja).toBeTruthy();
    }
    expect(list.find((c) => c.type === 3)?.name_localizations.ja).toBe("出典を探す");
    expect(text.out).toMatch(/Registered 5 commands in server \d+ \(available now\)/);
  });

  it("registers globally, finding the application id from the token", async () => {
    const { io: cli, text } = io();
    const config = loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase });
    expect(await runCommand(register, ["--global"], config, cli)).toBe(0);
    expect(fake.registered.get("global")).toHaveLength(5);
    expect(fake.requests.some((r) => r.path === "/applications/@me")).toBe(true);
    expect(text.out).toMatch(/globally/);
  });

  it("describes a bad --guild without echoing it (a token pasted there stays secret)", async () => {
    const { io: cli } = io();
    const config = loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase });
    const err = (await runCommand(register, ["--guild", fake.token], config, cli).catch((e: Error) => e)) as Error;
    expect(err.message).toBe(
      `--guild: expected a server id (15–25 digits), received what looks like a Discord bot token (${fake.token.length} characters, not shown)`,
    );
    expect(err.message).not.toContain(fake.token);
  });

  it("start describes a bad --shards without echoing it", async () => {
    const { io: cli } = io();
    const secret = "MTExMTExMTExMTExMTExMTEx.abcdef.secretsecretsecretsecret";
    const err = (await runCommand(start, ["--shards", secret], loadConfig({}), cli).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(
      /^--shards: expected "auto" or a whole number ≥ 1, received what looks like a Discord bot token/,
    );
    expect(err.message).not.toContain("secretsecret");
  });

  it("needs DISCORD_TOKEN", async () => {
    const { io: cli } = io();
    await expect(runCommand(register, [], loadConfig({}), cli)).rejects.toThrow(/DISCORD_TOKEN is not set/);
  });
});

describe("summit-bot invite", () => {
  it("prints the OAuth2 URL with the bot and applications.commands scopes and minimal permissions", async () => {
    const { io: cli, text } = io();
    expect(await runCommand(invite, [], loadConfig({ DISCORD_APPLICATION_ID: "123456789012345678" }), cli)).toBe(0);
    const url = new URL(text.out.trim());
    expect(url.origin + url.pathname).toBe("https://discord.com/oauth2/authorize");
    expect(url.searchParams.get("client_id")).toBe("123456789012345678");
    expect(url.searchParams.get("scope")).toBe("bot applications.commands");
    // View Channel, Send Messages, Create Public Threads, Send Messages in Threads, Embed Links, Read Message History.
    expect(url.searchParams.get("permissions")).toBe(
      String(1024n + 2048n + 16384n + 65536n + 34359738368n + 274877906944n),
    );
  });

  it("derives the application id from the token when it is not configured", async () => {
    const { io: cli, text } = io();
    const token = `${Buffer.from("987654321098765432").toString("base64url")}.x.${"y".repeat(27)}`;
    expect(await runCommand(invite, [], loadConfig({ DISCORD_TOKEN: token }), cli)).toBe(0);
    expect(new URL(text.out.trim()).searchParams.get("client_id")).toBe("987654321098765432");
  });
});

describe("index watch", () => {
  // Regression (issue #8, item 6): after \`rm -rf index && ingest\` the watcher went quiet for good.
  it("keeps reloading after the index folder is removed and built again, and logs the gap", async () => {
    const parent = mkdtempSync(join(tmpdir(), "summit-watch-"));
    const dir = join(parent, "index");
    mkdirSync(dir);
    writeFileSync(join(dir, "manifest.json"), "{}");
    let opened = 0;
    const holder = engines();
    const lines: Array<Record<string, unknown>> = [];
    const log = createLogger("info", { write: (line: string) => void lines.push(JSON.parse(line)) });
    const reloader = createReloader(
      async () => {
        opened++;
        return fakeEngine(FIXTURE_CORPUS);
      },
      holder,
      log,
    );
    const stop = reloader.watch(dir, 50, 100);
    const until = async (probe: () => boolean) => {
      for (let i = 0; i < 300 && !probe(); i++) await new Promise((r) => setTimeout(r, 10));
    };
    try {
      rmSync(dir, { recursive: true, force: true });
      await until(() => lines.some((l) => l.event === "index_missing"));
      expect(lines.some((l) => l.event === "index_missing")).toBe(true);
      expect(opened).toBe(0);
      mkdirSync(dir);
      writeFileSync(join(dir, "manifest.json"), '{"new": 1}');
      await until(() => opened === 1);
      expect(opened).toBe(1);
      // And the new folder is watched as the old one was.
      writeFileSync(join(dir, "manifest.json"), '{"new": 2}');
      await until(() => opened === 2);
      expect(opened).toBe(2);
    } finally {
      stop();
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it("reloads once when the manifest is replaced, ignoring other files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "summit-watch-"));
    let opened = 0;
    const holder = engines();
    const reloader = createReloader(
      async () => {
        opened++;
        return fakeEngine(FIXTURE_CORPUS);
      },
      holder,
      silent,
    );
    const stop = reloader.watch(dir, 50);
    try {
      writeFileSync(join(dir, "other.bin"), "x");
      writeFileSync(join(dir, "manifest.json.tmp"), "{}");
      writeFileSync(join(dir, "manifest.json"), "{}");
      writeFileSync(join(dir, "manifest.json"), "{ }");
      for (let i = 0; i < 200 && opened === 0; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 150));
      expect(opened).toBe(1);
      expect(holder.generation).toBe(2);
    } finally {
      stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
