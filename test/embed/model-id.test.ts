import { describe, expect, it } from "vitest";
import { embedderMismatchFix, settingsThatOpen, transformersEmbedderId } from "../../src/embed/model-id.js";

const model = (id: string, queryPrefix = "", passagePrefix = "") =>
  ({ id, offline: true, dtype: "fp32", queryPrefix, passagePrefix }) as const;

describe("settingsThatOpen", () => {
  it("names SUMMIT_EMBEDDER=hash for any hash embedder version", () => {
    expect(settingsThatOpen("hash-ngram-v3")).toBe("SUMMIT_EMBEDDER=hash");
  });

  it("names the model id and dtype an index records, read back from transformersEmbedderId", () => {
    expect(settingsThatOpen(transformersEmbedderId(model("summit-test/tiny-bert")))).toBe(
      "SUMMIT_EMBEDDER=transformers SUMMIT_MODEL_ID=summit-test/tiny-bert SUMMIT_MODEL_DTYPE=fp32 (and SUMMIT_MODEL_DIR to the folder holding summit-test/tiny-bert/)",
    );
  });

  it("spells out prefixes only where they differ from the E5 defaults config.ts gives", () => {
    const e5 = settingsThatOpen(transformersEmbedderId(model("Xenova/multilingual-e5-small", "query: ", "passage: ")));
    expect(e5).not.toContain("PREFIX");
    const other = settingsThatOpen(transformersEmbedderId(model("acme/bert", "q: ", "")));
    expect(other).toContain('SUMMIT_QUERY_PREFIX="q: "');
    expect(other).not.toContain("SUMMIT_PASSAGE_PREFIX");
  });

  it("offers only the rebuild for an id none of our embedders records", () => {
    expect(settingsThatOpen("word2vec:1")).toBeUndefined();
    expect(embedderMismatchFix("word2vec:1", "summit-bot ingest --index i")).toBe(
      "rebuild it for the configured embedder with `summit-bot ingest --index i`",
    );
  });
});
