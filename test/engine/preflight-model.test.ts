/**
 * Doctor's model check for the neural embedder: it finds the model's files where a load would
 * look, and otherwise says whether the first question would fail (offline) or try a download.
 * Nothing is loaded or fetched.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { localChecks } from "../../src/engine/preflight.js";
import { makeTinyModel, type TinyModel } from "../fixtures/make-tiny-model.js";

let dir: string;
let tiny: TinyModel;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "summit-preflight-model-"));
  tiny = await makeTinyModel(join(dir, "models"));
});

const modelCheck = (env: Record<string, string>) =>
  localChecks(
    loadConfig({
      SUMMIT_EMBEDDER: "transformers",
      SUMMIT_INDEX_DIR: join(dir, "no-index"),
      SUMMIT_MODEL_CACHE_DIR: join(dir, "cache"),
      ...env,
    }),
  ).find((c) => c.name === "model");

describe("doctor's model check", () => {
  it("is OK when the files are in SUMMIT_MODEL_DIR/<model id>/", () => {
    const check = modelCheck({ SUMMIT_MODEL_DIR: join(dir, "models"), SUMMIT_MODEL_ID: tiny.modelId });
    expect(check).toMatchObject({ status: "ok" });
    expect(check!.detail).toContain(`its files are in ${tiny.modelDir}`);
  });

  it("fails offline when they are nowhere, naming where it looked", () => {
    const check = modelCheck({
      SUMMIT_MODEL_DIR: join(dir, "models"),
      SUMMIT_MODEL_ID: "summit-test/elsewhere",
      SUMMIT_MODEL_OFFLINE: "true",
    });
    expect(check).toMatchObject({ status: "fail" });
    expect(check!.detail).toContain(`not found in ${join(dir, "models", "summit-test/elsewhere")} or`);
    expect(check!.detail).toContain("SUMMIT_MODEL_OFFLINE=true forbids a download");
  });

  it("warns that the first question would download it when downloads are allowed", () => {
    const check = modelCheck({ SUMMIT_MODEL_ID: "summit-test/elsewhere" });
    expect(check).toMatchObject({ status: "warn" });
    expect(check!.detail).toContain("the first question will try to download it");
  });

  it("is not there for the hash embedder", () => {
    expect(localChecks(loadConfig({ SUMMIT_INDEX_DIR: join(dir, "no-index") })).map((c) => c.name)).not.toContain(
      "model",
    );
  });
});
