/**
 * The real engine over test/fixtures/discord-corpus, indexed (default embedder) into a temporary
 * folder that is removed when the process exits.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../src/config.js";
import { openEngine } from "../../src/engine/open.js";
import type { Engine } from "../../src/engine/types.js";
import { buildIndex } from "../../src/ingest/pipeline.js";

export const FIXTURE_CORPUS = fileURLToPath(new URL("../fixtures/discord-corpus/", import.meta.url));

let built: Promise<string> | undefined;

/** Builds the fixture index once per process; returns its folder. */
export function fixtureIndex(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "summit-discord-index-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    await buildIndex({ corpusDir: FIXTURE_CORPUS, indexDir: dir, config: loadConfig({}) });
    return dir;
  })();
  return built;
}

/** A fresh engine over the fixture index (each call opens its own, as a reload would). */
export async function fixtureEngine(): Promise<Engine> {
  const indexDir = await fixtureIndex();
  return openEngine(loadConfig({ SUMMIT_INDEX_DIR: indexDir }), { indexDir });
}
