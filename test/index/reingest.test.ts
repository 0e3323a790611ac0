/**
 * Re-ingest reuses the vectors of unchanged documents when the embedder's vectors do not depend
 * on the corpus (a neural model: here the tiny generated BERT-shaped model run through the real
 * transformers.js pipeline), and re-embeds everything with the corpus-weighted hash embedder.
 */
import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HASH_EMBEDDER_VERSION } from "../../src/embed/hash.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../../src/config.js";
import { openEngine } from "../../src/engine/open.js";
import { SummitError } from "../../src/errors.js";
import { readIndex } from "../../src/index/storage/store.js";
import { buildIndex, type BuildSummary } from "../../src/ingest/pipeline.js";
import { readStoredVectors } from "../../src/index/storage/store.js";
import { makeTinyModel } from "../fixtures/make-tiny-model.js";
import { buildFixtureIndex, copyCorpus, tempDirs, testConfig } from "../helpers/fixtures.js";

const tmp = tempDirs();
let transformers: Config;

beforeAll(async () => {
  const modelDir = tmp("summit-reingest-model-");
  const tiny = await makeTinyModel(modelDir);
  transformers = {
    ...testConfig(),
    embedder: "transformers",
    model: {
      id: tiny.modelId,
      localDir: modelDir,
      offline: true,
      dtype: "q8",
      queryPrefix: "query: ",
      passagePrefix: "passage: ",
    },
  };
});

function fixture() {
  const root = tmp("summit-reingest-");
  return { corpusDir: copyCorpus(join(root, "corpus")), indexDir: join(root, "index") };
}

const ingestWith = (config: Config, corpusDir: string, indexDir: string): Promise<BuildSummary> =>
  buildIndex({ corpusDir, indexDir, config });

describe("re-ingest with a corpus-independent embedder (transformers)", () => {
  it("embeds everything the first time, then reuses the vectors of unchanged documents", async () => {
    const { corpusDir, indexDir } = fixture();
    const first = await ingestWith(transformers, corpusDir, indexDir);
    expect(first.manifest.embedder.id).toMatch(/^transformers:/);
    expect([first.embeddedVectors, first.reusedVectors]).toEqual([13, 0]);

    const again = await ingestWith(transformers, corpusDir, indexDir);
    expect([again.embeddedVectors, again.reusedVectors]).toEqual([0, 13]);

    // trade-energy.md has 3 paragraphs; a fourth is added. Only its 4 passages are embedded.
    const before = readStoredVectors(indexDir)!.byPassage;
    appendFileSync(join(corpusDir, "trade-energy.md"), "\n輸出の伸びは機械が牽引した。\n");
    writeFileSync(join(corpusDir, "new-article.txt"), "新しい記事\n一つ目の段落。\n二つ目の段落。\n");
    const changed = await ingestWith(transformers, corpusDir, indexDir);
    expect([changed.embeddedVectors, changed.reusedVectors]).toEqual([4 + 2, 13 - 3]);
    const after = readStoredVectors(indexDir)!.byPassage;
    expect(after.get("xian-summit-2023#3")).toEqual(before.get("xian-summit-2023#3"));
    expect(after.size).toBe(13 + 1 + 2);
  });

  it("answers from the index it built, with the same embedder", async () => {
    const { corpusDir, indexDir } = fixture();
    await ingestWith(transformers, corpusDir, indexDir);
    const engine = await openEngine(transformers, { indexDir });
    try {
      const answer = await engine.ask("天然ガスパイプラインのD線");
      expect(answer.results[0]?.id).toBe("astana-summit-2025#3");
    } finally {
      await engine.close();
    }
  });

  it("does not reuse vectors made by another embedder", async () => {
    const { corpusDir, indexDir } = fixture();
    await buildFixtureIndex(corpusDir, indexDir);
    const switched = await ingestWith(transformers, corpusDir, indexDir);
    expect([switched.embeddedVectors, switched.reusedVectors]).toEqual([13, 0]);
  });

  it("an index it built is refused by the hash embedder, naming both embedders", async () => {
    const { corpusDir, indexDir } = fixture();
    await ingestWith(transformers, corpusDir, indexDir);
    const built = readIndex(indexDir).manifest.embedder;
    const err = await openEngine(testConfig(), { indexDir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SummitError);
    expect((err as SummitError).code).toBe("INDEX_EMBEDDER_MISMATCH");
    expect((err as SummitError).message).toContain(
      `was built with embedder ${built.id} (dims ${built.dims}); the configured embedder is hash-ngram-v${HASH_EMBEDDER_VERSION}`,
    );
  });
});

describe("re-ingest with the hash embedder", () => {
  it("re-embeds every passage, since its term weights depend on the whole corpus", async () => {
    const { corpusDir, indexDir } = fixture();
    const first = await buildFixtureIndex(corpusDir, indexDir);
    expect([first.embeddedVectors, first.reusedVectors]).toEqual([13, 0]);
    appendFileSync(join(corpusDir, "trade-energy.md"), "\n輸出の伸びは機械が牽引した。\n");
    const second = await buildFixtureIndex(corpusDir, indexDir);
    expect([second.embeddedVectors, second.reusedVectors]).toEqual([14, 0]);
  });
});
