import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listCorpusFiles, loadCorpus } from "../../src/corpus/load.js";
import { SummitError } from "../../src/errors.js";
import { ENGINE_CORPUS, tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();

describe("loading a corpus folder", () => {
  it("parses the .md and .txt articles in a stable (sorted) order", () => {
    const corpus = loadCorpus(ENGINE_CORPUS);
    expect(corpus.errors).toEqual([]);
    expect(corpus.documents.map((d) => [d.meta.file, d.meta.paragraphs])).toEqual([
      ["astana-brief.txt", 2],
      ["astana-summit-2025.md", 3],
      ["trade-energy.md", 3],
      ["xian-summit-2023.md", 5],
    ]);
  });

  it("skips the README and files that are not articles, saying why", () => {
    expect(loadCorpus(ENGINE_CORPUS).skipped).toEqual([
      { file: "README.md", reason: "a README describes the folder; it is not an article" },
      { file: "notes.json", reason: "not a .md or .txt file" },
    ]);
  });

  it("reads sub-folders, skips hidden files and folders with a notice, and treats readme.txt in any case as a README", () => {
    const dir = tmp();
    mkdirSync(join(dir, "2025"));
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, "2025", "nested.md"), "---\ntitle: 入れ子\n---\n段落。\n");
    writeFileSync(join(dir, ".git", "HEAD.md"), "not an article");
    writeFileSync(join(dir, ".draft.md"), "not an article");
    writeFileSync(join(dir, "ReadMe.TXT"), "about this folder");
    writeFileSync(join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0x00]));
    const listed = listCorpusFiles(dir);
    expect(listed.files).toEqual([join("2025", "nested.md")]);
    expect(listed.skipped.map((s) => s.file)).toEqual([".draft.md", ".git", "ReadMe.TXT", "photo.jpg"]);
    expect(listed.skipped[0]!.reason).toBe("hidden (name starts with a dot)");
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => [d.meta.docId, d.passages[0]!.id])).toEqual([["nested", "nested#1"]]);
  });

  it("collects the errors of bad files and still parses the good ones", () => {
    const dir = tmp();
    writeFileSync(join(dir, "good.md"), "---\ntitle: 良い\n---\n段落。\n");
    writeFileSync(join(dir, "bad.md"), "---\ntitle: 悪い\n");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x41, 0x00]));
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.docId)).toEqual(["good"]);
    expect(corpus.errors.map((e) => [e.file, e.line])).toEqual([
      ["bad.md", 1],
      ["binary.txt", 1],
    ]);
  });

  it("refuses a corpus path that is not a folder, saying what was expected", () => {
    const file = join(tmp(), "file.md");
    writeFileSync(file, "x");
    for (const path of [file, join(tmp(), "missing")]) {
      let err: unknown;
      try {
        loadCorpus(path);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(SummitError);
      expect((err as SummitError).code).toBe("CORPUS");
      expect((err as SummitError).message).toContain(`corpus: expected a folder of .md/.txt articles at ${path}`);
    }
  });
});
