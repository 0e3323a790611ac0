import { PassThrough } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCommand } from "../../src/cli/command.js";
import { register } from "../../src/cli/commands/register.js";
import { loadConfig } from "../../src/config.js";
import { FakeDiscord } from "../helpers/fake-discord.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});
beforeEach(() => {
  fake.registered.clear();
  fake.requests.length = 0;
});

async function run(argv: string[], env: Record<string, string> = {}) {
  const out = new PassThrough();
  const err = new PassThrough();
  const text = { out: "", err: "" };
  out.on("data", (c) => (text.out += String(c)));
  err.on("data", (c) => (text.err += String(c)));
  const config = loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, ...env });
  const code = await runCommand(register, argv, config, { stdout: out, stderr: err, stdin: new PassThrough() });
  return { code, ...text };
}

const writes = () => fake.requests.filter((r) => r.method === "PUT");

describe("summit-bot register --clear", () => {
  it("removes the commands from one server and names them", async () => {
    await run(["--guild", fake.guildId]);
    expect(fake.registered.get(`guild:${fake.guildId}`)).toHaveLength(5);
    const cleared = await run(["--clear", "--guild", fake.guildId]);
    expect(cleared.code).toBe(0);
    expect(fake.registered.get(`guild:${fake.guildId}`)).toEqual([]);
    expect(cleared.out).toMatch(new RegExp(`^Removed 5 commands in server ${fake.guildId}: .*ask`));
  });

  it("removes the global commands with --global and leaves the server's alone", async () => {
    await run(["--global"]);
    await run(["--guild", fake.guildId]);
    const cleared = await run(["--clear", "--global"]);
    expect(cleared.out).toMatch(/^Removed 5 commands globally/);
    expect(fake.registered.get("global")).toEqual([]);
    expect(fake.registered.get(`guild:${fake.guildId}`)).toHaveLength(5);
  });

  it("says so when there was nothing to remove", async () => {
    const cleared = await run(["--clear", "--guild", fake.guildId]);
    expect([cleared.code, cleared.out]).toEqual([
      0,
      `No commands were registered in server ${fake.guildId}; nothing to remove\n`,
    ]);
  });
});

describe("summit-bot register warns about commands listed twice", () => {
  it("registering in a server that also has the global commands says how to clear one set", async () => {
    await run(["--global"]);
    const guild = await run(["--guild", fake.guildId]);
    expect(guild.code).toBe(0);
    expect(guild.err).toContain(`5 commands are also registered globally, so server ${fake.guildId} lists each twice`);
    expect(guild.err).toContain("summit-bot register --clear --global");
  });

  it("no warning when only the server has them", async () => {
    expect((await run(["--guild", fake.guildId])).err).toBe("");
  });
});

describe("summit-bot register refuses what it does not understand, before calling Discord", () => {
  it("a misspelt --guild is an error naming --guild, not a global registration", async () => {
    await expect(run(["--gulid", "123456789012345678"])).rejects.toThrow(
      /unknown option --gulid \(did you mean --guild\?\)/,
    );
    expect(writes()).toEqual([]);
    expect(fake.registered.size).toBe(0);
  });

  it("--guild together with --global", async () => {
    await expect(run(["--global", "--guild", fake.guildId])).rejects.toThrow(
      "expected --guild ID or --global, received both",
    );
    expect(writes()).toEqual([]);
  });

  it("a server id that is not digits, echoed so the typo shows", async () => {
    await expect(run(["--guild", "my-server"])).rejects.toThrow(
      '--guild: expected a server id (15–25 digits), received "my-server"',
    );
  });

  it("stray words", async () => {
    await expect(run(["global"])).rejects.toThrow('expected no arguments besides the options, received ["global"]');
    expect(writes()).toEqual([]);
  });

  it("a token given as a stray word is described, not echoed", async () => {
    const err = (await run([fake.token]).catch((e: Error) => e)) as Error;
    expect(err.message).toBe(
      `expected no arguments besides the options, received [what looks like a Discord bot token (${fake.token.length} characters, not shown)]`,
    );
  });
});
