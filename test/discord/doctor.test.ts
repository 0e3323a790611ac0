import { appendFileSync, cpSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../src/cli/command.js";
import { doctor } from "../../src/cli/commands/doctor.js";
import { BOT_PERMISSIONS } from "../../src/discord/invite.js";
import { register } from "../../src/cli/commands/register.js";
import { loadConfig } from "../../src/config.js";
import { buildIndex } from "../../src/ingest/pipeline.js";
import { FakeDiscord } from "../helpers/fake-discord.js";
import { FIXTURE_CORPUS, fixtureIndex } from "../helpers/fixture-engine.js";

async function runDoctor(env: Record<string, string>, args: string[] = []) {
  const out = new PassThrough();
  let text = "";
  out.on("data", (c) => (text += String(c)));
  const code = await runCommand(doctor, args, loadConfig(env), {
    stdout: out,
    stderr: new PassThrough(),
    stdin: new PassThrough(),
  });
  return { code, text };
}

/** The line of check `name` with status `status`, and the → line under it when there is one. */
function line(text: string, status: string, name: string): string {
  const lines = text.split("\n");
  const i = lines.findIndex((l) => new RegExp(`^${status} +${name} `).test(l));
  if (i < 0) throw new Error(`no ${status} ${name} line in:\n${text}`);
  return lines[i + 1]?.trimStart().startsWith("→") ? `${lines[i]}\n${lines[i + 1]}` : lines[i]!;
}

let index: string;
const temp: string[] = [];
beforeAll(async () => {
  index = await fixtureIndex();
});
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

const envFor = (fake: FakeDiscord, extra: Record<string, string> = {}) => ({
  DISCORD_TOKEN: fake.token,
  DISCORD_API_BASE: fake.apiBase,
  DISCORD_GUILD_ID: fake.guildId,
  SUMMIT_INDEX_DIR: index,
  SUMMIT_CORPUS_DIR: FIXTURE_CORPUS,
  ...extra,
});

describe("summit-bot doctor", () => {
  it("prints one OK line per check on a complete set-up, and never the token", async () => {
    const fake = await FakeDiscord.start();
    try {
      fake.everyonePermissions = BOT_PERMISSIONS.bitfield.toString();
      const quiet = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough() };
      expect(await runCommand(register, ["--guild", fake.guildId], loadConfig(envFor(fake)), quiet)).toBe(0);
      const { code, text } = await runDoctor(envFor(fake));
      expect(code).toBe(0);
      expect(line(text, "OK", "token")).toContain("shaped like a bot token");
      expect(line(text, "OK", "discord")).toContain(`logged in as summit-bot (${fake.botUser.id})`);
      expect(line(text, "OK", "application")).toContain(`application ${fake.applicationId}`);
      expect(line(text, "OK", "commands")).toContain(`all 5 commands registered in server ${fake.guildId}`);
      expect(line(text, "OK", "permissions")).toMatch(/the bot has ViewChannel, SendMessages, .* in server \d+/);
      expect(line(text, "OK", "index")).toMatch(
        /3 documents, \d+ paragraphs, built by hash-ngram-v\d+, manifest\.json file modified \S+Z; corpus .* unchanged since the build/,
      );
      expect(line(text, "OK", "dictionary")).toMatch(/en-ja\.dict\.bin: \d+ words/);
      expect(text).not.toMatch(/^(FAIL|WARN)/m);
      expect(text).toContain("All checks passed (1 skipped: running bot).");
      expect(text).not.toContain(fake.token);
      expect(text).not.toContain(fake.token.split(".")[2]);
    } finally {
      await fake.close();
    }
  });

  it("dates the index by its manifest file's modification time, said as such (the manifest records no build time)", async () => {
    const copy = mkdtempSync(join(tmpdir(), "summit-doctor-index-"));
    temp.push(copy);
    cpSync(index, copy, { recursive: true });
    // What a fresh clone looks like: the file dated when it was checked out, not when it was built.
    utimesSync(join(copy, "manifest.json"), new Date("2001-02-03T04:05:06Z"), new Date("2001-02-03T04:05:06Z"));
    const { text } = await runDoctor({ SUMMIT_INDEX_DIR: copy, SUMMIT_CORPUS_DIR: FIXTURE_CORPUS }, ["--offline"]);
    expect(line(text, "OK", "index")).toContain("manifest.json file modified 2001-02-03T04:05:06Z;");
    expect(text).not.toMatch(/written 2001/);
  });

  it("says what to do when commands are missing, the application id is wrong, permissions lack, the index is stale and the dictionary is gone", async () => {
    const fake = await FakeDiscord.start();
    const corpus = mkdtempSync(join(tmpdir(), "summit-doctor-corpus-"));
    const staleIndex = mkdtempSync(join(tmpdir(), "summit-doctor-index-"));
    temp.push(corpus, staleIndex);
    try {
      cpSync(FIXTURE_CORPUS, corpus, { recursive: true });
      await buildIndex({ corpusDir: corpus, indexDir: staleIndex, config: loadConfig({}) });
      appendFileSync(join(corpus, "trade-analysis.md"), "\n追加された段落。\n");
      const { code, text } = await runDoctor(
        envFor(fake, {
          DISCORD_APPLICATION_ID: "111111111111111111",
          SUMMIT_INDEX_DIR: staleIndex,
          SUMMIT_CORPUS_DIR: corpus,
          SUMMIT_DICT_PATH: join(corpus, "missing.dict.bin"),
        }),
      );
      expect(code).toBe(1);
      expect(line(text, "FAIL", "application")).toMatch(
        new RegExp(
          `DISCORD_APPLICATION_ID is 111111111111111111, but the token belongs to application ${fake.applicationId}[\\s\\S]*→ set DISCORD_APPLICATION_ID=${fake.applicationId}`,
        ),
      );
      expect(line(text, "FAIL", "commands")).toMatch(
        new RegExp(
          `no commands registered in server ${fake.guildId}\\n.*→ run \`npx summit-bot register --guild ${fake.guildId}\``,
        ),
      );
      expect(line(text, "FAIL", "permissions")).toMatch(
        /the bot lacks SendMessages, EmbedLinks, ReadMessageHistory, CreatePublicThreads, SendMessagesInThreads[\s\S]*→ give the bot's role these permissions/,
      );
      expect(line(text, "FAIL", "index")).toMatch(
        /is stale: 1 changed, 0 added, 0 removed corpus files[\s\S]*→ run `npx summit-bot ingest --corpus /,
      );
      expect(line(text, "FAIL", "dictionary")).toMatch(
        /missing\.dict\.bin: expected the English→Japanese data file, received no such file/,
      );
      expect(text).toMatch(/5 check\(s\) failed/);
    } finally {
      await fake.close();
    }
  });

  it("warns when commands are registered both globally and in the server", async () => {
    const fake = await FakeDiscord.start();
    try {
      const quiet = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough() };
      await runCommand(register, ["--guild", fake.guildId], loadConfig(envFor(fake)), quiet);
      await runCommand(register, ["--global"], loadConfig(envFor(fake)), quiet);
      const { text } = await runDoctor(envFor(fake));
      expect(line(text, "OK", "commands")).toContain("all 5 commands registered in server");
      expect(line(text, "WARN", "commands")).toMatch(
        /registered both globally \(5\) and in server \d+ \(5\), so that server lists each twice\n.*→ keep one scope: `npx summit-bot register --clear --global`/,
      );
    } finally {
      await fake.close();
    }
  });

  it("says the bot is not in a server it was pointed at, with the invite to fix it", async () => {
    const fake = await FakeDiscord.start();
    try {
      const { code, text } = await runDoctor(envFor(fake), ["--guild", "222222222222222222"]);
      expect(code).toBe(1);
      expect(line(text, "FAIL", "permissions")).toMatch(
        /the bot is not in server 222222222222222222 \(Discord answered 404\)\n.*→ open the URL `npx summit-bot invite` prints/,
      );
    } finally {
      await fake.close();
    }
  });

  it("reports a token Discord rejects, and skips what needs Discord", async () => {
    const fake = await FakeDiscord.start();
    try {
      const wrong = "MTExMTExMTExMTExMTExMTEx.wrong.secretsecretsecretsecret";
      const { code, text } = await runDoctor(envFor(fake, { DISCORD_TOKEN: wrong }));
      expect(code).toBe(1);
      expect(line(text, "OK", "token")).toContain("bot user 111111111111111111)");
      expect(line(text, "FAIL", "discord")).toMatch(
        /Discord rejected DISCORD_TOKEN \(401 Unauthorized\)\n.*→ reset the token/,
      );
      expect(line(text, "SKIP", "permissions")).toContain("needs Discord");
      expect(text).not.toContain("secretsecret");
    } finally {
      await fake.close();
    }
  });

  it("says it cannot reach Discord instead of failing with a stack trace", async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((r) => server.close(() => r()));
    const token = `${Buffer.from("1234567890").toString("base64url")}.fake.${"x".repeat(27)}`;
    const { code, text } = await runDoctor({
      DISCORD_TOKEN: token,
      DISCORD_API_BASE: `http://127.0.0.1:${port}/api`,
      SUMMIT_INDEX_DIR: index,
      SUMMIT_CORPUS_DIR: FIXTURE_CORPUS,
    });
    expect(code).toBe(1);
    expect(line(text, "FAIL", "discord")).toMatch(
      new RegExp(
        `cannot reach Discord at http://127.0.0.1:${port}/api \\(ECONNREFUSED\\)\\n.*→ check that the proxy or server at DISCORD_API_BASE is running`,
      ),
    );
    expect(line(text, "OK", "index")).toContain("3 documents");
  });

  it("names a missing or malformed token without echoing it", async () => {
    const missing = await runDoctor({ SUMMIT_INDEX_DIR: index, SUMMIT_CORPUS_DIR: FIXTURE_CORPUS });
    expect(line(missing.text, "FAIL", "token")).toMatch(/DISCORD_TOKEN is not set\n.*→ copy the bot token/);
    const malformed = await runDoctor({
      DISCORD_TOKEN: "client-secret-not-a-token",
      SUMMIT_INDEX_DIR: index,
      SUMMIT_CORPUS_DIR: FIXTURE_CORPUS,
    });
    expect(line(malformed.text, "FAIL", "token")).toContain(
      "expected three dot-separated parts, received 25 characters in 1 part(s)",
    );
    expect(malformed.text).not.toContain("client-secret");
    // Regression: --offline used to pass with no token at all; presence and shape are local checks.
    const offline = await runDoctor({ SUMMIT_INDEX_DIR: index, SUMMIT_CORPUS_DIR: FIXTURE_CORPUS }, ["--offline"]);
    expect(offline.code).toBe(1);
    expect(line(offline.text, "FAIL", "token")).toContain("DISCORD_TOKEN is not set");
    expect(line(offline.text, "SKIP", "discord")).toContain("--offline");
    const offlineOk = await runDoctor(
      {
        DISCORD_TOKEN: `${Buffer.from("1234567890").toString("base64url")}.fake.${"x".repeat(27)}`,
        SUMMIT_INDEX_DIR: index,
        SUMMIT_CORPUS_DIR: FIXTURE_CORPUS,
      },
      ["--offline"],
    );
    expect(line(offlineOk.text, "OK", "token")).toContain("shaped like a bot token");
    expect(line(offlineOk.text, "SKIP", "discord")).toContain("--offline");
    // Passing --offline must not read as "Discord accepts the token": the summary names what it skipped.
    expect(offlineOk.text).toContain("All checks passed (2 skipped: discord, running bot).");
    expect(offline.text).toContain("1 check(s) failed (2 skipped: discord, running bot): see the → lines.");
  });
});

describe("doctor --guild", () => {
  it("describes a malformed server id without echoing it (regression: a pasted token was printed back)", async () => {
    const pasted = `${Buffer.from("1234567890").toString("base64url")}.secretpart.${"y".repeat(27)}`;
    const err = (await runDoctor({}, ["--guild", pasted]).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(/^--guild: expected a server id \(15–25 digits\), received /);
    expect(err.message).not.toContain("secretpart");
  });
});
