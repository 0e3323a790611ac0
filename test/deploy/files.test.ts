/**
 * The deployment files (Dockerfile, compose.yaml, systemd units) against the program they run:
 * every command line they use parses with that command's own options, every variable they set
 * is one the configuration reads, the shard ranges cover every shard once, and the Dockerfile's
 * HEALTHCHECK command really tells a ready process from one that is not.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseArgs } from "../../src/cli/args.js";
import { commands } from "../../src/cli/commands/index.js";
import { loadConfig, shardRange } from "../../src/config.js";
import { startHealthServer, type HealthReport } from "../../src/discord/health.js";
import { createLogger } from "../../src/discord/log.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string) => readFileSync(`${root}/${path}`, "utf8");

/** Every variable .env.example documents (set or commented out). */
const documented = new Set([...read(".env.example").matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!));
/** Variables that are not the program's own. */
const foreign = new Set(["NODE_ENV"]);

/** `summit-bot <command> [args…]` parses with that command's options. */
function expectValidCommandLine(argv: readonly string[]): void {
  const [name, ...args] = argv;
  const command = commands.find((c) => c.name === name);
  expect(command, `command ${name}`).toBeDefined();
  expect(() => parseArgs(args, command!.options)).not.toThrow();
}

/** Instructions of the last stage of a Dockerfile (line continuations joined). */
function dockerfile() {
  const lines = read("Dockerfile")
    .replace(/\\\n/g, " ")
    .split("\n")
    .filter((l) => l.trim() && !l.trim().startsWith("#"));
  const stages: string[][] = [];
  for (const l of lines) {
    if (/^FROM /i.test(l)) stages.push([]);
    stages.at(-1)?.push(l.trim());
  }
  return { stages, final: stages.at(-1)! };
}

describe("Dockerfile", () => {
  it("builds in one stage and runs in another, as a user that is not root", () => {
    const { stages, final } = dockerfile();
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(final.some((l) => /^RUN .*(npm ci|g\+\+|make)/.test(l))).toBe(false);
    const user = final.filter((l) => l.startsWith("USER ")).at(-1);
    expect(user).toBeDefined();
    expect(user!.split(/\s+/)[1]).not.toMatch(/^(root|0)(:|$)/);
  });

  it("keeps the index and the corpus in volumes, where the configuration points", () => {
    const { final } = dockerfile();
    const env = Object.fromEntries(
      final
        .filter((l) => l.startsWith("ENV "))
        .flatMap((l) => [...l.slice(4).matchAll(/([A-Z_]+)=(\S+)/g)].map((m) => [m[1]!, m[2]!])),
    );
    for (const name of Object.keys(env)) if (!foreign.has(name)) expect(documented, name).toContain(name);
    const volumes = JSON.parse(final.find((l) => l.startsWith("VOLUME "))!.slice(7)) as string[];
    expect(volumes).toContain(env.SUMMIT_INDEX_DIR);
    expect(volumes).toContain(env.SUMMIT_CORPUS_DIR);
    expect(env.HEALTH_PORT).toBeDefined();
  });

  it("copies only files that exist, and its default command parses", () => {
    const { stages } = dockerfile();
    for (const l of stages.flat().filter((x) => x.startsWith("COPY ") && !x.includes("--from"))) {
      const parts = l
        .split(/\s+/)
        .slice(1)
        .filter((p) => !p.startsWith("--"));
      for (const source of parts.slice(0, -1)) expect(existsSync(`${root}/${source}`), source).toBe(true);
    }
    const { final } = dockerfile();
    const entry = JSON.parse(final.find((l) => l.startsWith("ENTRYPOINT "))!.slice(11)) as string[];
    const cmd = JSON.parse(final.find((l) => l.startsWith("CMD "))!.slice(4)) as string[];
    expect(entry).toEqual(["node", "bin/summit-bot.js"]);
    expectValidCommandLine(cmd);
  });

  it("carries the files serve reads at run time beside dist/ (static/: the site's stylesheet, script and icon)", () => {
    const { final } = dockerfile();
    expect(final).toContain("COPY static ./static");
    for (const name of ["style.css", "dashboard.js", "favicon.svg"])
      expect(existsSync(`${root}/static/${name}`), name).toBe(true);
  });

  it("has a HEALTHCHECK command that passes for a ready process and fails otherwise", async () => {
    const { final } = dockerfile();
    const check = final.find((l) => l.startsWith("HEALTHCHECK "))!;
    const argv = JSON.parse(check.slice(check.indexOf("CMD ") + 4)) as string[];
    expect(argv[0]).toBe("node");
    let report: HealthReport = {
      ready: false,
      gateway: { ready: false, shards: [] },
      reasons: ["index still loading"],
      uptimeSeconds: 0,
    };
    const server = (await startHealthServer(loadConfig({ HEALTH_PORT: "0" }), () => report, createLogger("silent")))!;
    const run = () =>
      promisify(execFile)(process.execPath, argv.slice(1), {
        env: { ...process.env, HEALTH_PORT: String(server.port) },
      }).then(
        () => 0,
        (err: { code?: number }) => err.code ?? -1,
      );
    try {
      expect(await run()).toBe(1);
      report = { ...report, ready: true, reasons: [] };
      expect(await run()).toBe(0);
    } finally {
      await server.close();
    }
    expect(await run()).toBe(1);
  });
});

describe("compose.yaml", () => {
  const compose = parseYaml(read("compose.yaml"), { merge: true }) as {
    services: Record<string, { command?: string[]; environment?: Record<string, string> }>;
  };
  const shards = Object.entries(compose.services).filter(([, s]) => s.environment?.SHARD_IDS !== undefined);
  const proxy = compose.services.proxy!;

  it("runs two shard processes that together cover every shard of the same count once", () => {
    expect(shards).toHaveLength(2);
    const counts = new Set(shards.map(([, s]) => s.environment!.SHARD_COUNT));
    expect(counts.size).toBe(1);
    const ids = shards.flatMap(([, s]) => shardRange(s.environment!.SHARD_IDS, s.environment!.SHARD_COUNT)!.ids);
    const count = Number([...counts][0]);
    expect([...ids].sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
  });

  it("sends every shard's REST traffic through the one proxy service, on the port it listens on", () => {
    expect(proxy.command?.[0]).toBe("proxy");
    expectValidCommandLine(proxy.command!);
    const port = proxy.command![proxy.command!.indexOf("--port") + 1];
    for (const [name, s] of shards) {
      expect(s.environment!.DISCORD_API_BASE, name).toBe(`http://proxy:${port}/api`);
      for (const key of Object.keys(s.environment!)) expect(documented, key).toContain(key);
      expect(() => loadConfig(s.environment)).not.toThrow();
    }
  });
});

describe("systemd units", () => {
  const dir = `${root}/deploy/systemd`;
  const units = readdirSync(dir).filter((f) => f.endsWith(".service"));

  it("start the CLI with command lines its commands accept, and set only known variables", () => {
    expect(units.sort()).toEqual(["summit-bot-proxy.service", "summit-bot.service", "summit-bot@.service"]);
    for (const unit of units) {
      const text = readFileSync(`${dir}/${unit}`, "utf8");
      const exec = /^ExecStart=(\S+) (\S+) (.*)$/m.exec(text);
      expect(exec, unit).not.toBeNull();
      expect(exec![2]).toMatch(/\/bin\/summit-bot\.js$/);
      expectValidCommandLine(exec![3]!.split(/\s+/));
      for (const m of text.matchAll(/^Environment=([A-Z_]+)=/gm))
        expect(documented, `${unit}: ${m[1]}`).toContain(m[1]);
      expect(text).toMatch(/^User=summit-bot$/m);
      expect(text).toMatch(/^Restart=on-failure$/m);
    }
  });
});
