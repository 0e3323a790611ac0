import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LIMITS, parseDocument } from "../../src/corpus/parse.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { tempDirs } from "../helpers/fixtures.js";
import { corpusError } from "../helpers/corpus.js";

const tmp = tempDirs();

const head = "---\ntitle: 題\n---\n\n";

describe("refuses bad corpus files with the file, the line and what was expected", () => {
  it("bytes that are not UTF-8, at the line where they occur", () => {
    const bytes = Buffer.concat([Buffer.from(`${head}一段落目。\n\n`), Buffer.from([0x82, 0xa0, 0x82, 0xa2]), Buffer.from("\n")]);
    const e = corpusError("sjis.md", bytes);
    expect(e.code).toBe("CORPUS");
    expect([e.file, e.line]).toEqual(["sjis.md", 7]);
    expect(e.message).toBe("sjis.md:7: expected UTF-8 text, received bytes that are not valid UTF-8");
  });

  it("binary data (a NUL byte), at its line", () => {
    const e = corpusError("bin.txt", Buffer.from("題\n段落\n\u0000\u0001\u0002"));
    expect(e.line).toBe(3);
    expect(e.message).toBe("bin.txt:3: expected UTF-8 text, received binary data (a NUL byte)");
  });

  it("an empty file is named as empty, not as a missing title", () => {
    expect(corpusError("empty.md", "").message).toBe("empty.md: expected an article, received an empty file (0 bytes)");
    expect(corpusError("empty.txt", "").message).toBe("empty.txt: expected an article, received an empty file (0 bytes)");
    expect(corpusError("blank.md", "\n  \n\n").message).toBe("blank.md: expected an article, received a file of only white space (5 bytes)");
  });

  it("a file with a title but no paragraph", () => {
    expect(corpusError("none.md", `${head}# 見出しだけ\n\n`).message).toBe("none.md: expected at least one paragraph, received none");
    expect(corpusError("none.txt", "題だけ\n\n   \n").message).toBe("none.txt: expected at least one paragraph, received none");
  });

  it("front matter that is never closed: at the end of the file, or at the first body line read as a field", () => {
    const e = corpusError("open.md", "---\ntitle: 題\nsource: 出典\n\n");
    expect(e.line).toBe(1);
    expect(e.message).toBe("open.md:1: front matter: expected a closing `---` line, reached the end of the file");
    expect(corpusError("open.md", "---\ntitle: 題\n\n段落。\n").message).toBe('open.md:4: front matter: expected `key: value`, received "段落。"');
  });

  it("a front matter line that is not `key: value`", () => {
    const e = corpusError("line.md", "---\ntitle: 題\nthis is not a field\n---\n段落。\n");
    expect(e.message).toBe('line.md:3: front matter: expected `key: value`, received "this is not a field"');
  });

  it("an unclosed quote", () => {
    expect(corpusError("dq.md", '---\nsource: x\ntitle: "題\n---\n段落。\n').message).toMatch(
      /^dq\.md:3: front matter: expected a closed double-quoted string, received "題$/,
    );
    expect(corpusError("sq.md", "---\ntitle: '題\n---\n段落。\n").message).toMatch(/^sq\.md:2: front matter: expected a closed single-quoted string/);
  });

  it("a key given twice, and YAML this reader does not support", () => {
    expect(corpusError("dup.md", "---\ntitle: a\ntitle: b\n---\n段落。\n").message).toBe('dup.md:3: front matter: key "title" appears twice');
    expect(corpusError("yaml.md", "---\ntitle: 題\nsource: [a, b]\n---\n段落。\n").message).toMatch(/^yaml\.md:3: .*YAML syntax this reader does not support/);
  });

  it("a missing title", () => {
    expect(corpusError("notitle.md", "---\nsource: x\n---\n段落。\n").message).toBe("notitle.md:1: front matter: expected a `title:` field, received none");
    expect(corpusError("nofm.md", "段落。\n").message).toBe("nofm.md:1: front matter: expected a `title:` field, received none");
  });

  it("a url that is not an http(s) address", () => {
    for (const url of ["ftp://example.com/a", "javascript:alert(1)", "example.com/a", "https://exa mple.com"]) {
      const e = corpusError("url.md", `---\ntitle: 題\nurl: ${url}\n---\n段落。\n`);
      expect(e.line).toBe(3);
      expect(e.message).toMatch(/^url\.md:3: front matter: expected url to be an http\(s\) address/);
    }
  });

  it("a paragraph beyond the size limit, at the line where it starts", () => {
    const e = corpusError("long.md", `${head}短い段落。\n\n${"あ".repeat(LIMITS.paragraphChars + 1)}\n`);
    expect(e.message).toBe(`long.md:7: expected a paragraph of at most ${LIMITS.paragraphChars} characters, received ${LIMITS.paragraphChars + 1}`);
    expect(() => parseDocument("ok.md", Buffer.from(`${head}${"あ".repeat(LIMITS.paragraphChars)}\n`))).not.toThrow();
  });

  it("a title beyond the size limit", () => {
    expect(corpusError("t.txt", `${"題".repeat(LIMITS.titleChars + 1)}\n段落。`).message).toMatch(/^t\.txt:1: expected a title of at most 300 characters/);
  });

  it("a file beyond the size limit", () => {
    const e = corpusError("big.txt", Buffer.alloc(LIMITS.fileBytes + 1, 0x61));
    expect(e.line).toBeUndefined();
    expect(e.message).toBe(`big.txt: expected at most ${LIMITS.fileBytes} bytes, received ${LIMITS.fileBytes + 1}`);
  });

  it("a file name that cannot be a citation id", () => {
    for (const name of ["my article.md", "記事.md", "-dash.txt", "a#1.md"]) {
      const e = corpusError(name, `${head}段落。\n`);
      expect(e.message).toMatch(/expected a file name of letters, digits, "\.", "_" or "-" \(it becomes the citation id\)/);
      expect(e.file).toBe(name);
    }
  });

  it("two files with the same document id (a.md and a.txt): the second is refused, naming the first", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.md"), `${head}マークダウンの段落。\n`);
    writeFileSync(join(dir, "a.txt"), "題\nテキストの段落。\n");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "a.md"), `${head}別フォルダの段落。\n`);
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.file)).toEqual(["a.md"]);
    expect(corpus.errors.map((e) => e.message)).toEqual([
      'a.txt: expected a unique document id, received "a" which a.md already uses',
      `${join("sub", "a.md")}: expected a unique document id, received "a" which a.md already uses`,
    ]);
  });
});
