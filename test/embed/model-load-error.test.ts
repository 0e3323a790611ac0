/**
 * What a failed model load tells a person setting up the neural embedder: the fix that fits what
 * is on disk, not only the file the library missed (found in a trial run of the README's path).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../../src/config.js";
import { createTransformersEmbedder } from "../../src/embed/transformers.js";
import { makeTinyModel, type TinyModel } from "../fixtures/make-tiny-model.js";

let dir: string;
let tiny: TinyModel;
const base = (over: Partial<Config["model"]>): Config["model"] => ({
  id: "summit-test/tiny-bert",
  offline: true,
  dtype: "q8",
  queryPrefix: "",
  passagePrefix: "",
  ...over,
});

/** The MODEL_LOAD error's message from loading `model` (offline: nothing is fetched). */
async function loadMessage(model: Config["model"]): Promise<string> {
  const embedder = createTransformersEmbedder(model);
  const error = await embedder.load().then(
    () => undefined,
    (err: unknown) => err as Error & { code?: string },
  );
  await embedder.dispose();
  expect(error).toMatchObject({ code: "MODEL_LOAD" });
  return error!.message;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "summit-model-errors-"));
  tiny = await makeTinyModel(join(dir, "models"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("model load errors", () => {
  it("names a SUMMIT_MODEL_DIR that does not exist", async () => {
    const message = await loadMessage(base({ localDir: join(dir, "nowhere") }));
    expect(message).toContain(`SUMMIT_MODEL_DIR ${join(dir, "nowhere")} (it does not exist)`);
  });

  it("names a SUMMIT_MODEL_DIR that is a file", async () => {
    const file = join(dir, "a-file");
    await writeFile(file, "x");
    expect(await loadMessage(base({ localDir: file }))).toContain("(it is a file, not a folder)");
  });

  it("says so when SUMMIT_MODEL_DIR is the model's own folder, with the two settings that open it", async () => {
    const message = await loadMessage(base({ id: "Xenova/multilingual-e5-small", localDir: tiny.modelDir }));
    expect(message).toContain("SUMMIT_MODEL_DIR is itself a model folder (it holds config.json, tokenizer.json");
    expect(message).toContain(`set SUMMIT_MODEL_DIR=${join(dir, "models")} and SUMMIT_MODEL_ID=summit-test/tiny-bert`);
  });

  it("says a file is damaged when every file is in place, instead of asking for the files again", async () => {
    const broken = join(dir, "broken");
    const copy = await makeTinyModel(broken);
    await writeFile(join(copy.modelDir, "onnx/model_quantized.onnx"), "not an onnx file");
    const message = await loadMessage(base({ localDir: broken }));
    expect(message).toContain(`every file is in ${copy.modelDir}, so one of them is damaged`);
    expect(message).not.toContain("set SUMMIT_MODEL_DIR to a folder containing");
  });

  it("still lists the missing files of a model folder in the right place", async () => {
    const message = await loadMessage(base({ id: "summit-test/not-there", localDir: join(dir, "models") }));
    expect(message).toContain("missing: config.json, tokenizer.json, onnx/model_quantized.onnx");
    expect(message).toContain("Fix: set SUMMIT_MODEL_DIR to a folder containing summit-test/not-there/config.json");
  });
});
