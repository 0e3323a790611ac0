import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/types.js";
import { checkQuote, checkQuotes } from "../../src/quotes/check.js";
import { findQuotes } from "../../src/quotes/find.js";
import { normalizeWithMap } from "../../src/text/quote-form.js";

function passage(id: string, text: string): Passage {
  const [docId, n] = id.split("#") as [string, string];
  return { id, docId, n: Number(n), text, line: 1 };
}

const corpus: Passage[] = [
  passage("xian#1", "第1回中国・中央アジア首脳会議が5月18日、陝西省西安市で開幕した。習近平国家主席が議長を務めた。"),
  passage(
    "xian#2",
    "習主席は開幕演説で「中国と中央アジアの運命共同体を築く」と述べ、各国との協力を一段と深める考えを示した。",
  ),
  passage(
    "xian#3",
    "中国は中央アジア諸国に総額260億元の融資と無償援助を提供すると表明した。資金は交通インフラや産業協力に充てられる。",
  ),
  passage(
    "astana#1",
    "第2回中国・中央アジア首脳会議が6月17日、カザフスタンの首都アスタナで開かれた。6か国の首脳は永久善隣友好協力条約に署名した。",
  ),
  passage("en#1", "The leaders agreed to hold the summit every two years, with the next one in Kazakhstan."),
  passage("wire#1", "中国は中央アジア諸国に総額260億元の融資と無償援助を提供すると表明した。"),
];

const only = <T>(list: readonly T[]): T => {
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe("findQuotes", () => {
  it("finds 「」 quotes and keeps nested 『』 inside them", () => {
    const q = findQuotes("記事には「彼は『協力』を強調した」とある");
    expect(q.map((x) => x.text)).toEqual(["彼は『協力』を強調した"]);
    expect(q[0]!.style).toBe("kagikakko");
  });

  it("finds curly, straight and 『』 quotes with their offsets in the message", () => {
    const msg = 'He said “we agree” and "we sign" — 『条約に署名した』';
    const q = findQuotes(msg);
    expect(q.map((x) => [x.text, x.style])).toEqual([
      ["we agree", "curly"],
      ["we sign", "straight"],
      ["条約に署名した", "nijukagi"],
    ]);
    for (const x of q) expect(msg.slice(x.start, x.end)).toBe(x.text);
  });

  it("joins consecutive block-quote lines into one quote and reads >>> to the end", () => {
    expect(findQuotes("見て:\n> 一行目\n> 二行目\nおわり").map((x) => x.text)).toEqual(["一行目\n二行目"]);
    expect(findQuotes(">>> 全部\n引用").map((x) => [x.text, x.style])).toEqual([["全部\n引用", "blockquote"]]);
  });

  it("ignores unbalanced marks, code spans and repeated quotes", () => {
    expect(findQuotes("「閉じていない")).toEqual([]);
    expect(findQuotes("`「コード」` と ```\n「ブロック」\n```")).toEqual([]);
    expect(findQuotes("「同じ」と「同じ」").map((x) => x.text)).toEqual(["同じ"]);
  });
});

describe("normalizeWithMap", () => {
  it("folds width, case and whitespace and maps each character back to the original", () => {
    const n = normalizeWithMap("ＡＢ c　ｶﾞ");
    expect(n.text).toBe("abcガ");
    expect(Array.from(n.starts)).toEqual([0, 1, 3, 5]);
    expect(Array.from(n.ends)).toEqual([1, 2, 4, 7]);
  });
});

describe("checkQuotes", () => {
  it("reports a verbatim quote with its paragraph and source span", () => {
    const c = only(checkQuotes("記事は「総額260億元の融資と無償援助を提供する」と書いている", corpus));
    expect(c.status).toBe("verbatim");
    expect(c.passageId).toBe("xian#3");
    expect(c.similarity).toBe(1);
    const p = corpus.find((x) => x.id === c.passageId)!;
    expect(p.text.slice(c.sourceSpan!.start, c.sourceSpan!.end)).toBe("総額260億元の融資と無償援助を提供する");
  });

  it("treats full-width digits, spaces and line breaks as the same text", () => {
    const c = only(checkQuotes("「総額２６０億元の 融資と\n無償援助」", corpus));
    expect(c.status).toBe("verbatim");
  });

  it("lists other paragraphs that carry the same text verbatim", () => {
    const c = only(checkQuotes("「総額260億元の融資と無償援助を提供すると表明した」", corpus));
    expect(c.status).toBe("verbatim");
    expect([c.passageId, ...c.alsoIn].sort()).toEqual(["wire#1", "xian#3"]);
  });

  it("reports an altered quote and shows exactly what differs from the source", () => {
    const c = only(checkQuotes("「総額360億元の融資を提供すると表明した」", corpus));
    expect(c.status).toBe("altered");
    expect(["xian#3", "wire#1"]).toContain(c.passageId);
    expect(c.similarity).toBeGreaterThan(0.6);
    expect(c.similarity).toBeLessThan(1);
    const changes = c.diff.filter((d) => d.op !== "equal");
    expect(changes).toEqual([
      { op: "replace", quote: "3", source: "2" },
      { op: "delete", quote: "", source: "と無償援助" },
    ]);
    // Both sides of the diff reassemble into the quote and the matched source text.
    expect(c.diff.map((d) => d.quote).join("")).toBe("総額360億元の融資を提供すると表明した");
    const p = corpus.find((x) => x.id === c.passageId)!;
    expect(c.diff.map((d) => d.source).join("")).toBe(p.text.slice(c.sourceSpan!.start, c.sourceSpan!.end));
  });

  it("names a swapped place as one replacement, not a scatter of letters", () => {
    const c = only(checkQuotes("「首脳会議が5月18日、陝西省北京市で開幕した」", corpus));
    expect(c.status).toBe("altered");
    expect(c.passageId).toBe("xian#1");
    expect(c.diff.filter((d) => d.op !== "equal")).toEqual([{ op: "replace", quote: "北京", source: "西安" }]);
  });

  it("reports a quote that nothing in the articles resembles as not found", () => {
    const c = only(checkQuotes("「米国は中央アジアから撤退すると発表した」", corpus));
    expect(c.status).toBe("not_found");
    expect(c.passageId).toBeUndefined();
  });

  it("accepts an elided quote when every fragment appears in order in one paragraph", () => {
    const c = only(checkQuotes("「第2回中国・中央アジア首脳会議が…永久善隣友好協力条約に署名した」", corpus));
    expect(c.status).toBe("verbatim");
    expect(c.passageId).toBe("astana#1");
  });

  it("marks the elision in the diff of an altered elided quote", () => {
    const c = only(checkQuotes("「第2回中国・中央アジア首脳会議が……永久友好協力条約に署名した」", corpus));
    expect(c.status).toBe("altered");
    expect(c.diff.map((d) => d.op)).toContain("elision");
    expect(c.diff.filter((d) => d.op !== "equal" && d.op !== "elision")).toEqual([
      { op: "delete", quote: "", source: "善隣" },
    ]);
  });

  it("matches English quotes case-insensitively", () => {
    const c = only(checkQuotes("“The leaders agreed to hold the summit every TWO years”", corpus));
    expect(c.status).toBe("verbatim");
    expect(c.passageId).toBe("en#1");
  });

  it("skips short quoted terms, which are not quotations", () => {
    expect(checkQuotes("「協力」と「条約」について", corpus)).toEqual([]);
  });

  it("checks a pasted paragraph without quotation marks as an implicit quote", () => {
    const c = only(
      checkQuotes(
        "習主席は開幕演説で「中国と中央アジアの運命共同体を築く」と述べ、各国との協力を一段と深める考えを示した。",
        corpus,
        { minLength: 30 },
      ),
    );
    expect(c.quote.style).toBe("implicit");
    expect(c.status).toBe("verbatim");
    expect(c.passageId).toBe("xian#2");
  });

  it("does not report an ordinary unquoted claim as a quote", () => {
    expect(checkQuotes("中国は中央アジアに多額の支援をしていると思う", corpus)).toEqual([]);
  });

  it("checks each quotation of a message separately, in message order", () => {
    const checks = checkQuotes("「陝西省西安市で開幕した」そして「アスタナで開かれなかった」", corpus);
    expect(checks.map((c) => c.status)).toEqual(["verbatim", "altered"]);
  });

  it("follows a quotation that runs on into the next paragraph", () => {
    const article = [
      passage("a#1", "首脳らは会議を2年に1回開催することで合意した。"),
      passage("a#2", "次回は2025年にカザフスタンで開く。"),
      passage("b#1", "無関係な段落です。"),
    ];
    const c = only(checkQuotes("「2年に1回開催することで合意した。次回は2025年にカザフスタンで開く」", article));
    expect(c.status).toBe("verbatim");
    expect([c.passageId, c.throughId]).toEqual(["a#1", "a#2"]);
    const joinedText = `${article[0]!.text}\n\n${article[1]!.text}`;
    expect(joinedText.slice(c.sourceSpan!.start, c.sourceSpan!.end)).toBe(
      "2年に1回開催することで合意した。\n\n次回は2025年にカザフスタンで開く",
    );
  });

  it("does not join paragraphs of different articles", () => {
    const two = [
      passage("a#1", "首脳らは会議を2年に1回開催することで合意した。"),
      passage("b#1", "次回は2025年にカザフスタンで開く。"),
    ];
    const c = only(checkQuotes("「2年に1回開催することで合意した。次回は2025年にカザフスタンで開く」", two));
    expect(c.throughId).toBeUndefined();
    expect(c.status).not.toBe("verbatim");
  });

  it("keeps astral characters intact in diffs", () => {
    const withEmoji = [passage("e#1", "会議は成功した🎉と発表された。")];
    const c = checkQuote({ text: "会議は成功した🎊と発表された", start: 0, end: 0, style: "kagikakko" }, withEmoji);
    expect(c.status).toBe("altered");
    expect(c.diff.filter((d) => d.op !== "equal")).toEqual([{ op: "replace", quote: "🎊", source: "🎉" }]);
  });
});
