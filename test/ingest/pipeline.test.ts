/**
 * The streaming ingest: analysis on worker threads gives the same index as on one thread, in
 * file order; the hashed embedder's vectors computed from the postings equal embedding each
 * passage's keyword terms; the vectors are stored once, in the graph files.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { HashEmbedder } from "../../src/embed/hash.js";
import { HASH_DIMS } from "../../src/embed/registry.js";
import { keywordTerms } from "../../src/index/fields.js";
import { readIndex, readManifest } from "../../src/index/storage/store.js";
import { buildKeywordIndex, KeywordIndex } from "../../src/index/keyword/keyword-index.js";
import { buildIndex } from "../../src/ingest/pipeline.js";
import { hashVectorsFromPostings } from "../../src/ingest/hash-vectors.js";
import { ENGINE_CORPUS, tempDirs, testConfig } from "../helpers/fixtures.js";

const tmp = tempDirs();

/** A corpus of `n` articles (enough files for ingest to start worker threads), with varied text. */
function manyArticles(n: number): string {
  const dir = tmp("summit-ingest-many-");
  const words = ["首脳会談", "貿易", "協力", "エネルギー", "鉄道", "投資", "文化交流", "安全保障", "農業", "観光"];
  for (let i = 0; i < n; i++) {
    const w = (k: number) => words[(i * 7 + k) % words.length]!;
    const body = [
      `第${i}回の${w(0)}について${w(1)}の合意が発表された。`,
      `${w(2)}と${w(3)}の計画は${i + 3}件に上る。`,
      `関係者は${w(4)}の重要性を強調した。`,
    ];
    writeFileSync(
      join(dir, `article-${String(i).padStart(3, "0")}.md`),
      `---\ntitle: "記事${i} ${w(5)}"\n---\n${body.join("\n\n")}\n`,
    );
  }
  return dir;
}

describe("streaming ingest", () => {
  it("builds the same index with analysis on worker threads as on the calling thread", async () => {
    const corpusDir = manyArticles(80);
    const threaded = join(tmp(), "threaded");
    const inline = join(tmp(), "inline");
    const a = await buildIndex({ corpusDir, indexDir: threaded, config: testConfig(), threads: 2 });
    const b = await buildIndex({ corpusDir, indexDir: inline, config: testConfig(), threads: 0 });
    expect(a.paragraphs).toBe(240);
    expect(a.manifest.files).toEqual(b.manifest.files);
    expect(a.manifest.generation).toBe(b.manifest.generation);
    const passages = readIndex(threaded).passages;
    expect(passages.map((p) => p.id).slice(0, 4)).toEqual([
      "article-000#1",
      "article-000#2",
      "article-000#3",
      "article-001#1",
    ]);
  });

  it("reports a duplicate document id across batches as an error of the later file, in file order", async () => {
    const corpusDir = manyArticles(70);
    writeFileSync(join(corpusDir, "zz-copy.md"), "---\ntitle: 重複\n---\n段落。\n");
    writeFileSync(join(corpusDir, "article-005.txt"), "重複した記事\n段落。\n");
    const summary = await buildIndex({
      corpusDir,
      indexDir: join(tmp(), "index"),
      config: testConfig(),
      threads: 2,
      skipBad: true,
    });
    expect(summary.rejected.map((e) => e.file)).toEqual(["article-005.txt"]);
    expect(summary.rejected[0]!.message).toContain('expected a unique document id, received "article-005"');
    expect(summary.documents).toBe(71);
  });

  it("stores the vectors once, in the graph files, and reads them back", async () => {
    const indexDir = join(tmp(), "index");
    await buildIndex({ corpusDir: ENGINE_CORPUS, indexDir, config: testConfig() });
    const manifest = readManifest(indexDir);
    expect(Object.keys(manifest.files).filter((f) => f.startsWith("vectors"))).toEqual(["vectors.hnsw"]);
    expect(readdirSync(join(indexDir, manifest.generation)).some((f) => f.endsWith(".f32"))).toBe(false);
    const index = readIndex(indexDir);
    expect(index.vectors.size).toBe(index.passages.length);
    const v = index.vectors.vector(3);
    expect(v).toHaveLength(HASH_DIMS);
    expect(index.vectors.similarity(v, 3)).toBeCloseTo(1, 5);
    expect(index.vectors.search(v, 1)[0]![0]).toBe(3);
  });

  it("writes byte-identical index files whether postings spill to many sorted runs or stay in memory", async () => {
    const corpusDir = manyArticles(70);
    const files = (indexDir: string) => {
      const generation = readManifest(indexDir).generation;
      return Object.fromEntries(
        ["manifest.json", ...readdirSync(join(indexDir, generation)).map((f) => join(generation, f))].map((f) => [
          f,
          readFileSync(join(indexDir, f)),
        ]),
      );
    };
    const built = [];
    for (const spillPostings of [7, 500, Number.MAX_SAFE_INTEGER]) {
      const indexDir = join(tmp(), `spill-${spillPostings}`);
      // One clock for the three builds: the manifest's file stamps are kept alike (index/storage/corpus-stamps.ts).
      const now = "2100-01-01T00:00:00.000Z";
      await buildIndex({ corpusDir, indexDir, config: testConfig(), threads: 2, spillPostings, now });
      expect(readdirSync(indexDir).filter((f) => f.startsWith("."))).toEqual([]);
      built.push(files(indexDir));
    }
    const [many, some, none] = built;
    expect(Object.keys(none!)).toEqual([
      "manifest.json",
      expect.stringMatching(/copies\.bin$/),
      expect.stringMatching(/keyword\.bin$/),
      expect.stringMatching(/passages\.bin$/),
      expect.stringMatching(/quote-postings\.bin$/),
      expect.stringMatching(/quotes\.bin$/),
      expect.stringMatching(/reverse\.bin$/),
      expect.stringMatching(/vectors\.hnsw$/),
      expect.stringMatching(/vocabulary\.bin$/),
    ]);
    for (const other of [many!, some!]) {
      expect(Object.keys(other)).toEqual(Object.keys(none!));
      for (const [name, bytes] of Object.entries(none!)) expect(other[name]!.equals(bytes), name).toBe(true);
    }
  });

  it("leaves no temporary graph files in the index folder", async () => {
    const indexDir = join(tmp(), "index");
    await buildIndex({ corpusDir: manyArticles(70), indexDir, config: testConfig(), threads: 2 });
    expect(readdirSync(indexDir).filter((f) => f.startsWith("."))).toEqual([]);
  });
});

describe("hashed vectors from the postings", () => {
  it("equal embedding each passage's keyword terms one by one", () => {
    const corpus = loadCorpus(ENGINE_CORPUS);
    const passages = corpus.documents.flatMap((d) => d.passages.map((p) => ({ p, meta: d.meta })));
    const data = buildKeywordIndex(passages.map(({ p, meta }) => keywordTerms(p, meta)));
    const embedder = new HashEmbedder(64, new KeywordIndex(data));
    const rows = hashVectorsFromPostings(data, 64);
    passages.forEach(({ p, meta }, i) => {
      const expected = embedder.embedTerms(keywordTerms(p, meta));
      const got = rows.subarray(i * 64, (i + 1) * 64);
      for (let j = 0; j < 64; j++) expect(got[j]).toBeCloseTo(expected[j]!, 5);
    });
  });
});
