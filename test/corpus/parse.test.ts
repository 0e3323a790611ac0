import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse.js";
import { ENGINE_CORPUS } from "../helpers/fixtures.js";

const parse = (file: string, text: string) => parseDocument(file, Buffer.from(text, "utf8"));
const fixture = (name: string) => parseDocument(name, readFileSync(join(ENGINE_CORPUS, name)));

describe("front matter", () => {
  it("reads every field the corpus format defines", () => {
    const { meta } = fixture("xian-summit-2023.md");
    expect(meta).toEqual({
      docId: "xian-summit-2023",
      title: "中国・中央アジア首脳会議が西安で開幕",
      source: "東洋経済通信",
      sourceTitle: "China-Central Asia Summit opens in Xi'an",
      url: "https://example.com/news/xian-summit-2023",
      published: "2023-05-19",
      eventDate: "2023-05-18",
      lang: "ja",
      file: "xian-summit-2023.md",
      hash: createHash("sha256").update(readFileSync(join(ENGINE_CORPUS, "xian-summit-2023.md"))).digest("hex"),
      paragraphs: 5,
    });
  });

  it("marks an editorial title only when title_editorial is true", () => {
    const body = "\n本文の段落。\n";
    expect(parse("a.md", `---\ntitle: 編集部の題\ntitle_editorial: true\n---\n${body}`).meta.editorialTitle).toBe(true);
    expect(parse("a.md", `---\ntitle: 記事の題\ntitle_editorial: false\n---\n${body}`).meta).not.toHaveProperty("editorialTitle");
    expect(parse("a.md", `---\ntitle: 記事の題\n---\n${body}`).meta).not.toHaveProperty("editorialTitle");
  });

  it("unquotes single- and double-quoted values, strips trailing comments from plain ones, and skips comment lines", () => {
    const { meta } = parse(
      "q.md",
      [
        "---",
        "# a comment line",
        `title: "二重引用符 \\"題\\" #1"`,
        "",
        "source_title: 'It''s a title'",
        "source: 中央アジア時報   # where it came from",
        "url: http://example.org/a?b=1",
        "---",
        "段落。",
      ].join("\n"),
    );
    expect(meta.title).toBe('二重引用符 "題" #1');
    expect(meta.sourceTitle).toBe("It's a title");
    expect(meta.source).toBe("中央アジア時報");
    expect(meta.url).toBe("http://example.org/a?b=1");
  });

  it("leaves optional fields out when they are absent or blank", () => {
    const { meta } = parse("b.md", "---\ntitle: 題\nsource: ''\n---\n段落。\n");
    expect(Object.keys(meta).sort()).toEqual(["docId", "file", "hash", "paragraphs", "title"]);
  });
});

describe("markdown paragraphs", () => {
  it("numbers the blocks that have text from 1, keeping each one's section and starting line", () => {
    const { passages } = fixture("xian-summit-2023.md");
    expect(passages.map((p) => ({ id: p.id, n: p.n, section: p.section, line: p.line }))).toEqual([
      { id: "xian-summit-2023#1", n: 1, section: undefined, line: 11 },
      { id: "xian-summit-2023#2", n: 2, section: "開幕", line: 15 },
      // A heading directly above a block (no blank line between) is still not part of it.
      { id: "xian-summit-2023#3", n: 3, section: "経済協力", line: 18 },
      { id: "xian-summit-2023#4", n: 4, section: "経済協力", line: 20 },
      { id: "xian-summit-2023#5", n: 5, section: "今後の予定", line: 26 },
    ]);
    expect(passages.every((p) => p.docId === "xian-summit-2023")).toBe(true);
  });

  it("keeps a list inside its paragraph block, verbatim and line by line", () => {
    const list = fixture("xian-summit-2023.md").passages[3]!;
    expect(list.text).toBe(
      ["会議で合意した主な項目は次のとおり。", "- 中国・キルギス・ウズベキスタン鉄道の建設を急ぐ", "- 国境の税関手続きを簡素化する", "- 農産物の貿易を拡大する"].join("\n"),
    );
  });

  it("treats a # line as a heading wherever it stands: inside a block it is taken out and the block stays one paragraph", () => {
    const doc = parse("h.md", "---\ntitle: 題\n---\n一行目。\n# 途中の見出し\n二行目。\n\n## 次\n三段落目。\n");
    expect(doc.passages.map((p) => [p.n, p.text, p.section])).toEqual([
      [1, "一行目。\n二行目。", undefined],
      [2, "三段落目。", "次"],
    ]);
  });

  it("does not count a block made only of headings, and a bare # ends the section", () => {
    const doc = parse("h.md", "---\ntitle: 題\n---\n# 一\n## 二\n\n段落A。\n\n#\n段落B。\n\n# 末尾の見出し\n");
    expect(doc.passages.map((p) => [p.id, p.section])).toEqual([
      ["h#1", "二"],
      ["h#2", undefined],
    ]);
    expect(doc.meta.paragraphs).toBe(2);
  });

  it("keeps citation ids stable when headings are added or another paragraph's text changes", () => {
    const before = parse("s.md", "---\ntitle: 題\n---\n最初。\n\n二番目。\n\n三番目。\n");
    const after = parse("s.md", "---\ntitle: 題\n---\n# 新しい見出し\n最初を書き直した。\n\n# もう一つ\n\n二番目。\n\n三番目。\n");
    const ids = (d: typeof before) => d.passages.map((p) => `${p.id} ${p.text}`);
    expect(ids(before).slice(1)).toEqual(ids(after).slice(1));
    expect(after.passages[0]!.id).toBe("s#1");
  });

  it("removes trailing white space but leaves the text otherwise untouched (no normalisation)", () => {
    const doc = parse("w.md", "---\ntitle: 題\n---\nＡＢＣ　全角のまま。   \n  字下げの行\t\n");
    expect(doc.passages[0]!.text).toBe("ＡＢＣ　全角のまま。\n  字下げの行");
  });
});

describe("plain-text articles", () => {
  it("takes the first line as the title and every further non-empty line as a paragraph", () => {
    const doc = fixture("astana-brief.txt");
    expect(doc.meta.title).toBe("アスタナ首脳会議の要点(速報)");
    expect(doc.meta.docId).toBe("astana-brief");
    expect(doc.passages.map((p) => [p.id, p.line])).toEqual([
      ["astana-brief#1", 2],
      ["astana-brief#2", 4],
    ]);
    expect(doc.passages[1]!.text).toBe("会場の外では、市民が伝統音楽の演奏で各国の代表団を出迎えた。");
  });

  it("has no front matter or headings: a # line is an ordinary paragraph", () => {
    const doc = parse("t.txt", "題名\n# 見出しではない\n---\n");
    expect(doc.passages.map((p) => p.text)).toEqual(["# 見出しではない", "---"]);
    expect(doc.meta).not.toHaveProperty("source");
  });
});

describe("line endings and byte order mark", () => {
  const md = "---\ntitle: 題\nsource: 出典\n---\n\n# 節\n段落一。\n- 項目\n\n段落二。\n";

  it("reads CRLF and CR files exactly like LF ones, with no carriage return left in the text", () => {
    const lf = parse("c.md", md);
    for (const eol of ["\r\n", "\r"]) {
      const other = parse("c.md", md.replace(/\n/g, eol));
      expect(other.passages).toEqual(lf.passages);
      expect({ ...other.meta, hash: "" }).toEqual({ ...lf.meta, hash: "" });
    }
    expect(lf.passages[0]!.text).toBe("段落一。\n- 項目");
  });

  it("reads a CRLF .txt article", () => {
    const doc = parse("c.txt", "題名\r\n一段落目。\r\n\r\n二段落目。\r\n");
    expect(doc.meta.title).toBe("題名");
    expect(doc.passages.map((p) => p.text)).toEqual(["一段落目。", "二段落目。"]);
  });

  it("ignores a UTF-8 byte order mark before the front matter", () => {
    const doc = parse("bom.md", `\uFEFF${md}`);
    expect(doc.meta.title).toBe("題");
    expect(doc.meta.source).toBe("出典");
  });
});
