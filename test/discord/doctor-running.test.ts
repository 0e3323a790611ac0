import { createServer, type Server } from "node:net";
import { describe, expect, it } from "vitest";
import { runningBotChecks } from "../../src/discord/doctor-running.js";
import { loadConfig } from "../../src/config.js";

/** A port nothing listens on: bound once to learn a free one, then closed. */
async function closedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("doctor's running-bot line", () => {
  it("names the connection's error when nothing listens on HEALTH_PORT", async () => {
    const config = loadConfig({ HEALTH_PORT: String(await closedPort()), HEALTH_HOST: "127.0.0.1" });
    const [line] = await runningBotChecks(config, 2_000);
    expect(JSON.stringify(line)).toMatch(/ECONNREFUSED/);
  });

  it("names why fetch refused a HEALTH_PORT it never connects to (a port browsers block), not a bare 'fetch failed'", async () => {
    // 6667 (IRC) is on fetch's list of bad ports: the request fails before any connection, without an error code.
    const config = loadConfig({ HEALTH_PORT: "6667", HEALTH_HOST: "127.0.0.1" });
    const [line] = await runningBotChecks(config, 2_000);
    expect(JSON.stringify(line)).toMatch(/bad port/);
    expect(JSON.stringify(line)).not.toMatch(/fetch failed/);
  });
});
