import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../../src/config.js";
import { SummitError } from "../../src/errors.js";
import {
  createTransformersEmbedder,
  loadTransformersEmbedder,
  type TransformersEmbedder,
} from "../../src/embed/transformers.js";
import { makeTinyModel, type TinyModel } from "../fixtures/make-tiny-model.js";

function dot(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  return a.reduce((sum, x, i) => sum + x * b[i]!, 0);
}

let dir: string;
let tiny: TinyModel;
let modelConfig: Config["model"];
let embedder: TransformersEmbedder;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "summit-tiny-model-"));
  tiny = await makeTinyModel(dir);
  // E5-style prefixes, so the prefix tests have something to observe.
  modelConfig = {
    id: tiny.modelId,
    localDir: dir,
    offline: true,
    dtype: "q8",
    queryPrefix: "query: ",
    passagePrefix: "passage: ",
  };
  embedder = await loadTransformersEmbedder(modelConfig);
});

afterAll(async () => {
  await embedder?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("transformers embedder", () => {
  it("embeds through the real pipeline into unit-length vectors of the model's width", async () => {
    expect(embedder.dims).toBe(tiny.dims);
    expect(embedder.id).toBe(`transformers:${tiny.modelId}:q8:["query: ","passage: "]`);

    const texts = Array.from({ length: 37 }, (_, i) => `summit ${i} in xian 中国 サミット`);
    const progress: [number, number][] = [];
    const vectors = await embedder.embedPassages(texts, (done, total) => progress.push([done, total]));

    expect(vectors).toHaveLength(texts.length);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(tiny.dims);
      expect(Math.sqrt(dot(v, v))).toBeCloseTo(1, 5);
    }
    // Batches of 16: progress after each batch, ending at the total.
    expect(progress).toEqual([
      [16, 37],
      [32, 37],
      [37, 37],
    ]);
  });

  it("returns each passage's own vector regardless of its batch", async () => {
    const texts = ["trade and energy", "the cat sat on the mat", "中国 アジア"];
    const together = await embedder.embedPassages(texts);
    const alone = await Promise.all(texts.map(async (t) => (await embedder.embedPassages([t]))[0]!));
    together.forEach((v, i) => {
      for (let d = 0; d < v.length; d++) expect(v[d]).toBeCloseTo(alone[i]![d]!, 5);
    });
  });

  it("a query is closer to a passage sharing its words than to an unrelated one", async () => {
    const query = await embedder.embedQuery("gas pipeline agreement with kazakhstan");
    const [related, unrelated] = await embedder.embedPassages([
      "leaders signed a gas pipeline agreement in astana with kazakhstan",
      "the cat sat on the mat in the rain",
    ]);
    expect(dot(query, related!)).toBeGreaterThan(dot(query, unrelated!));
  });

  it("scores Japanese text by its kana and kanji, one token each", async () => {
    const query = await embedder.embedQuery("天然ガスのパイプライン");
    const [related, unrelated] = await embedder.embedPassages([
      "中国と天然ガスのパイプラインに署名",
      "猫は雨の日に寝る",
    ]);
    expect(dot(query, related!)).toBeGreaterThan(dot(query, unrelated!));
  });

  it("applies the query prefix to queries and the passage prefix to passages", async () => {
    const plain = await loadTransformersEmbedder({ ...modelConfig, queryPrefix: "", passagePrefix: "" });
    try {
      const text = "energy cooperation summit";
      const query = await embedder.embedQuery(text);
      const [passage] = await embedder.embedPassages([text]);
      const [manualQuery, manualPassage] = await plain.embedPassages([`query: ${text}`, `passage: ${text}`]);

      expect(dot(query, passage!)).toBeLessThan(0.9999);
      expect(dot(query, manualQuery!)).toBeCloseTo(1, 5);
      expect(dot(passage!, manualPassage!)).toBeCloseTo(1, 5);
    } finally {
      await plain.dispose();
    }
  });

  it("concurrent first calls share one model load", async () => {
    const reported: string[] = [];
    const lazy = createTransformersEmbedder(modelConfig, { onProgress: (info) => reported.push(info.file) });
    try {
      expect(() => lazy.dims).toThrow(/after the model has loaded/);
      const [a, b] = await Promise.all([lazy.embedQuery("summit"), lazy.embedQuery("summit"), lazy.load()]);
      expect(a).toEqual(b);
      expect(lazy.dims).toBe(tiny.dims);
      // One load reads the ONNX file once, however many callers waited on it.
      expect(reported.filter((f) => f.endsWith(".onnx"))).toEqual(["onnx/model_quantized.onnx"]);
    } finally {
      await lazy.dispose();
    }
  });

  it("reports a MODEL_LOAD error naming the model and folder when the model is missing offline", async () => {
    const missing = createTransformersEmbedder({ ...modelConfig, id: "summit-test/not-there" });
    const error = await missing.load().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(SummitError);
    expect(error).toMatchObject({ code: "MODEL_LOAD" });
    const message = (error as SummitError).message;
    expect(message).toContain("summit-test/not-there");
    expect(message).toContain(join(dir, "summit-test/not-there"));
    expect(message).toContain("missing: config.json, tokenizer.json, onnx/model_quantized.onnx");
    expect(message).toMatch(/Offline mode: on/);
    expect(message).toContain("SUMMIT_MODEL_DIR");
    await missing.dispose();
  });

  it("retries a failed load once the model files are in place", async () => {
    const late = createTransformersEmbedder({ ...modelConfig, id: "summit-test/arrives-late" });
    try {
      await expect(late.load()).rejects.toMatchObject({ code: "MODEL_LOAD" });
      await makeTinyModel(dir, { modelId: "summit-test/arrives-late" });
      await late.load();
      expect(late.dims).toBe(tiny.dims);
    } finally {
      await late.dispose();
    }
  });

  it("loads fp32 and quantized variants", async () => {
    const reported: string[] = [];
    const fp32 = await loadTransformersEmbedder(
      { ...modelConfig, dtype: "fp32" },
      { onProgress: (info) => reported.push(info.file) },
    );
    try {
      expect(fp32.id).toBe(`transformers:${tiny.modelId}:fp32:["query: ","passage: "]`);
      expect(reported).toContain("onnx/model.onnx");
      expect(reported).not.toContain("onnx/model_quantized.onnx");
      expect(fp32.dims).toBe(tiny.dims);
      // The fixture writes one graph under both names, so the variants must agree.
      const [a, b] = await Promise.all([fp32.embedQuery("central asia"), embedder.embedQuery("central asia")]);
      expect(dot(a, b)).toBeCloseTo(1, 5);
    } finally {
      await fp32.dispose();
    }
  });
});
