import { describe, expect, it } from "vitest";
import type { DocumentMeta } from "../../src/corpus/types.js";
import { addedCopies, sourceAddedCard } from "../../src/render/discord-source-card.js";
import type { Article } from "../../src/sources/article.js";

const ARTICLE: Article = {
  title: "Amu Darya fund agreed",
  source: "Steppe Daily",
  published: "2025-06-18T09:30:00+05:00",
  blocks: [
    { kind: "paragraph", text: "Water ministers agreed a fund." },
    { kind: "heading", text: "Who pays" },
    { kind: "paragraph", text: "China pledged a third." },
  ],
};

const doc = (docId: string, source: string, published?: string): DocumentMeta => ({
  docId,
  title: `${source} story`,
  source,
  ...(published ? { published } : {}),
  file: `${docId}.md`,
  hash: "0",
  paragraphs: 2,
});

const docs = new Map(
  [
    doc("tashkent-times", "Tashkent Times", "2025-06-19"),
    doc("aral-herald", "Aral Herald"),
    ...Array.from({ length: 6 }, (_, i) => doc(`wire-${i}`, `Wire ${i}`, "2025-06-20")),
  ].map((d) => [d.docId, d]),
);

const field = (card: ReturnType<typeof sourceAddedCard>) => card.embeds![0]!.fields!.at(-1)!;

describe("the /sources add card of a story other outlets published", () => {
  it("an earlier publication added after its copies: answers now quote it, and the card names the later ones", () => {
    const links = [
      { docId: "tashkent-times", of: "steppe-daily", paragraphs: 2 },
      { docId: "aral-herald", of: "steppe-daily", paragraphs: 1 },
    ];
    const card = sourceAddedCard("steppe-daily", "added", ARTICLE, false, {
      copies: addedCopies("steppe-daily", links, (id) => docs.get(id)),
    });
    expect(card.embeds![0]!.fields!.find((f) => f.name === "Paragraphs")?.value).toBe("2");
    expect(field(card)).toEqual({
      name: "Also published by",
      value: [
        "Tashkent Times, 2025-06-19 (tashkent-times) — published later: answers quote this article and name it",
        "Aral Herald (aral-herald) — published later: answers quote this article and name it",
      ].join("\n"),
      inline: false,
    });
  });

  it("in Japanese, a copy of an earlier article; at most five outlets, then how many more", () => {
    const links = [
      { docId: "steppe-daily", of: "tashkent-times", paragraphs: 1 },
      ...Array.from({ length: 6 }, (_, i) => ({ docId: `wire-${i}`, of: "steppe-daily", paragraphs: 2 })),
    ];
    const card = sourceAddedCard("steppe-daily", "updated", ARTICLE, true, {
      copies: addedCopies("steppe-daily", links, (id) => docs.get(id)),
    });
    const lines = field(card).value.split("\n");
    expect(field(card).name).toBe("同じ記事の他の掲載");
    expect(lines[0]).toBe(
      "Tashkent Times, 2025-06-19 (tashkent-times) — 先に掲載（2 段落中 1 段落が同じ）: 回答はそちらを引用し、この記事を挙げます",
    );
    expect(lines.slice(1, 5)).toEqual(
      [0, 1, 2, 3].map((i) => `Wire ${i}, 2025-06-20 (wire-${i}) — 後に掲載: 回答はこの記事を引用し、そちらを挙げます`),
    );
    expect(lines.slice(5)).toEqual(["ほか 2 件"]);
  });

  it("two publications of one time: says what chose the one quoted", () => {
    const links = [
      { docId: "steppe-daily", of: "aral-herald", paragraphs: 2, decidedBy: "fetched" as const },
      { docId: "tashkent-times", of: "steppe-daily", paragraphs: 2, decidedBy: "id" as const },
    ];
    const lines = field(
      sourceAddedCard("steppe-daily", "added", ARTICLE, false, {
        copies: addedCopies("steppe-daily", links, (id) => docs.get(id)),
      }),
    ).value.split("\n");
    expect(lines).toEqual([
      "Aral Herald (aral-herald) — the same time, fetched first (2 of 2 paragraphs the same): answers quote it and name this article",
      "Tashkent Times, 2025-06-19 (tashkent-times) — no date tells them apart, its id sorts after: answers quote this article and name it",
    ]);
  });

  it("an update says what happened to the paragraphs and their ids", () => {
    const changes = { kept: 1, edited: 1, added: 0, removed: 2 };
    const field = (ja: boolean) =>
      sourceAddedCard("steppe-daily", "updated", ARTICLE, ja, { changes }).embeds![0]!.fields!.at(-1);
    expect(field(false)).toEqual({
      name: "Paragraphs changed",
      value: "1 paragraph kept, 1 edited (same ids, older text kept), 2 removed (ids retired)",
      inline: false,
    });
    expect(field(true)?.value).toBe(
      "1 段落はそのまま、1 段落を修正（id はそのまま、以前の本文を保存）、2 段落を削除（その id は使われなくなります）",
    );
  });

  it("an article grouped with no other says nothing of copies", () => {
    const card = sourceAddedCard("steppe-daily", "added", ARTICLE, false, {
      copies: addedCopies("steppe-daily", [], () => undefined),
    });
    expect(card.embeds![0]!.fields!.map((f) => f.name)).toEqual(["Source", "Date", "Paragraphs", "id"]);
  });
});
