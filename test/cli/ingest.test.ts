import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HASH_EMBEDDER_VERSION } from "../../src/embed/hash.js";
import { describe, expect, it } from "vitest";
import { HASH_DIMS } from "../../src/embed/registry.js";
import { readIndex } from "../../src/index/storage/store.js";
import { copyCorpus, ENGINE_CORPUS, isolateEnv, tempDirs } from "../helpers/fixtures.js";
import { runCli } from "../helpers/io.js";
import { eta } from "../../src/cli/commands/ingest.js";

const tmp = tempDirs();
const envRoot = tmp("summit-cli-ingest-env-");
isolateEnv({ corpusDir: join(envRoot, "corpus"), indexDir: join(envRoot, "index") });

describe("summit-bot ingest", () => {
  it("indexes the corpus into the given folder and prints a summary with the skipped files", async () => {
    const indexDir = join(tmp(), "index");
    const run = await runCli(["ingest", "--corpus", ENGINE_CORPUS, "--index", indexDir]);
    expect(run.code).toBe(0);
    const lines = run.out.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      new RegExp(
        `^indexed 4 documents, 13 paragraphs into ${indexDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} in \\d+\\.\\d\\d s$`,
      ),
    );
    expect(lines.slice(1)).toEqual([
      `embedder hash-ngram-v${HASH_EMBEDDER_VERSION} (dims ${HASH_DIMS}); vectors: 13 embedded, 0 reused`,
      "skipped README.md: a README describes the folder; it is not an article",
      "skipped notes.json: not a .md or .txt file",
    ]);
    expect(readIndex(indexDir).passages).toHaveLength(13);
  });

  it("reports progress on stderr, one line per phase when stderr is not a terminal", async () => {
    const run = await runCli(["ingest", "--corpus", ENGINE_CORPUS, "--index", join(tmp(), "index")]);
    const phases = run.err
      .trimEnd()
      .split("\n")
      .map((l) => l.replace(/(:.*|…)$/, ""));
    // The hashed embedder has no phase of its own: each graph's vectors are summed from the postings as it is built.
    expect([...new Set(phases)]).toEqual(["reading corpus", "keyword index", "vector graph", "writing index"]);
    expect(run.err).not.toContain("\r");
  });

  it("uses SUMMIT_CORPUS_DIR and SUMMIT_INDEX_DIR when no flags are given", async () => {
    copyCorpus(join(envRoot, "corpus"));
    const run = await runCli(["ingest"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`into ${join(envRoot, "index")} in`);
    expect(existsSync(join(envRoot, "index", "manifest.json"))).toBe(true);
  });

  it("stops on a bad corpus file with exit code 1, naming the file and line, and writes nothing", async () => {
    const corpusDir = copyCorpus(join(tmp(), "corpus"));
    writeFileSync(join(corpusDir, "broken.md"), "---\ntitle: 壊れた\nnot a field\n---\n段落。\n");
    const indexDir = join(tmp(), "index");
    const run = await runCli(["ingest", "--corpus", corpusDir, "--index", indexDir]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('broken.md:3: front matter: expected `key: value`, received "not a field"');
    expect(run.err).toContain("pass --skip-bad");
    expect(existsSync(join(indexDir, "manifest.json"))).toBe(false);
  });

  it("indexes the other files with --skip-bad and lists the rejected one", async () => {
    const corpusDir = copyCorpus(join(tmp(), "corpus"));
    writeFileSync(join(corpusDir, "broken.md"), "---\ntitle: 壊れた\nnot a field\n---\n段落。\n");
    const run = await runCli(["ingest", "--corpus", corpusDir, "--index", join(tmp(), "index"), "--skip-bad"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("indexed 4 documents, 13 paragraphs");
    expect(run.out).toContain('rejected broken.md:3: front matter: expected `key: value`, received "not a field"');
  });

  it("refuses an unknown embedder and positional arguments as usage errors (exit 2)", async () => {
    const bad = await runCli(["ingest", "--embedder", "word2vec"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('summit-bot ingest: --embedder: expected hash or transformers, received "word2vec"\n');
    const positional = await runCli(["ingest", "corpus/"]);
    expect(positional.code).toBe(2);
    expect(positional.err).toContain(
      'summit-bot ingest: expected no arguments besides the options, received ["corpus/"]',
    );
  });
});

describe("ingest progress estimate", () => {
  it("estimates the time left in a phase from its rate so far, in seconds or minutes", () => {
    expect(eta(1000, 25, 100)).toBe("ETA 3 s");
    expect(eta(30_000, 10, 100)).toBe("ETA 4 min 30 s");
  });

  it("says nothing before there is a rate to go by, or once the phase is done", () => {
    expect(eta(200, 50, 100)).toBe("");
    expect(eta(5000, 0, 100)).toBe("");
    expect(eta(5000, 100, 100)).toBe("");
  });
});
