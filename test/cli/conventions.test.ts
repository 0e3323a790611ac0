import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { commands } from "../../src/cli/commands/index.js";
import { isolateEnv, tempDirs } from "../helpers/fixtures.js";
import { runCli } from "../helpers/io.js";

const tmp = tempDirs();
const root = tmp("summit-cli-conventions-");
isolateEnv({ corpusDir: join(root, "corpus"), indexDir: join(root, "index") });

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("--version", () => {
  it("prints package.json's version and exits 0", async () => {
    expect(await runCli(["--version"])).toEqual({ code: 0, out: `summit-bot ${pkg.version}\n`, err: "" });
  });
});

describe("help <command>", () => {
  it.each(commands.map((c) => c.name))(
    "`help %s` prints that command's help, the same as `%s --help`",
    async (name) => {
      const viaHelp = await runCli(["help", name]);
      const viaFlag = await runCli([name, "--help"]);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.out).toMatch(new RegExp(`^usage: summit-bot ${name}\\b`));
      expect(viaHelp.out).toBe(viaFlag.out);
      expect(viaHelp.out).not.toBe((await runCli(["help"])).out);
    },
  );

  it("`help` of an unknown command is a usage error with a suggestion", async () => {
    const run = await runCli(["help", "regster"]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^summit-bot help: unknown command "regster" \(did you mean register\?\)/);
  });
});

describe("every command's --help", () => {
  it.each(commands.map((c) => [c.name, c] as const))(
    "%s lists every option with its default, and an example",
    async (name, command) => {
      const { out } = await runCli([name, "--help"]);
      for (const [flag, o] of Object.entries(command.options)) {
        const line = out.split("\n").find((l) => l.startsWith(`  --${flag}${o.type === "string" ? " " : "  "}`));
        expect(line, `--${flag} in ${name} --help`).toBeDefined();
        const dflt = o.default ?? o.defaultText;
        if (dflt !== undefined) expect(line).toContain(`(default: ${dflt})`);
      }
      expect(out).toMatch(/\nExamples:\n {2}(npx summit-bot|npm) /);
      // Every example parses with the command's own options.
      for (const example of command.examples.filter((e) => e.startsWith(`npx summit-bot ${name}`))) {
        // The command line up to any shell redirection, split into words as a shell would.
        const words =
          example
            .split(" < ")[0]!
            .replace(`npx summit-bot ${name}`, "")
            .match(/"[^"]*"|\S+/g) ?? [];
        const argv = words.map((w) => w.replace(/^"|"$/g, ""));
        expect(() => parseArgs(argv, command.options), example).not.toThrow();
      }
    },
  );

  it("shows the defaults the command really uses", async () => {
    const ask = commands.find((c) => c.name === "ask")!;
    expect(parseArgs(["q"], ask.options).flags).toEqual({ k: "3" });
    expect((await runCli(["ask", "--help"])).out).toContain("--k N");
    expect((await runCli(["ask", "--help"])).out).toContain("(default: 3)");
  });
});

describe("one flag parser: unknown flags are refused with the nearest one suggested", () => {
  it.each([
    [
      ["ask", "q", "--artcle", "x"],
      /^summit-bot ask: unknown option --artcle \(did you mean --article\?\); expected one of --k, --article, --index, --full\n$/,
    ],
    [["ingest", "--skipbad"], /^summit-bot ingest: unknown option --skipbad \(did you mean --skip-bad\?\)/],
    [
      ["invite", "--application", "1"],
      /^summit-bot invite: unknown option --application \(did you mean --application-id\?\)/,
    ],
    [["start", "--shard", "2"], /^summit-bot start: unknown option --shard \(did you mean --shards\?\)/],
    [["search", "-k", "3", "q"], /^summit-bot search: unknown option -k \(did you mean --k\?\)/],
    [["search", "--json=yes", "q"], /^summit-bot search: --json takes no value, received "yes"\n$/],
    [["ask", "--k", "--article", "x", "q"], /^summit-bot ask: --k: expected a value \(N\), received nothing\n$/],
  ])("%j", async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.out).toBe("");
  });

  it("`--` ends the flags: what follows is a question, even when it starts with dashes", () => {
    const ask = commands.find((c) => c.name === "ask")!;
    expect(parseArgs(["--k", "2", "--", "--not-a-flag"], ask.options)).toEqual({
      flags: { k: "2" },
      positional: ["--not-a-flag"],
    });
  });
});

describe("one prefix per message", () => {
  it.each([
    [["ask"]],
    [["search", "--json", "--index", join(root, "missing")]],
    [["eval"]],
    [["ingest", "stray"]],
    [["invite", "--application-id", "abc"]],
    [["register"]],
  ])("%j", async (argv) => {
    const run = await runCli(argv as string[]);
    expect(run.code).not.toBe(0);
    const name = (argv as string[])[0]!;
    expect(run.err.startsWith(`summit-bot ${name}: `)).toBe(true);
    expect(run.err.slice(`summit-bot ${name}: `.length)).not.toMatch(new RegExp(`^(summit-bot )?${name}: `));
    expect(run.err.trimEnd().split("\n")).toHaveLength(1);
  });
});
