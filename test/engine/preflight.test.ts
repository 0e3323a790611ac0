/**
 * Doctor's index check refuses what opening refuses: an index recorded by an older version of the
 * configured embedder (same family, other id) fails, as INDEX_EMBEDDER_MISMATCH stops start-up.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openEngine } from "../../src/engine/open.js";
import { localChecks } from "../../src/engine/preflight.js";
import { fixtureIndex } from "../helpers/fixture-engine.js";

let indexDir: string;
beforeAll(async () => {
  indexDir = await fixtureIndex();
});

describe("doctor's index check", () => {
  it("is OK for an index the configured embedder opens", () => {
    const checks = localChecks(loadConfig({ SUMMIT_INDEX_DIR: indexDir })).filter((c) => c.name === "index");
    expect(checks.map((c) => c.status)).not.toContain("fail");
  });

  it("fails for an index built by an older hash embedder version, which opening refuses too", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "summit-preflight-")), "index");
    cpSync(indexDir, dir, { recursive: true });
    const path = join(dir, "manifest.json");
    const manifest = JSON.parse(readFileSync(path, "utf8"));
    manifest.embedder.id = "hash-ngram-v2";
    writeFileSync(path, JSON.stringify(manifest));
    const config = loadConfig({ SUMMIT_INDEX_DIR: dir });
    await expect(openEngine(config, { indexDir: dir })).rejects.toMatchObject({ code: "INDEX_EMBEDDER_MISMATCH" });
    const index = localChecks(config).find((c) => c.name === "index");
    expect(index).toMatchObject({ status: "fail" });
    expect(index!.detail).toContain("hash-ngram-v2");
  });
});
