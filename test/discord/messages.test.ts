/**
 * Messages that said the wrong thing (issue #24, defect 8): a quoted token, an address the health
 * endpoint cannot bind, a quotation of punctuation alone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { requireToken } from "../../src/discord/bot.js";
import { tokenCheck } from "../../src/discord/doctor.js";
import { startHealthServer } from "../../src/discord/health.js";
import { createLogger } from "../../src/discord/log.js";
import { user } from "../helpers/fake-discord.js";
import { fixtureEngine } from "../helpers/fixture-engine.js";
import { startHarness, type Harness } from "./harness.js";

const TOKEN = `${Buffer.from("123456789012345678").toString("base64url")}.GhIjKl.${"a".repeat(38)}`;

describe("a DISCORD_TOKEN with the quotes kept", () => {
  it.each([`"${TOKEN}"`, `'${TOKEN}'`])("says to remove the quotes, never shows the token (%#)", (quoted) => {
    const config = loadConfig({ DISCORD_TOKEN: quoted });
    let message = "";
    try {
      requireToken(config);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/wrapped in quotes: remove the quotes/);
    expect(message).not.toContain(TOKEN.split(".")[2]);
    expect(tokenCheck(config).check.detail).toMatch(/wrapped in quotes/);
  });

  it("names whitespace or stray characters in a three-part token instead of only counting its parts", () => {
    expect(() => requireToken(loadConfig({ DISCORD_TOKEN: TOKEN.replace(".", ". ") }))).toThrow(/whitespace inside/);
    expect(() => requireToken(loadConfig({ DISCORD_TOKEN: `${TOKEN}!` }))).toThrow(
      /1 character\(s\) a token never holds/,
    );
    expect(requireToken(loadConfig({ DISCORD_TOKEN: TOKEN }))).toBe(TOKEN);
  });
});

describe("an address the health endpoint cannot bind", () => {
  it("names HEALTH_HOST, not the port, when the address is not this machine's", async () => {
    // 192.0.2.1 (TEST-NET-1) is never a local address; binding fails before any packet is sent.
    const config = loadConfig({ HEALTH_PORT: "0", HEALTH_HOST: "192.0.2.1" });
    const failure = startHealthServer(
      config,
      () => ({ ready: true, gateway: { ready: true, shards: [] }, reasons: [], uptimeSeconds: 0 }),
      createLogger("silent"),
    );
    await expect(failure).rejects.toThrow(
      /cannot listen on 192\.0\.2\.1:0 \(EADDRNOTAVAIL\); expected in HEALTH_HOST an address of this machine/,
    );
    await expect(failure).rejects.not.toThrow(/free port/);
  });
});

describe("a quotation of punctuation alone", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(await fixtureEngine());
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("is not taken for a translated quote", async () => {
    const r = await h.fake.reply(h.fake.messageCommand("Find sources", h.fake.message("「……」って？", user("punct"))));
    const field = r.data.embeds[0].fields[0];
    expect(field.name).toMatch(/^❌ Not found/);
    expect(field.value).not.toMatch(/translated quote/);
  });

  it("still suggests a translation for a quotation in English words", async () => {
    const r = await h.fake.reply(
      h.fake.messageCommand(
        "Find sources",
        h.fake.message('He said "the summit opened in Xi\'an" yesterday', user("english")),
      ),
    );
    expect(r.data.embeds[0].fields[0].value).toMatch(/translated quote/);
  });
});
