/**
 * Libraries load only where used (issue #9): `ask`, `search`, `ingest` and `eval` never load the
 * Discord client, the REST proxy, SQLite, pino or transformers.js. Each command runs in a child
 * process whose module loader records every module it resolves.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFixtureIndex, copyCorpus, tempDirs } from "../helpers/fixtures.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
/** tsx's loader by its URL: the child runs in a temporary folder, where the bare name would not resolve. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const tmp = tempDirs();
const dir = tmp("summit-cli-lazy-");
const corpusDir = join(dir, "corpus");
const indexDir = join(dir, "index");

/** Libraries only the Discord side (or a non-default embedder) needs. */
const HEAVY = /\/node_modules\/(discord\.js|@discordjs\/[\w-]+|better-sqlite3|pino|@huggingface\/transformers)\//;

/** Runs `summit-bot <args>` from the sources; returns its output and the packages it loaded. */
function loaded(args: readonly string[]): { out: string; packages: Set<string> } {
  const log = join(tmp("summit-load-log-"), "modules.txt");
  const out = execFileSync(
    process.execPath,
    [
      "--import",
      TSX,
      "--import",
      join(root, "test/helpers/load-log/register.mjs"),
      join(root, "src/cli/main.ts"),
      ...args,
    ],
    {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        LOAD_LOG: log,
        SUMMIT_EMBEDDER: "hash",
        SUMMIT_CORPUS_DIR: corpusDir,
        SUMMIT_INDEX_DIR: indexDir,
        DISCORD_TOKEN: "",
        NO_COLOR: "1",
      },
    },
  );
  const urls = readFileSync(log, "utf8").split("\n");
  const packages = new Set(
    urls
      .map((u) => /\/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//.exec(u)?.[1])
      .filter((p): p is string => p !== undefined),
  );
  return { out, packages };
}

const heavy = (packages: Set<string>) => [...packages].filter((p) => HEAVY.test(`/node_modules/${p}/`));

beforeAll(async () => {
  await buildFixtureIndex(copyCorpus(corpusDir), indexDir);
});

describe("libraries a command does not need are not loaded", () => {
  it("ask answers without loading discord.js, @discordjs/*, better-sqlite3, pino or transformers.js", () => {
    const { out, packages } = loaded(["ask", "中国は中央アジアにいくら融資すると表明した？"]);
    expect(out).toContain("xian-summit-2023#3");
    // The log does see the libraries ask needs: the vector index's native module.
    expect(packages.has("hnswlib-node")).toBe(true);
    expect(heavy(packages)).toEqual([]);
  });

  it("search --json loads none of them either", () => {
    const { out, packages } = loaded(["search", "--json", "--k", "1", "首脳会議"]);
    expect(JSON.parse(out.trim()).results).toHaveLength(1);
    expect(heavy(packages)).toEqual([]);
  });

  it("ingest loads none of them either", () => {
    const { out, packages } = loaded(["ingest", "--index", join(tmp("summit-lazy-ingest-"), "index")]);
    expect(out).toMatch(/^indexed \d+ documents/);
    expect(heavy(packages)).toEqual([]);
  });

  it("invite, which talks about Discord, does load discord.js", () => {
    const { out, packages } = loaded(["invite", "--application-id", "123456789012345678"]);
    expect(out).toContain("client_id=123456789012345678");
    expect(packages.has("discord.js")).toBe(true);
  });
});
