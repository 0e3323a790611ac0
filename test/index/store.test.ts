import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HASH_EMBEDDER_VERSION } from "../../src/embed/hash.js";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { HASH_DIMS } from "../../src/embed/registry.js";
import { HashEmbedder } from "../../src/embed/hash.js";
import { openEngine } from "../../src/engine/open.js";
import { SummitError } from "../../src/errors.js";
import { keywordTerms } from "../../src/index/fields.js";
import { corpusDirOf, readIndex, readManifest } from "../../src/index/storage/store.js";
import { MANIFEST } from "../../src/index/storage/files.js";
import { type Manifest } from "../../src/index/storage/manifest.js";
import { INDEX_FORMAT } from "../../src/index/storage/manifest.js";
import { buildFixtureIndex, copyCorpus, tempDirs, testConfig } from "../helpers/fixtures.js";
import { errorOf, indexCopy as copyIndex } from "../helpers/index-copies.js";

const tmp = tempDirs();
let root: string;
let corpusDir: string;
let indexDir: string;
/** An index of another corpus (one article of the fixture's). */
let otherIndex: string;

beforeAll(async () => {
  root = tmp("summit-store-");
  corpusDir = copyCorpus(join(root, "corpus"));
  indexDir = join(root, "index");
  await buildFixtureIndex(corpusDir, indexDir);
  const otherCorpus = join(root, "other-corpus");
  mkdirSync(otherCorpus);
  cpSync(join(corpusDir, "trade-energy.md"), join(otherCorpus, "trade-energy.md"));
  otherIndex = join(root, "other-index");
  await buildFixtureIndex(otherCorpus, otherIndex);
});

const indexCopy = (): string => copyIndex(indexDir, root);

async function openError(dir: string): Promise<SummitError> {
  const err = await openEngine(testConfig(), { indexDir: dir }).then(
    async (engine) => {
      await engine.close();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SummitError);
  return err as SummitError;
}

const dataFile = (dir: string, name: string) => join(dir, readManifest(dir).generation, name);

describe("building then reading an index", () => {
  it("reads back every passage, document and the embedder that built it", () => {
    const corpus = loadCorpus(corpusDir);
    const data = readIndex(indexDir);
    expect(data.passages).toEqual(corpus.documents.flatMap((d) => d.passages));
    expect(data.manifest.documents).toEqual(corpus.documents.map((d) => d.meta));
    expect(data.manifest.passages).toBe(13);
    expect(data.manifest.embedder).toEqual({ id: `hash-ngram-v${HASH_EMBEDDER_VERSION}`, dims: HASH_DIMS });
    expect(data.keyword.size).toBe(13);
    expect(data.vectors.size).toBe(13);
    const { stamps, ...corpusEntry } = data.manifest.corpus;
    expect(corpusEntry).toEqual({
      dir: "../corpus",
      files: Object.fromEntries(corpus.documents.map((d) => [d.meta.file, d.meta.hash])),
    });
    // Stamps (index/storage/corpus-stamps.ts) only of files whose hash is recorded.
    for (const file of Object.keys(stamps ?? {})) expect(corpusEntry.files).toHaveProperty([file]);
  });

  it("stores each passage's own unit vector, in passage order, searchable by nearest neighbour", () => {
    const data = readIndex(indexDir);
    const embedder = new HashEmbedder(HASH_DIMS, data.keyword);
    const metaOf = new Map(data.manifest.documents.map((d) => [d.docId, d]));
    data.passages.forEach((p, i) => {
      const v = embedder.embedTerms(keywordTerms(p, metaOf.get(p.docId)!));
      expect(data.vectors.similarity(v, i)).toBeCloseTo(1, 5);
      expect(data.vectors.search(v, 1)[0]![0]).toBe(i);
    });
  });

  it("keeps one generation folder, named by content: rebuilding an unchanged corpus reproduces the same index", async () => {
    const first = readFileSync(join(indexDir, MANIFEST), "utf8");
    const again = join(root, "again");
    const summary = await buildFixtureIndex(corpusDir, again);
    // Same corpus folder, different index folder: only the relative corpus path may differ, and
    // the file stamps (kept once a file has been unchanged for a while: corpus-stamps.ts).
    expect({ ...summary.manifest, corpus: { ...summary.manifest.corpus, dir: "", stamps: {} } }).toEqual({
      ...(JSON.parse(first) as Manifest),
      corpus: { ...(JSON.parse(first) as Manifest).corpus, dir: "", stamps: {} },
    });
    await buildFixtureIndex(corpusDir, again);
    expect(readdirSync(again).sort()).toEqual([summary.manifest.generation, MANIFEST].sort());
  });
});

describe("a damaged or missing index is detected on load, with the command that fixes it", () => {
  it("a truncated data file", () => {
    const dir = indexCopy();
    const file = dataFile(dir, "vectors.hnsw");
    const bytes = readFileSync(file).length;
    truncateSync(file, bytes - 100);
    const e = errorOf(() => readIndex(dir));
    expect(e.code).toBe("INDEX_CORRUPT");
    expect(e.message).toBe(
      `index at ${dir} is damaged (vectors.hnsw: expected ${bytes} bytes, found ${bytes - 100}); rebuild it with \`summit-bot ingest --corpus ${corpusDir} --index ${dir}\``,
    );
  });

  it("a data file whose contents changed but not its size", () => {
    const dir = indexCopy();
    const file = dataFile(dir, "keyword.bin");
    const bytes = readFileSync(file);
    // One bit of one posting, in the middle of the file: the size stays, the checksum does not.
    bytes[bytes.length >> 1]! ^= 0x01;
    writeFileSync(file, bytes);
    const e = errorOf(() => readIndex(dir));
    expect(e.code).toBe("INDEX_CORRUPT");
    expect(e.message).toContain("keyword.bin: contents do not match the manifest's checksum");
    expect(e.message).toContain(`summit-bot ingest --corpus ${corpusDir} --index ${dir}`);
  });

  it("a missing data file", () => {
    const dir = indexCopy();
    rmSync(dataFile(dir, "vectors.hnsw"));
    const e = errorOf(() => readIndex(dir));
    expect(e.code).toBe("INDEX_CORRUPT");
    expect(e.message).toMatch(/g-[0-9a-f]{16}\/vectors\.hnsw is missing/);
  });

  it("a truncated manifest, and one of another format", () => {
    const dir = indexCopy();
    const path = join(dir, MANIFEST);
    const manifest = readFileSync(path, "utf8");
    writeFileSync(path, manifest.slice(0, manifest.length / 2));
    const truncated = errorOf(() => readIndex(dir));
    expect(truncated.code).toBe("INDEX_CORRUPT");
    expect(truncated.message).toMatch(/manifest\.json is not valid JSON/);
    // A manifest that cannot be read names no corpus: the command says to give it.
    expect(truncated.message).toContain(
      `rebuild it with \`summit-bot ingest --corpus DIR --index ${dir}\`, DIR being your folder of articles (without --corpus, ingest reads the default corpus)`,
    );

    writeFileSync(path, JSON.stringify({ ...(JSON.parse(manifest) as Manifest), format: 0 }));
    const old = errorOf(() => readIndex(dir));
    expect(old.code).toBe("INDEX_CORRUPT");
    expect(old.message).toContain(`has format 0/ngram12-v1, expected ${INDEX_FORMAT}/ngram12-v1`);
  });

  it("the quote checker's index (quotes.bin, quote-postings.bin): damaged, missing, not listed, or built for other paragraphs", () => {
    const damaged = indexCopy();
    const file = dataFile(damaged, "quotes.bin");
    const bytes = readFileSync(file);
    bytes[bytes.length >> 1]! ^= 0x01;
    writeFileSync(file, bytes);
    expect(errorOf(() => readIndex(damaged)).message).toBe(
      `index at ${damaged} is damaged (quotes.bin: contents do not match the manifest's checksum); rebuild it with \`summit-bot ingest --corpus ${corpusDir} --index ${damaged}\``,
    );

    const damagedPostings = indexCopy();
    const postingsPath = dataFile(damagedPostings, "quote-postings.bin");
    const postings = readFileSync(postingsPath);
    writeFileSync(postingsPath, postings.subarray(0, postings.length - 3));
    expect(errorOf(() => readIndex(damagedPostings)).message).toContain(
      `quote-postings.bin: expected ${postings.length} bytes, found ${postings.length - 3}); rebuild it with`,
    );

    const missing = indexCopy();
    rmSync(dataFile(missing, "quotes.bin"));
    expect(errorOf(() => readIndex(missing)).message).toMatch(
      /g-[0-9a-f]{16}\/quotes\.bin is missing\); rebuild it with `summit-bot ingest/,
    );

    const unlisted = indexCopy();
    const path = join(unlisted, MANIFEST);
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    const { ["quotes.bin"]: _, ...files } = manifest.files;
    writeFileSync(path, JSON.stringify({ ...manifest, files }));
    const e = errorOf(() => readIndex(unlisted));
    expect(e.code).toBe("INDEX_CORRUPT");
    expect(e.message).toContain("the manifest lists no quotes.bin");

    // The quote index of a one-article corpus in place of this one's, its manifest entry made to match: checksums pass, the paragraphs do not.
    const stale = indexCopy();
    const other = otherIndex;
    const otherFile = readFileSync(dataFile(other, "quotes.bin"));
    writeFileSync(dataFile(stale, "quotes.bin"), otherFile);
    const staleManifest = JSON.parse(readFileSync(join(stale, MANIFEST), "utf8")) as Manifest;
    writeFileSync(
      join(stale, MANIFEST),
      JSON.stringify({
        ...staleManifest,
        files: { ...staleManifest.files, "quotes.bin": readManifest(other).files["quotes.bin"] },
      }),
    );
    const s = errorOf(() => readIndex(stale));
    expect(s.code).toBe("INDEX_CORRUPT");
    expect(s.message).toMatch(
      /quotes\.bin: expected the index of \d+ paragraphs of \d+ characters, found one of \d+ paragraphs/,
    );
    expect(s.message).toContain(`summit-bot ingest --corpus ${corpusDir} --index ${stale}`);
  });

  it("an index of the previous format (2, without the quote checker's index) is refused with the command that rebuilds it", () => {
    const dir = indexCopy();
    const path = join(dir, MANIFEST);
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    const { ["quotes.bin"]: _, ...files } = manifest.files;
    rmSync(dataFile(dir, "quotes.bin"));
    writeFileSync(path, JSON.stringify({ ...manifest, format: 2, files }));
    const e = errorOf(() => readIndex(dir));
    expect(e.code).toBe("INDEX_CORRUPT");
    expect(e.message).toBe(
      `index at ${dir} has format 2/ngram12-v1, expected ${INDEX_FORMAT}/ngram12-v1; rebuild it with \`summit-bot ingest --corpus ${corpusDir} --index ${dir}\``,
    );
  });

  it("an index of the previous format (3, without reverse.bin) is refused with the command that rebuilds it", async () => {
    const dir = indexCopy();
    const path = join(dir, MANIFEST);
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    const { ["reverse.bin"]: _, ...files } = manifest.files;
    rmSync(dataFile(dir, "reverse.bin"));
    writeFileSync(path, JSON.stringify({ ...manifest, format: 3, files }));
    const rebuild = `index at ${dir} has format 3/ngram12-v1, expected ${INDEX_FORMAT}/ngram12-v1; rebuild it with \`summit-bot ingest --corpus ${corpusDir} --index ${dir}\``;
    expect(errorOf(() => readIndex(dir)).message).toBe(rebuild);
    const e = await openError(dir);
    expect(e.code).toBe("INDEX_CORRUPT");
    expect(e.message).toBe(rebuild);
  });

  it("a format-4 index whose reverse.bin is missing or damaged is refused as damaged", async () => {
    const missing = indexCopy();
    rmSync(dataFile(missing, "reverse.bin"));
    expect(errorOf(() => readIndex(missing)).message).toContain("reverse.bin is missing");
    const damaged = indexCopy();
    truncateSync(dataFile(damaged, "reverse.bin"), 10);
    const e = await openError(damaged);
    expect(e.code).toBe("INDEX_CORRUPT");
    expect(e.message).toContain("reverse.bin: expected");
  });

  it("through openEngine as well", async () => {
    const dir = indexCopy();
    truncateSync(dataFile(dir, "passages.bin"), 10);
    const e = await openError(dir);
    expect(e.code).toBe("INDEX_CORRUPT");
    expect(e.message).toContain(`summit-bot ingest --corpus ${corpusDir} --index ${dir}`);
  });

  it("no index at all: INDEX_MISSING, saying how to build one", async () => {
    for (const dir of [tmp("summit-empty-"), join(root, "does-not-exist")]) {
      const e = errorOf(() => readIndex(dir));
      expect(e.code).toBe("INDEX_MISSING");
      expect(e.message).toBe(
        `expected an index at ${dir} (manifest.json), found none; build it with \`summit-bot ingest --corpus DIR --index ${dir}\`, DIR being your folder of articles (without --corpus, ingest reads the default corpus)`,
      );
      expect((await openError(dir)).code).toBe("INDEX_MISSING");
    }
  });

  it("an index built by another embedder: INDEX_EMBEDDER_MISMATCH naming both", async () => {
    const dir = indexCopy();
    const path = join(dir, MANIFEST);
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    // The manifest is not among the checksummed files: only the embedder named in it changes.
    writeFileSync(
      path,
      JSON.stringify({ ...manifest, embedder: { id: "transformers:acme/model:q8", dims: HASH_DIMS } }),
    );
    expect(readIndex(dir).manifest.embedder.id).toBe("transformers:acme/model:q8");
    const e = await openError(dir);
    expect(e.code).toBe("INDEX_EMBEDDER_MISMATCH");
    expect(e.message).toContain(`built with embedder transformers:acme/model:q8 (dims ${HASH_DIMS})`);
    expect(e.message).toContain(`the configured embedder is hash-ngram-v${HASH_EMBEDDER_VERSION} (dims ${HASH_DIMS})`);
    // The rebuild keeps the index's own corpus (without --corpus, ingest would read ./corpus), and
    // the settings that open the index as built are named: ask and the bot read only the environment.
    expect(e.message).toContain(
      `set SUMMIT_EMBEDDER=transformers SUMMIT_MODEL_ID=acme/model SUMMIT_MODEL_DTYPE=q8 (and SUMMIT_MODEL_DIR to the folder holding acme/model/)`,
    );
    expect(e.message).toContain(
      `rebuild it for the configured embedder with \`summit-bot ingest --corpus ${corpusDirOf(dir, manifest)} --index ${dir}\``,
    );
  });

  it("leaves no temporary folders behind after a successful build", () => {
    expect(readdirSync(indexDir).filter((n) => n.startsWith(".staging") || n.includes(".tmp"))).toEqual([]);
    expect(existsSync(join(indexDir, readManifest(indexDir).generation))).toBe(true);
  });
});
