import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCommand } from "../../src/cli/command.js";
import { proxy } from "../../src/cli/commands/proxy.js";
import { start } from "../../src/cli/commands/start.js";
import { loadConfig } from "../../src/config.js";
import { startHealthServer, type HealthReport } from "../../src/discord/health.js";
import { createLogger } from "../../src/discord/log.js";
import { ConfigError, SummitError } from "../../src/errors.js";

const silent = createLogger("silent");
const io = () => ({ stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough() });

describe("health endpoint", () => {
  it("is off unless HEALTH_PORT is set, and listens on loopback by default", async () => {
    expect(await startHealthServer(loadConfig({}), () => ({}) as HealthReport, silent)).toBeUndefined();
    expect(loadConfig({ HEALTH_PORT: "8081" }).health).toEqual({ port: 8081, host: "127.0.0.1" });
    expect(() => loadConfig({ HEALTH_PORT: "http" })).toThrow(
      /^HEALTH_PORT: expected a port number from 0 to 65535, received "http"/,
    );
  });

  it("answers /healthz while alive, /readyz 503 with the reasons until ready, then 200", async () => {
    let report: HealthReport = {
      ready: false,
      gateway: { ready: false, shards: [] },
      reasons: ["index still loading"],
      uptimeSeconds: 0,
    };
    const server = (await startHealthServer(loadConfig({ HEALTH_PORT: "0" }), () => report, silent))!;
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const notReady = await fetch(`${base}/readyz`);
      expect(notReady.status).toBe(503);
      expect(((await notReady.json()) as HealthReport).reasons).toEqual(["index still loading"]);
      report = {
        ...report,
        ready: true,
        reasons: [],
        index: { dir: "/x", generation: "g-0123abcd", reloads: 0, documents: 3, paragraphs: 20 },
      };
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as HealthReport).index?.documents).toBe(3);
      const unknown = await fetch(`${base}/metrics`);
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toContain("expected /healthz or /readyz");
      expect((await fetch(`${base}/readyz`, { method: "POST" })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it("says which port is taken instead of crashing (health endpoint and proxy)", async () => {
    const first = (await startHealthServer(loadConfig({ HEALTH_PORT: "0" }), () => ({}) as HealthReport, silent))!;
    try {
      await expect(
        startHealthServer(loadConfig({ HEALTH_PORT: String(first.port) }), () => ({}) as HealthReport, silent),
      ).rejects.toThrow(new RegExp(`cannot listen on 127.0.0.1:${first.port} \\(EADDRINUSE\\)`));
      // The proxy command too: a usage error (exit code 2 from the CLI), not a stack trace.
      const err = await runCommand(proxy, ["--port", String(first.port)], loadConfig({}), io()).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SummitError);
      expect((err as SummitError).code).toBe("USAGE");
      expect((err as Error).message).toBe(
        `cannot listen on 127.0.0.1:${first.port} (EADDRINUSE); expected a free port in --port`,
      );
    } finally {
      await first.close();
    }
  });
});

describe("a fixed range of shards per process", () => {
  it("reads SHARD_IDS (lists and ranges) of SHARD_COUNT", () => {
    expect(loadConfig({ SHARD_IDS: "0-1, 3", SHARD_COUNT: "4" }).discord.shards).toEqual({ ids: [0, 1, 3], count: 4 });
    expect(loadConfig({ SHARD_COUNT: "2" }).discord.shards).toEqual({ ids: [0, 1], count: 2 });
    expect(loadConfig({}).discord.shards).toBeUndefined();
  });

  it("refuses ids without a count, ids outside the count, and ids it cannot read", () => {
    expect(() => loadConfig({ SHARD_IDS: "0" })).toThrow(ConfigError);
    expect(() => loadConfig({ SHARD_IDS: "0" })).toThrow(/^SHARD_IDS needs SHARD_COUNT/);
    expect(() => loadConfig({ SHARD_IDS: "2-4", SHARD_COUNT: "4" })).toThrow(
      /^SHARD_IDS: expected shard ids from 0 to 3 \(SHARD_COUNT is 4\), received 4$/,
    );
    expect(() => loadConfig({ SHARD_IDS: "3-1", SHARD_COUNT: "4" })).toThrow(
      /^SHARD_IDS: expected shard ids like "0", "0,1" or "0-3", received "3-1"/,
    );
    expect(() => loadConfig({ SHARD_IDS: "one", SHARD_COUNT: "4" })).toThrow(/received "one"/);
  });

  it("start refuses --shards together with a shard range, and checks --shard-ids against --shard-count", async () => {
    await expect(runCommand(start, ["--shards", "2"], loadConfig({ SHARD_COUNT: "2" }), io())).rejects.toThrow(
      /^expected --shards \(every shard, one process each\) or a shard range for this process .*, received both$/,
    );
    await expect(runCommand(start, ["--shard-ids", "5", "--shard-count", "2"], loadConfig({}), io())).rejects.toThrow(
      /^--shard-ids: expected shard ids from 0 to 1/,
    );
    await expect(runCommand(start, ["--shard-ids", "0"], loadConfig({}), io())).rejects.toThrow(
      /^--shard-ids needs --shard-count/,
    );
  });
});
