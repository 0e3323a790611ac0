/**
 * Shared set-up for the engine tests: the fixture corpus, temporary folders removed after the
 * file's tests, and an index of the fixture corpus built with the default (hash) embedder.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, vi } from "vitest";
import { loadConfig, type Config } from "../../src/config.js";
import { buildIndex, type BuildSummary } from "../../src/ingest/pipeline.js";
import { openEngine, type Engine } from "../../src/engine/open.js";

/** A small corpus: front matter, headings, a list, a .txt article, a near-duplicate pair, a README and a non-corpus file. */
export const ENGINE_CORPUS = fileURLToPath(new URL("../fixtures/engine-corpus/", import.meta.url));

/** Project root (where the bundled corpus/ and embeddings/ live). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The default configuration, independent of the caller's environment and `.env`: the hash
 * embedder, and corpus/index folders only where a test names them.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ SUMMIT_EMBEDDER: "hash", ...env });
}

/** Returns a function that makes temporary folders, all removed once the calling file's tests are done. */
export function tempDirs(): (prefix?: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix = "summit-test-") => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** A writable copy of the fixture corpus in `dir` (tests that edit the corpus use this). */
export function copyCorpus(dir: string, from = ENGINE_CORPUS): string {
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Indexes `corpusDir` into `indexDir` with the default embedder. */
export function buildFixtureIndex(
  corpusDir: string,
  indexDir: string,
  options: { skipBad?: boolean } = {},
): Promise<BuildSummary> {
  return buildIndex({ corpusDir, indexDir, config: testConfig(), ...options });
}

/** An engine over the bundled articles (corpus/), indexed into a `tmp` folder. */
export async function bundledEngine(tmp: (prefix?: string) => string): Promise<Engine> {
  const indexDir = tmp("summit-bundled-");
  await buildFixtureIndex(join(PROJECT_ROOT, "corpus"), indexDir);
  return openEngine(testConfig({ SUMMIT_INDEX_DIR: indexDir }), { indexDir });
}

/** An engine over articles written for the test (file name → text), in `tmp` folders. */
export async function engineOver(
  articles: Readonly<Record<string, string>>,
  tmp: (prefix?: string) => string,
): Promise<Engine> {
  const corpus = tmp();
  mkdirSync(corpus, { recursive: true });
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(corpus, name), text);
  const index = tmp();
  await buildFixtureIndex(corpus, index);
  return openEngine(testConfig(), { indexDir: index, skipFreshness: true });
}

/**
 * Points the environment that `summit-bot` reads at throw-away folders, so that no CLI test can
 * touch the bundled corpus/ or embeddings/ and a developer's .env cannot change the embedder.
 */
export function isolateEnv(vars: { corpusDir: string; indexDir: string }): void {
  vi.stubEnv("SUMMIT_EMBEDDER", "hash");
  vi.stubEnv("SUMMIT_CORPUS_DIR", vars.corpusDir);
  vi.stubEnv("SUMMIT_INDEX_DIR", vars.indexDir);
  afterAll(() => {
    vi.unstubAllEnvs();
  });
}
