import { describe, expect, it } from "vitest";
import type { DocumentMeta, Passage } from "../../src/corpus/types.js";
import { LABELS } from "../../src/discord/locale.js";
import {
  answerCard,
  citeMessage,
  contextCard,
  embedLength,
  findSourcesCard,
  limitViolations,
  renderQuote,
  safeUrl,
  shownMatchPercents,
  sourcesCard,
} from "../../src/render/discord.js";
import { escapeMarkdown, neutralizeMentions, truncate } from "../../src/render/text.js";
import type { QuoteCheck } from "../../src/quotes/types.js";
import type { Answer, Result } from "../../src/search/types.js";

const en = LABELS.en;
const sentence = (i: number) => `中央アジアとの協力は第${i}段階に入った。`;
const longText = (sentences: number) => Array.from({ length: sentences }, (_, i) => sentence(i + 1)).join("");

function result(i: number, text: string, extra: Partial<Result> = {}): Result {
  return {
    id: `doc${i}#${i + 1}`,
    docId: `doc${i}`,
    n: i + 1,
    title: `記事 ${i}`,
    source: "通信社",
    url: `https://example.com/${i}`,
    section: "経済",
    text,
    score: 1 - i / 100,
    highlights: [],
    duplicates: [],
    glosses: [],
    strength: 0.8,
    ...extra,
  };
}

const answer = (results: Result[], question = "質問"): Answer => ({
  question,
  lang: "ja",
  answerable: results.length > 0,
  confidence: results.length > 0 ? "answer" : "none",
  evidence: results.length > 0 ? 1 : 0,
  results,
});

describe("answer card", () => {
  it("stays within every Discord limit with ten very long passages, keeping each citation", () => {
    const results = Array.from({ length: 10 }, (_, i) =>
      result(i, longText(300), { glosses: ["cooperation", "stage"], duplicates: [`dup${i}#1`] }),
    );
    const card = answerCard(answer(results, "q".repeat(3000)), en, {
      moreId: "more:k:3",
      contextId: (id) => `ctx:${id}`,
    });
    expect(limitViolations(card)).toEqual([]);
    expect(card.embeds).toHaveLength(10);
    card.embeds.forEach((e, i) => {
      expect(e.footer?.text).toContain(`doc${i}#${i + 1}`);
      expect(e.description).toMatch(/。…$/);
    });
    expect(card.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
  });

  it("keeps a highlighted sentence deep in a long paragraph in view", () => {
    const text = longText(400);
    const target = sentence(350);
    const start = text.indexOf(target);
    const card = answerCard(answer([result(0, text, { highlights: [{ start, end: start + target.length }] })]), en);
    const d = card.embeds[0]!.description!;
    expect(d.startsWith("…")).toBe(true);
    expect(d).toContain(`**${target}**`);
  });

  it("marks English glosses as not being source text", () => {
    const card = answerCard(answer([result(0, "本文。", { glosses: ["summit", "Xi'an"] })]), en);
    expect(card.embeds[0]!.fields).toEqual([
      { name: "English glosses of matched terms (not source text)", value: "summit, Xi'an", inline: false },
    ]);
  });

  it("neutralizes mentions and markdown in quotes and in the echoed question", () => {
    const text =
      "@everyone 見て <@&123456789012345678> と <@123456789012345678>、**太字** `code` [link](https://evil.example) ||spoiler||\n# 見出し\n> 引用";
    const card = answerCard(answer([result(0, text)], "@here <@&123456789012345678> **q**"), en);
    const d = card.embeds[0]!.description!;
    expect(d).not.toMatch(/@everyone|@here|<@&?\d+>/);
    expect(d).toContain("\\*\\*太字\\*\\*");
    expect(d).toContain("\\`code\\`");
    expect(d).not.toContain("](https://");
    expect(d).toContain("\\|\\|spoiler\\|\\|");
    expect(d).toContain("\n\\# 見出し\n\\> 引用");
    expect(card.content).not.toMatch(/@here|<@&\d+>/);
    expect(card.content).toContain("\\*\\*q\\*\\*");
    expect(card.allowedMentions).toEqual({ parse: [] });
  });

  it("gives a plain refusal without buttons when the articles do not answer", () => {
    const card = answerCard(
      { question: "火星は？", lang: "ja", answerable: false, confidence: "none", evidence: 0, results: [] },
      LABELS.ja,
    );
    expect(card.embeds).toEqual([]);
    expect(card.components).toEqual([]);
    expect(card.content).toContain("「火星は？」");
  });

  it("numbers the passages of a later page after the ones already shown", () => {
    const card = answerCard(answer([result(0, "本文。"), result(1, "本文。")]), en, {
      firstNumber: 4,
      contextId: (id) => `ctx:${id}`,
    });
    expect(card.embeds.map((e) => e.title)).toEqual(["[4] 記事 0", "[5] 記事 1"]);
    expect(card.components[0]!.components.map((b) => ("label" in b ? b.label : ""))).toEqual([
      "Context [4]",
      "Context [5]",
    ]);
  });
});

describe("cite message", () => {
  it("cuts a long paragraph on a sentence boundary and keeps the one-line citation", () => {
    const m = citeMessage({
      id: "doc#7",
      title: "記事",
      source: "通信社",
      section: "経済",
      url: "https://example.com/a",
      text: longText(300),
    });
    expect(m.content!.length).toBeLessThanOrEqual(2000);
    const lines = m.content!.split("\n");
    expect(lines[0]).toMatch(/^> 中央アジアとの協力は第1段階に入った。/);
    expect(lines[0]).toMatch(/。…$/);
    expect(lines[1]).toBe(
      "— 記事 (通信社) § 経済 `doc#7` <https://example.com/a#:~:text=%E4%B8%AD%E5%A4%AE%E3%82%A2%E3%82%B8%E3%82%A2%E3%81%A8%E3%81%AE%E5%8D%94%E5%8A%9B%E3%81%AF%E7%AC%AC1%E6%AE%B5%E9%9A%8E%E3%81%AB%E5%85%A5%E3%81%A3%E3%81%9F%E3%80%82>",
    );
  });

  it("adds the archive site's permalink after the link to the original sentence", () => {
    const m = citeMessage({
      id: "doc#7",
      title: "記事",
      url: "https://example.com/a",
      text: "本文。",
      permalink: "https://summits.example.org/doc/doc#7",
    });
    expect(m.content!.split("\n")[1]).toBe(
      "— 記事 `doc#7` <https://example.com/a#:~:text=%E6%9C%AC%E6%96%87%E3%80%82> <https://summits.example.org/doc/doc#7>",
    );
  });

  it("quotes every line of a multi-line paragraph", () => {
    const m = citeMessage({ id: "d#1", title: "T", text: "一行目\n二行目" });
    expect(m.content).toBe("> 一行目\n> 二行目\n— T `d#1`");
  });

  it("drops links that are not http(s)", () => {
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("https://example.com/a b(c)")).toBe("https://example.com/a%20b%28c%29");
  });
});

describe("other cards", () => {
  it("lists hundreds of articles within the limits and says how many were left out", () => {
    const docs: DocumentMeta[] = Array.from({ length: 400 }, (_, i) => ({
      docId: `article-${i}`,
      title: `中国・中央アジア首脳会議に関する長い見出し ${i}`,
      source: "通信社",
      published: "2025-06-17",
      url: `https://example.com/${i}`,
      file: `article-${i}.md`,
      hash: "x",
      paragraphs: 12,
    }));
    const card = sourcesCard(docs, en);
    expect(limitViolations(card)).toEqual([]);
    const footer = card.embeds[card.embeds.length - 1]!.footer?.text ?? "";
    expect(footer).toMatch(/^…and \d+ more\.$/);
    const shown = card.embeds
      .map((e) => e.description)
      .join("\n")
      .split("\n").length;
    expect(Number(/\d+/.exec(footer)![0]) + shown).toBe(400);
  });

  it("shows context within the limits with the quoted paragraph marked", () => {
    const ps: Passage[] = [1, 2, 3].map((n) => ({ id: `d#${n}`, docId: "d", n, text: longText(200), line: n }));
    const card = contextCard(ps, "d#2", undefined, en);
    expect(limitViolations(card)).toEqual([]);
    expect(card.embeds[0]!.description).toContain("▶ **d#2**");
  });

  it("keeps a quote check with many long quotes within the limits", () => {
    const long = longText(100);
    const checks: QuoteCheck[] = Array.from({ length: 30 }, (_, i) => ({
      quote: { text: long, start: 0, end: long.length, style: "kagikakko" },
      status: (["verbatim", "altered", "not_found"] as const)[i % 3]!,
      ...(i % 3 !== 2 ? { passageId: "d#1", sourceSpan: { start: 0, end: long.length } } : {}),
      similarity: 0.9,
      diff:
        i % 3 === 1
          ? [
              { op: "equal", quote: long, source: long },
              { op: "replace", quote: "北京", source: "西安" },
            ]
          : [],
      alsoIn: [],
    }));
    const results = Array.from({ length: 3 }, (_, i) => result(i, long));
    const card = findSourcesCard(long, checks, answer(results), en, () => ({ id: "d#1", title: "記事", text: long }));
    expect(limitViolations(card)).toEqual([]);
    expect(card.embeds[0]!.fields!.length).toBe(25);
    expect(card.embeds[0]!.fields![1]!.value).toContain("**北京**");
  });
});

describe("quote check within the work limit", () => {
  it("says a quotation was too long to check in full rather than plainly not found", () => {
    const quote = { text: "長い引用", start: 0, end: 4, style: "curly" as const };
    const check = (limited: boolean): QuoteCheck => ({
      quote,
      status: "not_found",
      similarity: 0,
      diff: [],
      alsoIn: [],
      ...(limited ? { limited: true } : {}),
    });
    const fieldOf = (c: QuoteCheck) =>
      findSourcesCard("長い引用", [c], answer([]), en, () => undefined).embeds[0]!.fields![0]!.value;
    expect(fieldOf(check(true))).toContain(en.limitedHint);
    expect(fieldOf(check(false))).toContain(en.notFoundHint);
    expect(LABELS.ja.limitedHint).toMatch(/長すぎ/);
  });
});

describe("text helpers", () => {
  it("cuts English on a word boundary and Japanese on a sentence boundary", () => {
    expect(truncate("The quick brown fox jumps over", 14)).toBe("The quick…");
    expect(truncate("一文目です。二文目はとても長いのでここで切れるはずです。", 12)).toBe("一文目です。…");
  });

  it("never splits a surrogate pair", () => {
    const t = truncate("🎉".repeat(10), 6);
    expect(t).toBe("🎉🎉…");
  });

  it("neutralizes every kind of mention", () => {
    const out = neutralizeMentions(
      "@everyone @here <@1234567890123456> <@!1234567890123456> <@&1234567890123456> <#1234567890123456>",
    );
    expect(out).not.toMatch(/@everyone|@here|<@!?\d|<@&\d|<#\d/);
  });

  it("escapes so that markup cannot leak out of a quote", () => {
    expect(escapeMarkdown("a*b_c~d`e|f\\g")).toBe("a\\*b\\_c\\~d\\`e\\|f\\\\g");
  });

  it("renders highlights in bold without swallowing surrounding spaces", () => {
    expect(renderQuote("one two three", [{ start: 3, end: 8 }], 100)).toBe("one **two** three");
  });
});

describe("highlights in Discord markdown", () => {
  it("sends two adjacent highlighted sentences as one bold span, never `**A。****B。**`", () => {
    const text = "第一の文。第二の文。第三の文。";
    const card = answerCard(
      answer([
        result(0, text, {
          highlights: [
            { start: 0, end: 5 },
            { start: 5, end: 10 },
          ],
        }),
      ]),
      LABELS.ja,
    );
    expect(card.embeds[0]!.description).toContain("**第一の文。第二の文。**第三の文。");
    expect(card.embeds[0]!.description).not.toContain("****");
  });

  it("quotes related passages without bold and marks them as not answering", () => {
    const text = "第一の文。第二の文。";
    const card = answerCard(
      {
        ...answer([result(0, text, { highlights: [{ start: 0, end: 5 }], strength: 0.05 })]),
        answerable: false,
        confidence: "related",
      },
      LABELS.en,
    );
    expect(card.content).toContain(LABELS.en.related);
    expect(card.embeds[0]!.description).toBe(text);
    expect(card.embeds[0]!.footer!.text).toContain("match 5%");
  });

  it("shows no 0% on a related card: the figure is left out, the citation stays", () => {
    const results = [result(0, "第一の文。", { strength: 0.05 }), result(1, "第二の文。", { strength: 0 })];
    const card = answerCard({ ...answer(results), answerable: false, confidence: "related" }, LABELS.ja);
    expect(card.embeds[0]!.footer!.text).toContain("一致度 5%");
    expect(card.embeds[1]!.footer!.text).toContain("doc1#2");
    expect(card.embeds[1]!.footer!.text).not.toMatch(/一致度|%/);
  });
});

describe("match % on an answer card (issue #24)", () => {
  const footers = (card: ReturnType<typeof answerCard>) => card.embeds.map((e) => e.footer!.text);

  it("never shows a quote a higher % than the quote above it: the figures follow the engine's order", () => {
    const results = [0.47, 1, 0.3, 0.5].map((strength, i) => result(i, sentence(i), { strength }));
    expect(shownMatchPercents(results)).toEqual([47, 47, 30, 30]);
    const card = answerCard(answer(results), en);
    expect(footers(card).map((f) => /match (\d+)%/.exec(f)?.[1])).toEqual(["47", "47", "30", "30"]);
    // The order is the engine's, unchanged.
    expect(footers(card).map((f) => f.split(" · ").find((x) => x.startsWith("doc")))).toEqual([
      "doc0#1",
      "doc1#2",
      "doc2#3",
      "doc3#4",
    ]);
  });

  it("shows no match % where it would read 0%", () => {
    const card = answerCard(
      answer([result(0, sentence(0), { strength: 0.6 }), result(1, sentence(1), { strength: 0.004 })]),
      LABELS.ja,
    );
    expect(footers(card)[0]).toContain("60%");
    expect(footers(card)[1]).not.toMatch(/%/);
  });

  it("takes the figures it is given, so page 2 continues page 1's", () => {
    const card = answerCard(answer([result(3, sentence(3), { strength: 0.9 })]), en, {
      firstNumber: 4,
      matchPercents: [40],
    });
    expect(footers(card)[0]).toContain("match 40%");
  });
});

describe("citations people can check", () => {
  const doc = (extra: Partial<DocumentMeta>): DocumentMeta => ({
    docId: "doc0",
    title: "記事 0",
    file: "doc0.md",
    hash: "h",
    paragraphs: 3,
    ...extra,
  });
  const answer = (r: Result): Answer => ({
    question: "q",
    lang: "ja",
    answerable: true,
    confidence: "answer",
    evidence: 1,
    results: [r],
  });

  it("shows the event date when the article states one, else the publication date, and the link", () => {
    const card = answerCard(answer(result(0, "本文。")), en, {
      documentOf: () => doc({ eventDate: "2024-07-03", published: "2024-07-04" }),
    });
    expect(card.embeds[0]!.footer!.text).toBe("通信社 · event 2024-07-03 · § 経済 · doc0#1 · match 80%");
    // The title links to the sentence on the original page (a text fragment for the quote's first sentence).
    expect(card.embeds[0]!.url).toBe("https://example.com/0#:~:text=%E6%9C%AC%E6%96%87%E3%80%82");
    // With the archive site (PUBLIC_URL), the title links to the paragraph there and a field to the original sentence.
    const linked = answerCard(
      answer(result(0, "本文。", { permalink: "https://summits.example.org/doc/d0#1" })),
      en,
      {},
    );
    expect(linked.embeds[0]!.url).toBe("https://summits.example.org/doc/d0#1");
    expect(linked.embeds[0]!.fields?.[0]).toEqual({
      name: "Original page",
      value: "[通信社](https://example.com/0#:~:text=%E6%9C%AC%E6%96%87%E3%80%82)",
    });
    const published = answerCard(answer(result(0, "本文。")), LABELS.ja, {
      documentOf: () => doc({ published: "2023-05-19" }),
    });
    expect(published.embeds[0]!.footer!.text).toBe("通信社 · 掲載 2023-05-19 · § 経済 · doc0#1 · 一致度 80%");
  });

  it("marks a title the editors wrote, and cites an article without source or link by date and id", () => {
    const r = result(0, "本文。", {
      source: undefined,
      url: undefined,
      section: undefined,
      title: "習近平国家主席とトカエフ大統領が会談",
    });
    const card = answerCard(answer(r), en, {
      documentOf: () => doc({ editorialTitle: true, eventDate: "2024-07-03" }),
    });
    expect(card.embeds[0]!.title).toBe("[1] 習近平国家主席とトカエフ大統領が会談 (title by the editors)");
    expect(card.embeds[0]!.footer!.text).toBe("event 2024-07-03 · doc0#1 · match 80%");
    expect(card.embeds[0]!.url).toBeUndefined();
    const list = sourcesCard(
      [doc({ title: "会談", editorialTitle: true, eventDate: "2024-07-03", source: "CGTN" })],
      en,
    );
    expect(list.embeds[0]!.description).toBe(
      "• **会談 (title by the editors)** — CGTN · event 2024-07-03 · 3 ¶ `doc0`",
    );
  });
});
