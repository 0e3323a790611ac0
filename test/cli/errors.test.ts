import { appendFileSync, readdirSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { readManifest } from "../../src/index/storage/store.js";
import { buildFixtureIndex, copyCorpus, isolateEnv, tempDirs } from "../helpers/fixtures.js";
import { runCli } from "../helpers/io.js";

const tmp = tempDirs();
const root = tmp("summit-cli-errors-");
const corpusDir = join(root, "corpus");
isolateEnv({ corpusDir, indexDir: join(root, "index") });

beforeAll(() => {
  copyCorpus(corpusDir);
});

const COMMANDS =
  "ingest, add, remove, feeds, sync, ask, cite, search, eval, start, register, invite, doctor, proxy, report, serve";

describe("usage errors exit with code 2 and say what was expected", () => {
  it("an unknown command", async () => {
    const run = await runCli(["serch", "question"]);
    expect(run).toEqual({
      code: 2,
      out: "",
      err: `summit-bot: unknown command "serch" (did you mean search?); expected one of ${COMMANDS}\n`,
    });
  });

  it("an option where the command belongs is an unknown option, not an unknown command", async () => {
    const run = await runCli(["--verbose", "ask", "x"]);
    expect(run).toEqual({
      code: 2,
      out: "",
      err: `summit-bot: unknown option "--verbose"; expected a command (${COMMANDS}) or one of the options --version, --help; a command's own options go after it\n`,
    });
    expect((await runCli(["help", "--verbose"])).err).toMatch(
      /^summit-bot help: unknown option "--verbose"; expected a command \(/,
    );
  });

  it("a misspelt option in the command position suggests the nearest of summit-bot's own", async () => {
    const run = await runCli(["--verison"]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^summit-bot: unknown option "--verison" \(did you mean --version\?\); expected a command/);
  });

  it("`help --help` prints the general help", async () => {
    expect(await runCli(["help", "--help"])).toEqual(await runCli(["help"]));
  });

  it("no command at all prints the usage", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.out).toMatch(/^usage: summit-bot <command> \[options\]\n/);
    for (const name of COMMANDS.split(", ")) expect(run.out).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });

  it("an unknown option", async () => {
    const run = await runCli(["search", "--json", "--bogus", "q"]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^summit-bot search: unknown option --bogus; expected one of --json, --k, .*--index\n$/);
  });

  it("an option without its value", async () => {
    const run = await runCli(["ask", "question", "--k"]);
    expect([run.code, run.err]).toEqual([2, "summit-bot ask: --k: expected a value (N), received nothing\n"]);
  });

  it("--help prints a command's usage and exits 0", async () => {
    const run = await runCli(["ask", "--help"]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^usage: summit-bot ask "question"/);
    expect((await runCli(["help"])).code).toBe(0);
  });
});

describe("a wrong value is echoed so the typo shows, a secret never", () => {
  const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";

  it("a mistyped SUMMIT_EMBEDDER is shown as it was typed", async () => {
    vi.stubEnv("SUMMIT_EMBEDDER", "foo");
    try {
      expect(await runCli(["ask", "x"])).toEqual({
        code: 1,
        out: "",
        err: 'summit-bot ask: SUMMIT_EMBEDDER: expected one of hash, transformers, received "foo"\n',
      });
    } finally {
      vi.stubEnv("SUMMIT_EMBEDDER", "hash");
    }
  });

  it("a mistyped option value is shown, cut to 40 characters", async () => {
    expect((await runCli(["search", "--mode", "hybird", "q"])).err).toBe(
      'summit-bot search: --mode: expected hybrid, keyword or vector, received "hybird"\n',
    );
    const long = "keyword".repeat(10);
    expect((await runCli(["search", "--mode", long, "q"])).err).toBe(
      `summit-bot search: --mode: expected hybrid, keyword or vector, received "${long.slice(0, 39)}…"\n`,
    );
  });

  it("a token pasted as an option value, a stray word or where the command belongs is described, not shown", async () => {
    for (const argv of [
      ["report", "--forget", TOKEN],
      ["search", "--k", TOKEN, "q"],
      ["doctor", TOKEN],
      [TOKEN],
      [`--token=${TOKEN}`],
      ["help", TOKEN],
    ]) {
      const run = await runCli(argv);
      expect(run.code, argv.join(" ")).toBe(2);
      expect(run.err).toMatch(/what looks like a Discord bot token \(\d+ characters, not shown\)/);
      for (const part of TOKEN.split(".")) expect(run.err).not.toContain(part);
    }
  });
});

describe("index problems exit with code 1 and say to run ingest", () => {
  it("a damaged index", async () => {
    const indexDir = join(tmp(), "index");
    await buildFixtureIndex(corpusDir, indexDir);
    const generation = readManifest(indexDir).generation;
    expect(readdirSync(join(indexDir, generation))).toContain("vectors.hnsw");
    truncateSync(join(indexDir, generation, "vectors.hnsw"), 64);
    for (const argv of [
      ["ask", "質問"],
      ["search", "--json", "質問"],
    ]) {
      const run = await runCli([...argv, "--index", indexDir]);
      expect(run.code).toBe(1);
      expect(run.out).toBe("");
      expect(run.err).toContain(`index at ${indexDir} is damaged (vectors.hnsw: expected`);
      expect(run.err).toContain(`rebuild it with \`summit-bot ingest --corpus ${corpusDir} --index ${indexDir}\``);
    }
  });

  it("a missing index", async () => {
    const indexDir = join(tmp(), "nothing-here");
    const run = await runCli(["ask", "質問", "--index", indexDir]);
    expect([run.code, run.err]).toEqual([
      1,
      `summit-bot ask: expected an index at ${indexDir} (manifest.json), found none; build it with \`summit-bot ingest --corpus DIR --index ${indexDir}\`, DIR being your folder of articles (without --corpus, ingest reads the default corpus)\n`,
    ]);
  });

  it("a stale index", async () => {
    const corpus = copyCorpus(join(tmp(), "corpus"));
    const indexDir = join(tmp(), "index");
    await buildFixtureIndex(corpus, indexDir);
    appendFileSync(join(corpus, "astana-brief.txt"), "追加の段落。\n");
    const run = await runCli(["search", "--json", "--index", indexDir, "質問"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("(changed: astana-brief.txt); run `summit-bot ingest --corpus");
  });
});
