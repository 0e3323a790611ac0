import { appendFileSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openEngine } from "../../src/engine/open.js";
import { SummitError } from "../../src/errors.js";
import { assertFresh, corpusChanges } from "../../src/index/storage/freshness.js";
import { hashCorpusFile, type CorpusRoot } from "../../src/corpus/load.js";
import { buildIndex } from "../../src/ingest/pipeline.js";
import { readManifest } from "../../src/index/storage/store.js";
import { buildFixtureIndex, copyCorpus, tempDirs, testConfig } from "../helpers/fixtures.js";

const tmp = tempDirs();

/** A fresh copy of the fixture corpus and an index of it. */
async function indexed(options: { skipBad?: boolean; setup?: (corpusDir: string) => void } = {}) {
  const root = tmp("summit-fresh-");
  const corpusDir = copyCorpus(join(root, "corpus"));
  options.setup?.(corpusDir);
  const indexDir = join(root, "index");
  const summary = await buildFixtureIndex(corpusDir, indexDir, options);
  return { root, corpusDir, indexDir, summary };
}

async function opens(indexDir: string, skipFreshness = false): Promise<SummitError | "opened"> {
  try {
    const engine = await openEngine(testConfig(), { indexDir, skipFreshness });
    await engine.close();
    return "opened";
  } catch (err) {
    if (err instanceof SummitError) return err;
    throw err;
  }
}

const staleError = (result: SummitError | "opened") => {
  expect(result).toBeInstanceOf(SummitError);
  expect((result as SummitError).code).toBe("INDEX_STALE");
  return (result as SummitError).message;
};

describe("a stale index (the corpus changed since ingest) is refused, naming the files", () => {
  it("a changed file", async () => {
    const { corpusDir, indexDir } = await indexed();
    appendFileSync(join(corpusDir, "trade-energy.md"), "\n追記された段落。\n");
    const message = staleError(await opens(indexDir));
    expect(message).toBe(
      `index at ${indexDir} is stale: the corpus at ${corpusDir} changed since it was built (changed: trade-energy.md); run \`summit-bot ingest --corpus ${corpusDir} --index ${indexDir}\``,
    );
  });

  it("an index built with --skip-bad is told to be rebuilt with it, naming the files it left out", async () => {
    const { corpusDir, indexDir } = await indexed({
      skipBad: true,
      setup: (dir) =>
        writeFileSync(join(dir, "bad-date.md"), "---\ntitle: 日付の誤り\npublished: 2025-13-40\n---\n段落。\n"),
    });
    appendFileSync(join(corpusDir, "trade-energy.md"), "\n追記された段落。\n");
    expect(staleError(await opens(indexDir))).toBe(
      `index at ${indexDir} is stale: the corpus at ${corpusDir} changed since it was built (changed: trade-energy.md); run \`summit-bot ingest --corpus ${corpusDir} --index ${indexDir} --skip-bad\` (it was built with --skip-bad, which left out bad-date.md)`,
    );
    // The command it names rebuilds the index, though the bad file is still bad.
    await buildFixtureIndex(corpusDir, indexDir, { skipBad: true });
    expect(await opens(indexDir)).toBe("opened");
  });

  it("an added file and a removed one", async () => {
    const { corpusDir, indexDir } = await indexed();
    writeFileSync(join(corpusDir, "new-article.md"), "---\ntitle: 新しい記事\n---\n段落。\n");
    rmSync(join(corpusDir, "astana-brief.txt"));
    expect(staleError(await opens(indexDir))).toContain("(added: new-article.md; removed: astana-brief.txt)");
  });

  it("a renamed file is one removed and one added", async () => {
    const { corpusDir, indexDir } = await indexed();
    renameSync(join(corpusDir, "xian-summit-2023.md"), join(corpusDir, "xian-2023.md"));
    expect(staleError(await opens(indexDir))).toContain("(added: xian-2023.md; removed: xian-summit-2023.md)");
  });

  it("is fresh again after re-ingest", async () => {
    const { corpusDir, indexDir } = await indexed();
    appendFileSync(join(corpusDir, "trade-energy.md"), "\n追記された段落。\n");
    await buildFixtureIndex(corpusDir, indexDir);
    expect(await opens(indexDir)).toBe("opened");
  });
});

describe("what does not make an index stale", () => {
  it("changes to the README and to files that are not articles", async () => {
    const { corpusDir, indexDir } = await indexed();
    appendFileSync(join(corpusDir, "README.md"), "\nもう一行。\n");
    writeFileSync(join(corpusDir, "notes.json"), "{}");
    writeFileSync(join(corpusDir, "image.png"), Buffer.from([0x89, 0x50]));
    expect(() => assertFresh(indexDir, readManifest(indexDir))).not.toThrow();
    expect(await opens(indexDir)).toBe("opened");
  });

  it("a corpus folder that is gone (an index copied elsewhere)", async () => {
    const { corpusDir, indexDir } = await indexed();
    rmSync(corpusDir, { recursive: true });
    expect(await opens(indexDir)).toBe("opened");
  });

  it("opening with skipFreshness (benchmarks over a copied index)", async () => {
    const { corpusDir, indexDir } = await indexed();
    appendFileSync(join(corpusDir, "trade-energy.md"), "\n追記。\n");
    expect(await opens(indexDir, true)).toBe("opened");
  });

  // Regression: files rejected by `ingest --skip-bad` were left out of the manifest's corpus
  // hashes, so the index it had just written was refused at once as stale ("added: bad.md").
  it("regression: an index built with --skip-bad is fresh, until a rejected file changes", async () => {
    const { corpusDir, indexDir, summary } = await indexed({
      skipBad: true,
      setup: (dir) => writeFileSync(join(dir, "bad.md"), "no front matter here\n"),
    });
    expect(summary.rejected.map((e) => e.message)).toEqual([
      "bad.md:1: front matter: expected a `title:` field, received none",
    ]);
    expect(summary.documents).toBe(4);
    expect(await opens(indexDir)).toBe("opened");
    writeFileSync(join(corpusDir, "bad.md"), "---\ntitle: 直した記事\n---\n段落。\n");
    expect(staleError(await opens(indexDir))).toContain("(changed: bad.md)");
  });
});

describe("opening reads only the corpus files whose stamp (size, mtime, ctime) moved since ingest", () => {
  /** An index built with the ingest clock an hour ahead, so every file counts as settled and its stamp is kept. */
  async function settled(setup?: (corpusDir: string) => void) {
    const root = tmp("summit-stamps-");
    const corpusDir = copyCorpus(join(root, "corpus"));
    setup?.(corpusDir);
    const indexDir = join(root, "index");
    const now = new Date(Date.now() + 3_600_000).toISOString();
    await buildIndex({ corpusDir, indexDir, config: testConfig(), now });
    return { corpusDir, indexDir };
  }
  const counting = () => {
    const read: string[] = [];
    return { read, hash: (root: CorpusRoot, file: string) => (read.push(file), hashCorpusFile(root, file)) };
  };

  it("an untouched corpus is not read at all, and opens", async () => {
    const { corpusDir, indexDir } = await settled();
    const manifest = readManifest(indexDir);
    expect(Object.keys(manifest.corpus.stamps ?? {}).sort()).toEqual(Object.keys(manifest.corpus.files).sort());
    const { read, hash } = counting();
    expect(corpusChanges(corpusDir, manifest, hash)).toEqual({ changed: [], added: [], removed: [] });
    expect(read).toEqual([]);
    expect(await opens(indexDir)).toBe("opened");
  });

  it("a file touched but not changed is read, and is not stale", async () => {
    const { corpusDir, indexDir } = await settled();
    const later = new Date(Date.now() + 7_200_000);
    utimesSync(join(corpusDir, "trade-energy.md"), later, later);
    const { read, hash } = counting();
    expect(corpusChanges(corpusDir, readManifest(indexDir), hash)).toEqual({ changed: [], added: [], removed: [] });
    expect(read).toEqual(["trade-energy.md"]);
  });

  it("a file rewritten to the same size with its modification time set back is still found changed", async () => {
    // A whole second, which utimes sets back exactly.
    const then = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    const { corpusDir, indexDir } = await settled((dir) => utimesSync(join(dir, "trade-energy.md"), then, then));
    const path = join(corpusDir, "trade-energy.md");
    const before = statSync(path);
    const text = readFileSync(path, "utf8");
    // Same length in bytes: one ASCII digit for another, or a letter if the article has no digit.
    const edited = /\d/.test(text)
      ? text.replace(/\d/, (d) => String((Number(d) + 1) % 10))
      : text.replace(/[a-z]/, "x");
    expect(edited).not.toBe(text);
    writeFileSync(path, edited);
    utimesSync(path, then, then);
    expect(statSync(path).size).toBe(before.size);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    expect(staleError(await opens(indexDir))).toContain("(changed: trade-energy.md)");
  });

  it("keeps no stamp for a file changed just before ingest took it (it is hashed at open)", async () => {
    const { corpusDir, indexDir } = await indexed();
    expect(readManifest(indexDir).corpus.stamps).toEqual({});
    const { read, hash } = counting();
    corpusChanges(corpusDir, readManifest(indexDir), hash);
    expect(read.sort()).toEqual(Object.keys(readManifest(indexDir).corpus.files).sort());
  });
});
