/**
 * Configuration errors never echo a value that may be a secret (issue #8, item 7), and `.env`
 * problems are reported rather than silently ignored (item 12).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, loadEnvFile } from "../src/config.js";
import { ConfigError, describeValue } from "../src/errors.js";
import { tempDirs } from "./helpers/fixtures.js";

const tmp = tempDirs();
const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("a secret pasted into the wrong variable is never echoed", () => {
  it.each([
    ["DISCORD_GUILD_ID", "expected a Discord id (digits only)"],
    ["DISCORD_APPLICATION_ID", "expected a Discord id (digits only)"],
    ["RATE_LIMIT_COUNT", "expected a positive whole number"],
    ["LOG_LEVEL", "expected one of fatal, error, warn, info, debug, trace, silent"],
    ["SUMMIT_EMBEDDER", "expected one of hash, transformers"],
    ["DISCORD_WATCH_INDEX", "expected true or false"],
    ["DISCORD_API_BASE", "expected an http(s) URL"],
  ])("%s", (name, expected) => {
    const err = configError({ [name]: TOKEN });
    expect(err.message).toContain(`${name}: ${expected}`);
    expect(err.message).toContain(`what looks like a Discord bot token (${TOKEN.length} characters, not shown)`);
    for (const part of TOKEN.split(".")) expect(err.message).not.toContain(part);
  });

  it("describes any other bad value by its length only", () => {
    const err = configError({ LOG_LEVEL: "hunter2-password" });
    expect(err.message).toBe("LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, received a value of 16 characters (not shown, in case it is a secret)");
  });

  it("shows a short number as it is (a number cannot be a token)", () => {
    expect(configError({ RATE_LIMIT_COUNT: "-3" }).message).toBe('RATE_LIMIT_COUNT: expected a positive whole number, received "-3"');
    expect(describeValue(undefined)).toBe("nothing");
  });

  it("a garbage DISCORD_API_BASE is a configuration error, not a TypeError quoting it", () => {
    const err = configError({ DISCORD_API_BASE: `ftp://${TOKEN}` });
    expect(err.message).toMatch(/^DISCORD_API_BASE: expected an http\(s\) URL/);
    expect(err.message).not.toContain(TOKEN.slice(0, 20));
    expect(loadConfig({ DISCORD_API_BASE: "http://127.0.0.1:8080/api/" }).discord.apiBase).toBe("http://127.0.0.1:8080/api");
  });

  it("notes variables that look like a misplaced token, by name only", () => {
    const config = loadConfig({ DISCORD_BOT_TOKEN: TOKEN, TOKEN });
    expect(config.discord.token).toBeUndefined();
    expect(config.discord.tokenElsewhere).toEqual(["DISCORD_BOT_TOKEN", "TOKEN"]);
  });
});

describe("the .env file", () => {
  it("fills variables not already set, and says nothing when it is absent", () => {
    const dir = tmp();
    writeFileSync(join(dir, ".env"), "RATE_LIMIT_COUNT=7\nLOG_LEVEL=warn\n");
    const env: Record<string, string> = { LOG_LEVEL: "error" };
    expect(loadEnvFile(join(dir, ".env"), env)).toBeUndefined();
    expect(env).toEqual({ LOG_LEVEL: "error", RATE_LIMIT_COUNT: "7" });
    expect(loadEnvFile(join(dir, "missing.env"), {})).toBeUndefined();
  });

  it("that cannot be read is reported with the reason", () => {
    const dir = tmp();
    mkdirSync(join(dir, ".env"));
    expect(loadEnvFile(join(dir, ".env"), {})).toBe(`${join(dir, ".env")} could not be read (EISDIR); settings come from the environment only`);
  });
});

describe("the warm-up settings", () => {
  it("default to a bounded warm-up and take whole numbers", () => {
    expect(loadConfig({}).warmUp).toEqual({ questions: 600, ms: 1200 });
    expect(loadConfig({ SUMMIT_WARM_UP_QUESTIONS: "0", SUMMIT_WARM_UP_MS: "250" }).warmUp).toEqual({ questions: 0, ms: 250 });
  });

  it.each([
    ["SUMMIT_WARM_UP_QUESTIONS", "many", "SUMMIT_WARM_UP_QUESTIONS: expected a whole number from 0 to 100000, received a value of 4 characters"],
    ["SUMMIT_WARM_UP_QUESTIONS", "-5", 'SUMMIT_WARM_UP_QUESTIONS: expected a whole number from 0 to 100000, received "-5"'],
    ["SUMMIT_WARM_UP_MS", "1.5", 'SUMMIT_WARM_UP_MS: expected a whole number from 0 to 60000, received "1.5"'],
    ["SUMMIT_WARM_UP_MS", "600000", 'SUMMIT_WARM_UP_MS: expected a whole number from 0 to 60000, received "600000"'],
  ])("refuses %s=%s with what it expected", (name, value, message) => {
    expect(configError({ [name]: value }).message).toContain(message);
  });
});
