/**
 * Configuration errors never echo a value that may be a secret (issue #8, item 7) but do echo a
 * mistyped one, and `.env` problems are reported rather than silently ignored (item 12).
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

  it.each([
    ["DISCORD_GUILD_ID", "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW", "key or password"],
    ["DISCORD_APPLICATION_ID", "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", "key or password"],
    ["DISCORD_API_BASE", "ftp://admin:hunter2@proxy.example", "key or password"],
    ["SHARD_IDS", TOKEN, "Discord bot token"],
  ])("%s: a key, a public key or a password in a URL is not shown either", (name, value, what) => {
    const err = configError({ [name]: value, SHARD_COUNT: "2" });
    expect(err.message).toContain(`received what looks like a ${what} (${value.length} characters, not shown)`);
    expect(err.message).not.toContain(value.slice(6, 20));
  });

  it("a garbage DISCORD_API_BASE is a configuration error, not a TypeError quoting it", () => {
    const err = configError({ DISCORD_API_BASE: `ftp://${TOKEN}` });
    expect(err.message).toMatch(/^DISCORD_API_BASE: expected an http\(s\) URL/);
    expect(err.message).not.toContain(TOKEN.slice(0, 20));
    expect(loadConfig({ DISCORD_API_BASE: "http://127.0.0.1:8080/api/" }).discord.apiBase).toBe(
      "http://127.0.0.1:8080/api",
    );
  });

  it("notes variables that look like a misplaced token, by name only", () => {
    const config = loadConfig({ DISCORD_BOT_TOKEN: TOKEN, TOKEN });
    expect(config.discord.token).toBeUndefined();
    expect(config.discord.tokenElsewhere).toEqual(["DISCORD_BOT_TOKEN", "TOKEN"]);
  });
});

describe("a mistyped setting that is no secret is echoed, so the typo shows", () => {
  it.each([
    ["SUMMIT_EMBEDDER", "foo", "expected one of hash, transformers"],
    ["LOG_LEVEL", "verbose", "expected one of fatal, error, warn, info, debug, trace, silent"],
    ["DISCORD_WATCH_INDEX", "ture", "expected true or false"],
    ["RATE_LIMIT_COUNT", "-3", "expected a positive whole number"],
    ["SUMMIT_MODEL_DTYPE", "fp16", "expected one of fp32, q8"],
    ["HEALTH_PORT", "80a", "expected a port number from 0 to 65535"],
    ["DISCORD_GUILD_ID", "my-server", "expected a Discord id (digits only)"],
  ])("%s=%s", (name, value, expected) => {
    expect(configError({ [name]: value }).message).toBe(`${name}: ${expected}, received ${JSON.stringify(value)}`);
  });

  it("cuts a long value to 40 characters", () => {
    const err = configError({ LOG_LEVEL: `debug ${"and more ".repeat(20)}` });
    expect(err.message).toBe(
      `LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, received ${JSON.stringify(`debug ${"and more ".repeat(20)}`.slice(0, 39) + "…")}`,
    );
    expect(describeValue(undefined)).toBe("nothing");
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
    expect(loadEnvFile(join(dir, ".env"), {})).toBe(
      `${join(dir, ".env")} could not be read (EISDIR); settings come from the environment only`,
    );
  });
});

describe("the warm-up settings", () => {
  it("default to a bounded warm-up and take whole numbers", () => {
    expect(loadConfig({}).warmUp).toEqual({ questions: 600, ms: 1200 });
    expect(loadConfig({ SUMMIT_WARM_UP_QUESTIONS: "0", SUMMIT_WARM_UP_MS: "250" }).warmUp).toEqual({
      questions: 0,
      ms: 250,
    });
  });

  it.each([
    [
      "SUMMIT_WARM_UP_QUESTIONS",
      "many",
      'SUMMIT_WARM_UP_QUESTIONS: expected a whole number from 0 to 100000, received "many"',
    ],
    [
      "SUMMIT_WARM_UP_QUESTIONS",
      "-5",
      'SUMMIT_WARM_UP_QUESTIONS: expected a whole number from 0 to 100000, received "-5"',
    ],
    ["SUMMIT_WARM_UP_MS", "1.5", 'SUMMIT_WARM_UP_MS: expected a whole number from 0 to 60000, received "1.5"'],
    ["SUMMIT_WARM_UP_MS", "600000", 'SUMMIT_WARM_UP_MS: expected a whole number from 0 to 60000, received "600000"'],
  ])("refuses %s=%s with what it expected", (name, value, message) => {
    expect(configError({ [name]: value }).message).toContain(message);
  });
});

describe("the archive site settings", () => {
  it("default to no permalinks, no dashboard, and 127.0.0.1:8080", () => {
    expect(loadConfig({}).web).toEqual({
      publicUrl: undefined,
      dashboardToken: undefined,
      port: 8080,
      host: "127.0.0.1",
      pagesPerMinute: 600,
      searchesPerMinute: 30,
      trustProxy: false,
    });
  });

  it("take PUBLIC_URL without its trailing slash, and refuse one that is no http(s) URL", () => {
    expect(loadConfig({ PUBLIC_URL: "https://summits.example.org/" }).web.publicUrl).toBe(
      "https://summits.example.org",
    );
    expect(configError({ PUBLIC_URL: "summits.example.org" }).message).toBe(
      'PUBLIC_URL: expected an http(s) URL such as https://archive.example.org (where `serve` is reached), received "summits.example.org"',
    );
  });

  it("refuse a short DASHBOARD_TOKEN without echoing it", () => {
    const err = configError({ DASHBOARD_TOKEN: "hunter2" });
    expect(err.message).toBe("DASHBOARD_TOKEN: expected a secret of at least 16 characters, received one of 7");
    expect(err.message).not.toContain("hunter2");
    expect(loadConfig({ DASHBOARD_TOKEN: "0123456789abcdef" }).web.dashboardToken).toBe("0123456789abcdef");
  });

  it("read the page rate limit and whether a reverse proxy names the client", () => {
    expect(loadConfig({ WEB_PAGES_PER_MINUTE: "120", WEB_TRUST_PROXY: "true" }).web).toMatchObject({
      pagesPerMinute: 120,
      trustProxy: true,
    });
    expect(configError({ WEB_PAGES_PER_MINUTE: "0" }).message).toContain("WEB_PAGES_PER_MINUTE");
  });

  it("gives the site its own search limit, not the bot's per-user one", () => {
    expect(loadConfig({}).web.searchesPerMinute).toBe(30);
    expect(loadConfig({ RATE_LIMIT_COUNT: "2", WEB_SEARCHES_PER_MINUTE: "90" }).web.searchesPerMinute).toBe(90);
    expect(configError({ WEB_SEARCHES_PER_MINUTE: "none" }).message).toContain("WEB_SEARCHES_PER_MINUTE");
  });

  it("read WEB_PORT and WEB_HOST", () => {
    expect(loadConfig({ WEB_PORT: "0", WEB_HOST: "0.0.0.0" }).web).toMatchObject({ port: 0, host: "0.0.0.0" });
    expect(configError({ WEB_PORT: "http" }).message).toBe(
      'WEB_PORT: expected a port number from 0 to 65535, received "http"',
    );
  });
});
