/**
 * Regression tests for hostile or careless corpus folders (issue #8, items 1, 3 and 5): links out
 * of the corpus, dangling links such as editors' lock files, named pipes, links to devices and
 * files too large to read. Every hostile file is built here, in a temporary folder.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashCorpusFile, listCorpusFiles, loadCorpus, readCorpusFile } from "../../src/corpus/load.js";
import { CorpusError } from "../../src/errors.js";
import { assertFresh } from "../../src/index/storage/freshness.js";
import { buildIndex } from "../../src/ingest/pipeline.js";
import { tempDirs, testConfig } from "../helpers/fixtures.js";

const tmp = tempDirs();
const ARTICLE = "---\ntitle: 記事\n---\n中国と中央アジアの首脳会議が開かれた。\n";

function corpusWith(build: (dir: string, outside: string) => void): string {
  const dir = tmp("summit-hostile-");
  const outside = tmp("summit-outside-");
  writeFileSync(join(dir, "article.md"), ARTICLE);
  build(dir, outside);
  return dir;
}

const reasonOf = (dir: string, file: string) => listCorpusFiles(dir).skipped.find((s) => s.file === file)?.reason;

describe("corpus files that are not regular files inside the corpus", () => {
  it("does not follow a link to a file outside the corpus (its content is never indexed or quotable)", () => {
    const dir = corpusWith((d, outside) => {
      writeFileSync(join(outside, "secret.txt"), "daemon:x:1:1:secret\n");
      symlinkSync(join(outside, "secret.txt"), join(d, "leak.txt"));
    });
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.docId)).toEqual(["article"]);
    expect(reasonOf(dir, "leak.txt")).toBe("a link to a path outside the corpus folder (not followed)");
    expect(JSON.stringify(corpus.documents)).not.toContain("daemon");
  });

  it("does not follow a link to a folder outside (or inside) the corpus", () => {
    const dir = corpusWith((d, outside) => {
      writeFileSync(join(outside, "other.md"), ARTICLE);
      symlinkSync(outside, join(d, "elsewhere"));
      mkdirSync(join(d, "sub"));
      writeFileSync(join(d, "sub", "nested.md"), ARTICLE);
      symlinkSync(join(d, "sub"), join(d, "loop"));
    });
    expect(listCorpusFiles(dir).files).toEqual(["article.md", join("sub", "nested.md")]);
    expect(reasonOf(dir, "elsewhere")).toBe("a link to a path outside the corpus folder (not followed)");
    expect(reasonOf(dir, "loop")).toBe("a link to a folder (not followed)");
  });

  it("reads a link to a regular file inside the corpus", () => {
    const dir = corpusWith((d) => {
      mkdirSync(join(d, "drafts"));
      writeFileSync(join(d, "drafts", "real.txt"), "見出し\n段落。\n");
      symlinkSync(join(d, "drafts", "real.txt"), join(d, "alias.md"));
    });
    expect(listCorpusFiles(dir).files).toContain("alias.md");
  });

  it("skips a dangling link and an editor lock file with a notice, and ingest and freshness still work", async () => {
    const dir = corpusWith((d) => {
      symlinkSync("user@host.1234:1700000000", join(d, ".#article.md"));
      symlinkSync(join(d, "gone.md"), join(d, "dangling.md"));
    });
    expect(reasonOf(dir, ".#article.md")).toBe("hidden (name starts with a dot)");
    expect(reasonOf(dir, "dangling.md")).toBe("a link to a file that does not exist (dangling link)");
    const indexDir = tmp("summit-hostile-index-");
    const summary = await buildIndex({ corpusDir: dir, indexDir, config: testConfig() });
    expect(summary.documents).toBe(1);
    expect(summary.skipped.map((s) => s.file)).toEqual([".#article.md", "dangling.md"]);
    expect(() => assertFresh(indexDir, summary.manifest)).not.toThrow();
  });

  it("skips a named pipe without opening it (reading one would block for ever)", () => {
    const dir = corpusWith((d) => execFileSync("mkfifo", [join(d, "pipe.md")]));
    expect(reasonOf(dir, "pipe.md")).toBe("a named pipe (FIFO)");
    expect(loadCorpus(dir).documents.map((d) => d.meta.docId)).toEqual(["article"]);
    // Asked to read it anyway (a file replaced by a pipe after listing): an error, not a hang.
    expect(() => readCorpusFile(dir, "pipe.md")).toThrow(/expected a regular file, received a named pipe/);
  });

  it("does not read a link to /dev/zero", () => {
    const dir = corpusWith((d) => symlinkSync("/dev/zero", join(d, "zero.md")));
    expect(reasonOf(dir, "zero.md")).toBe("a link to a path outside the corpus folder (not followed)");
    expect(() => readCorpusFile(dir, "zero.md")).toThrow(CorpusError);
  });

  it("rejects a 3 GB sparse file by its size before reading it, with a clear error instead of a RangeError", async () => {
    const dir = corpusWith((d) => {
      writeFileSync(join(d, "huge.md"), "");
      truncateSync(join(d, "huge.md"), 3 * 1024 ** 3);
    });
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.docId)).toEqual(["article"]);
    expect(corpus.errors.map((e) => e.message)).toEqual([`huge.md: expected at most ${5 * 1024 * 1024} bytes, received ${3 * 1024 ** 3}`]);
    expect(hashCorpusFile(dir, "huge.md")).toMatch(/^unreadable:3221225472:/);
    // --skip-bad indexes the rest, and the index is fresh (the rejected file is recorded by size).
    const indexDir = tmp("summit-hostile-index-");
    const summary = await buildIndex({ corpusDir: dir, indexDir, config: testConfig(), skipBad: true });
    expect(summary.rejected).toHaveLength(1);
    expect(() => assertFresh(indexDir, summary.manifest)).not.toThrow();
  });
});
