import { describe, expect, it } from "vitest";
import { FRONT_MATTER_KEYS } from "../../src/corpus/front-matter.js";
import { parseDocument } from "../../src/corpus/parse.js";
import { corpusError } from "../helpers/corpus.js";

const article = (front: string) => `---\ntitle: 題\n${front}\n---\n\n段落。\n`;

describe("front matter keys: an unknown key is refused with the nearest known one", () => {
  it("`soruce:` → did you mean source", () => {
    const e = corpusError("typo.md", article("soruce: CGTN"));
    expect(e.line).toBe(3);
    expect(e.message).toBe(`typo.md:3: front matter: unknown key "soruce" (did you mean "source"?); expected one of ${FRONT_MATTER_KEYS.join(", ")}`);
  });

  it.each([
    ["publshed: 2025-06-17", "published"],
    ["event-date: 2025-06-17", "event_date"],
    ["Title: 別の題", "title"],
    ["sourcetitle: X", "source_title"],
  ])("%s → %s", (line, guess) => {
    expect(corpusError("typo.md", article(line)).message).toContain(`(did you mean "${guess}"?)`);
  });

  it("a key like no known one gets the list, without a guess", () => {
    const e = corpusError("odd.md", article("author: 記者"));
    expect(e.message).toBe(`odd.md:3: front matter: unknown key "author"; expected one of ${FRONT_MATTER_KEYS.join(", ")}`);
  });

  it("every documented key is accepted", () => {
    const doc = parseDocument(
      "all.md",
      Buffer.from(article('source: CGTN\nsource_title: "Headline"\nurl: https://example.com/a\npublished: 2025-06-18\nevent_date: 2025-06-17\nlang: ja\ntitle_editorial: true')),
    );
    expect(doc.meta).toMatchObject({ source: "CGTN", sourceTitle: "Headline", published: "2025-06-18", eventDate: "2025-06-17", lang: "ja", editorialTitle: true });
  });
});

describe("front matter dates are real calendar dates", () => {
  it("`published: 2025-13-45` is refused, saying why", () => {
    const e = corpusError("date.md", article("published: 2025-13-45"));
    expect(e.message).toBe('date.md:3: front matter: expected published as a date YYYY-MM-DD (e.g. 2025-06-17), received "2025-13-45" (there is no month 13)');
  });

  it.each([
    ["event_date: 2025-02-29", "(2025-02 has 28 days)"],
    ["published: 2025-06-31", "(2025-06 has 30 days)"],
    ["published: 18 June 2025", '"18 June 2025"'],
    ["published: 2025/06/18", '"2025/06/18"'],
    ["published: true", '"true"'],
  ])("%s", (line, detail) => {
    const e = corpusError("date.md", article(line));
    expect(e.message).toContain("expected");
    expect(e.message).toContain(detail);
  });

  it.each(["2024-02-29", "2025-06", "2025", "2025-06-17T09:30:00+09:00", '"2025-06-17"'])("accepts %s", (value) => {
    expect(parseDocument("ok.md", Buffer.from(article(`published: ${value}`))).meta.published).toBe(value.replace(/"/g, ""));
  });

  it("title_editorial takes true or false only", () => {
    expect(corpusError("b.md", article("title_editorial: yes")).message).toBe('b.md:3: front matter: expected title_editorial to be true or false, received "yes"');
  });
});

describe("UTF-16 files are named as UTF-16, not as binary data", () => {
  const text = article("source: CGTN");
  const utf16be = (s: string) => Buffer.from(Buffer.from(s, "utf16le").swap16());

  it.each([
    ["little-endian, with a byte-order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["big-endian, with a byte-order mark", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ["little-endian", Buffer.from(text, "utf16le")],
    ["big-endian", utf16be(text)],
  ])("%s", (kind, bytes) => {
    const e = corpusError("wide.md", bytes);
    expect(e.message).toBe(`wide.md: expected UTF-8 text, received UTF-16 (${kind}); convert it, e.g. \`iconv -f UTF-16 -t UTF-8 wide.md > converted.md\``);
  });

  it("binary data is still binary data", () => {
    expect(corpusError("bin.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])).message).toContain("binary data (a NUL byte)");
  });
});
