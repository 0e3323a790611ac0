/**
 * A failed ingest never loses or half-writes the index that was there before. Failures are
 * injected: an embedder that throws, a bad corpus, and a rename that fails (node:fs is wrapped
 * so that a test can make one renameSync call throw, as a full disk or a crash would).
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { VectorIndex } from "../../src/index/vector/vector-index.js";
import { SummitError } from "../../src/errors.js";
import { readIndex } from "../../src/index/storage/store.js";
import { buildIndex } from "../../src/ingest/pipeline.js";
import { buildFixtureIndex, copyCorpus, tempDirs, testConfig } from "../helpers/fixtures.js";

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

const tmp = tempDirs();

afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(fs.renameSync).mockReset();
});

/** Every file below `dir` with its checksum: equal snapshots mean nothing was touched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = createHash("sha256").update(readFileSync(full)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

async function builtIndex() {
  const root = tmp("summit-atomic-");
  const corpusDir = copyCorpus(join(root, "corpus"));
  const indexDir = join(root, "index");
  await buildFixtureIndex(corpusDir, indexDir);
  return { corpusDir, indexDir, before: snapshot(indexDir), passages: readIndex(indexDir).passages };
}

/** Renames into the new generation folder, of the generation folder into place, of the new manifest over the old. */
const INTO_STAGING = (to: string) => basename(dirname(to)).startsWith(".staging-");
const GENERATION = (to: string) => basename(to).startsWith("g-");
const MANIFEST = (to: string) => basename(to) === "manifest.json";

/** Makes the first renameSync call from now on whose destination `matches` throw, as a full disk would. */
function failRename(matches: (to: string) => boolean): void {
  let failed = false;
  const real = vi.mocked(fs.renameSync).getMockImplementation()!;
  vi.mocked(fs.renameSync).mockImplementation((from, to) => {
    if (!failed && matches(String(to))) {
      failed = true;
      throw Object.assign(new Error(`ENOSPC: no space left on device, rename '${String(from)}'`), { code: "ENOSPC" });
    }
    real(from, to);
  });
}

const leftovers = (indexDir: string) => readdirSync(indexDir).filter((n) => n.startsWith(".staging"));

describe("a failed ingest leaves the previous index readable and unchanged", () => {
  it("when building the vectors fails midway", async () => {
    const { corpusDir, indexDir, before, passages } = await builtIndex();
    appendFileSync(join(corpusDir, "trade-energy.md"), "\n新しい段落。\n");
    vi.spyOn(VectorIndex, "build").mockImplementationOnce(() => {
      throw new Error("vector graph crashed");
    });
    await expect(buildFixtureIndex(corpusDir, indexDir)).rejects.toThrow("vector graph crashed");
    expect(snapshot(indexDir)).toEqual(before);
    expect(readIndex(indexDir).passages).toEqual(passages);
  });

  it("when a corpus file is bad (and says the index was left as it was)", async () => {
    const { corpusDir, indexDir, before } = await builtIndex();
    writeFileSync(join(corpusDir, "broken.md"), "---\ntitle: 'unclosed\n---\n段落。\n");
    const err = await buildFixtureIndex(corpusDir, indexDir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SummitError);
    expect((err as SummitError).code).toBe("CORPUS");
    expect((err as SummitError).message).toBe(
      "1 corpus file(s) could not be read; the existing index was left as it was:\n" +
        "  broken.md:2: front matter: expected a closed single-quoted string, received 'unclosed\n" +
        "Fix them, or pass --skip-bad to index the other files.",
    );
    expect(snapshot(indexDir)).toEqual(before);
  });

  it("when a corpus file is bad and there is no index yet, says none was written", async () => {
    const corpusDir = copyCorpus(join(tmp("summit-first-build-"), "corpus"));
    const indexDir = join(tmp("summit-first-build-"), "index");
    writeFileSync(join(corpusDir, "broken.md"), "---\ntitle: 'unclosed\n---\n段落。\n");
    const err = await buildFixtureIndex(corpusDir, indexDir).catch((e: unknown) => e);
    expect((err as SummitError).message).toContain(
      `1 corpus file(s) could not be read; no index was written to ${indexDir}:\n  broken.md:2:`,
    );
    expect(existsSync(join(indexDir, "manifest.json"))).toBe(false);
  });

  it("when the corpus has no article left", async () => {
    const { indexDir, before } = await builtIndex();
    const empty = tmp("summit-empty-corpus-");
    await expect(buildFixtureIndex(empty, indexDir)).rejects.toMatchObject({
      code: "CORPUS",
      message: expect.stringContaining("expected at least one .md or .txt article, found none"),
    });
    expect(snapshot(indexDir)).toEqual(before);
  });

  for (const [what, step] of [
    ["the files streamed to the staging area", INTO_STAGING],
    ["the new generation", GENERATION],
  ] as const) {
    it(`when ${what} cannot be moved into place`, async () => {
      const { corpusDir, indexDir, before, passages } = await builtIndex();
      appendFileSync(join(corpusDir, "trade-energy.md"), "\n新しい段落。\n");
      failRename(step);
      await expect(buildFixtureIndex(corpusDir, indexDir)).rejects.toThrow(/ENOSPC/);
      expect(snapshot(indexDir)).toEqual(before);
      expect(leftovers(indexDir)).toEqual([]);
      expect(readIndex(indexDir).passages).toEqual(passages);
    });
  }

  it("when the corpus turns out bad after postings were written out as runs (and removes the runs)", async () => {
    const { corpusDir, indexDir, before } = await builtIndex();
    writeFileSync(join(corpusDir, "zz-broken.md"), "---\ntitle: 'unclosed\n---\n段落。\n");
    await expect(buildIndex({ corpusDir, indexDir, config: testConfig(), spillPostings: 20 })).rejects.toMatchObject({
      code: "CORPUS",
    });
    expect(snapshot(indexDir)).toEqual(before);
    expect(leftovers(indexDir)).toEqual([]);
  });

  it("when the new manifest cannot replace the old one", async () => {
    const { corpusDir, indexDir, passages } = await builtIndex();
    appendFileSync(join(corpusDir, "trade-energy.md"), "\n新しい段落。\n");
    failRename(MANIFEST);
    await expect(buildFixtureIndex(corpusDir, indexDir)).rejects.toThrow(/ENOSPC/);
    expect(readIndex(indexDir).passages).toEqual(passages);
    expect(leftovers(indexDir)).toEqual([]);
  });

  // Regression: rebuilding an unchanged corpus deleted the live generation folder (same content,
  // same name) before renaming the new one into place; a failure in between lost the index.
  it("regression: when re-ingesting an unchanged corpus fails before the manifest is replaced", async () => {
    const { corpusDir, indexDir, before, passages } = await builtIndex();
    failRename(MANIFEST);
    await expect(buildFixtureIndex(corpusDir, indexDir)).rejects.toThrow(/ENOSPC/);
    expect(readIndex(indexDir).passages).toEqual(passages);
    const after = snapshot(indexDir);
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
  });
});
