import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { commands } from "../../src/cli/commands/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as {
  allowScripts: Record<string, boolean>;
  bin: Record<string, string>;
};

describe("npm ci downloads no CUDA files and prints no npm warning", () => {
  it("onnxruntime-node's install script (it only fetches CUDA libraries) is denied; the CPU runtime is in the package", () => {
    expect(pkg.allowScripts["onnxruntime-node"]).toBe(false);
    const ort = `${root}node_modules/onnxruntime-node/`;
    const ortPkg = JSON.parse(readFileSync(`${ort}package.json`, "utf8")) as { scripts?: Record<string, string> };
    // The denial matters: the package does have an install-time script…
    expect(ortPkg.scripts?.postinstall).toMatch(/script\/install/);
    // …and nothing the project runs depends on it: the CPU binding ships in the npm package.
    expect(existsSync(`${ort}bin/napi-v6/${process.platform}/${process.arch}/onnxruntime_binding.node`)).toBe(true);
    expect(existsSync(`${ort}bin/napi-v6/${process.platform}/${process.arch}/libonnxruntime_providers_cuda.so`)).toBe(
      false,
    );
  });

  it("the install scripts the build needs stay allowed", () => {
    expect(pkg.allowScripts).toMatchObject({ "hnswlib-node": true, protobufjs: true, esbuild: true });
  });

  it("the README names exactly the packages package.json allows (and denies) to run install scripts", () => {
    const readme = readFileSync(`${root}README.md`, "utf8").replace(/\s+/g, " ");
    const sentence = /`npm ci` runs the install scripts of (.*?), and denies (.*?)'s:/.exec(readme);
    expect(sentence, "the README's sentence on install scripts").not.toBeNull();
    const named = (text: string) => Object.keys(pkg.allowScripts).filter((name) => text.split(/[\s,]+/).includes(name));
    const byValue = (allowed: boolean) =>
      Object.entries(pkg.allowScripts)
        .filter(([, v]) => v === allowed)
        .map(([name]) => name)
        .sort();
    expect(named(sentence![1]!).sort()).toEqual(byValue(true));
    expect(named(sentence![2]!).sort()).toEqual(byValue(false));
  });

  it(".npmrc sets nothing npm does not know, so npm and npx print no `Unknown project config` warning", () => {
    const active = readFileSync(`${root}.npmrc`, "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#") && !l.startsWith(";"));
    expect(active).toEqual([]);
    const run = spawnSync("npm", ["config", "get", "fund"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_UPDATE_NOTIFIER: "1" },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/Unknown (project|user|env) config/);
  });
});

describe("the README's commands are the ones that work", () => {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const lines = blocks.flatMap((b) => b.split("\n")).map((l) => l.replace(/\s+#.*$/, "").trim());
  const cli = lines.filter((l) => l.startsWith("npx summit-bot ") || l.startsWith("summit-bot "));

  it("shows the CLI as `npx summit-bot …` (a bare `summit-bot` is on PATH only after `npm link`)", () => {
    expect(cli.length).toBeGreaterThan(5);
    expect(cli.filter((l) => l.startsWith("summit-bot "))).toEqual([]);
    expect(readme).toContain("npm link");
    expect(Object.keys(pkg.bin)).toEqual(["summit-bot"]);
  });

  it("every `npx summit-bot` line names a command and only options that command accepts", () => {
    for (const line of cli) {
      const words = (line.split(" < ")[0]!.match(/"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/^"|"$/g, ""));
      const [, , name, ...argv] = words;
      if (name === "--version" || name === "help") continue;
      const command = commands.find((c) => c.name === name);
      expect(command, line).toBeDefined();
      expect(() => parseArgs(argv, command!.options), line).not.toThrow();
    }
  });

  it("the command table lists every command with exactly the options it accepts", () => {
    const table = readme.slice(readme.indexOf("| command | what it does |"));
    const rows = table.slice(0, table.indexOf("\n\n")).split("\n").slice(2);
    // The first cell of each row: its `…` spans are command lines (`\|` is a `|` inside a cell).
    const spans = rows.flatMap((row) =>
      [...row.split(/(?<!\\)\|/)[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/^npx summit-bot /, "")),
    );
    const listed = new Map(
      spans.map((span) => [span.split(" ")[0]!, new Set([...span.matchAll(/--([a-z][\w-]*)/g)].map((m) => m[1]!))]),
    );
    expect([...listed.keys()].sort()).toEqual(commands.map((c) => c.name).sort());
    for (const c of commands)
      expect([...listed.get(c.name)!].sort(), `README row of ${c.name}`).toEqual(Object.keys(c.options).sort());
  });

  it("the fake-Discord walk-through the README points to exists", () => {
    expect(readme).toContain("npx tsx test/discord/serve-fake-discord.ts");
    expect(existsSync(`${root}test/discord/serve-fake-discord.ts`)).toBe(true);
    expect(execFileSync("git", ["check-ignore", ".env"], { cwd: root, encoding: "utf8" }).trim()).toBe(".env");
  });
});
