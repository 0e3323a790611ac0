import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { terminalStyle } from "../../src/cli/terminal.js";
import { loadConfig } from "../../src/config.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { displayWidth } from "../../src/render/width.js";
import type { Answer, Result } from "../../src/search/types.js";

function answerWith(text: string, highlight: { start: number; end: number }, lang: "ja" | "en" = "en"): Answer {
  const r: Result = {
    id: "doc#1",
    docId: "doc",
    n: 1,
    title: "T",
    text,
    score: 1,
    highlights: [highlight],
    duplicates: [],
    glosses: [],
    strength: 1,
  };
  return { question: "q", lang, answerable: true, confidence: "answer", evidence: 1, results: [r] };
}

const quoteLines = (out: string) =>
  out
    .split("\n\n[1]")[0]!
    .split("\n")
    .filter((l) => l.startsWith("  > ") || l.startsWith("  >"));
const ESC = /\x1b\[[0-9;]*m/g;

describe("quotes wrapped to the terminal keep their `> ` on every line", () => {
  const english =
    "The leaders agreed to expand trade, build new railways and simplify customs procedures across the region. Trade grew by 35 percent over two years, officials said at the closing press conference.";
  const hl = { start: english.indexOf("Trade grew"), end: english.indexOf("two years,") + "two years,".length };

  it("English: every row starts with `  > `, fits the width, breaks after a space, and the rows give the text back", () => {
    const out = renderTerminal(answerWith(english, hl), { color: false, width: 40 });
    const lines = out.split("\n").slice(
      0,
      out.split("\n").findIndex((l) => l === ""),
    );
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines) {
      expect(l.startsWith("  > ")).toBe(true);
      expect(displayWidth(l)).toBeLessThanOrEqual(40);
    }
    expect(lines.slice(0, -1).every((l) => l.endsWith(" "))).toBe(true);
    const joined = lines.map((l) => l.slice(4)).join("");
    expect(joined).toBe(
      `${english.slice(0, hl.start)}【${english.slice(hl.start, hl.end)}】${english.slice(hl.end)} [1]`,
    );
  });

  it("Japanese: counts two columns a character", () => {
    const ja = "中国と中央アジアの貿易は過去2年で35%増加した。首脳会議では鉄道と税関の協力で合意した。";
    const out = renderTerminal(answerWith(ja, { start: 0, end: ja.indexOf("。") + 1 }, "ja"), {
      color: false,
      width: 30,
    });
    const lines = quoteLines(out);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(30);
    expect(
      lines
        .map((l) => l.slice(4))
        .join("")
        .replace(/[【】]/g, ""),
    ).toBe(`${ja} [1]`);
  });

  it("with colour the highlight is closed at each row's end and reopened after the `> `", () => {
    const out = renderTerminal(answerWith(english, hl), { color: true, width: 40 });
    const lines = out.split("\n").filter((l) => l.startsWith("  > "));
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines) {
      expect(displayWidth(l.replace(ESC, ""))).toBeLessThanOrEqual(40);
      const opens = (l.match(/\x1b\[1;33m/g) ?? []).length;
      expect((l.match(/\x1b\[0m/g) ?? []).length).toBe(opens);
    }
    expect(lines.filter((l) => l.startsWith("  > \x1b[1;33m")).length).toBeGreaterThan(0);
    expect(lines.map((l) => l.slice(4).replace(ESC, "")).join("")).toBe(`${english} [1]`);
  });

  it("keeps the paragraph's own line breaks, each line with its `> `", () => {
    const list = "合意した項目:\n- 鉄道の建設を急ぐ\n- 税関手続きを簡素化する";
    const out = renderTerminal(answerWith(list, { start: list.indexOf("- 税関"), end: list.length }, "ja"), {
      color: false,
      width: 80,
    });
    expect(quoteLines(out)).toEqual([
      "  > 合意した項目:",
      "  > - 鉄道の建設を急ぐ",
      "  > 【- 税関手続きを簡素化する】 [1]",
    ]);
  });

  it("does not wrap when no width is known (output piped to a file)", () => {
    const out = renderTerminal(answerWith(english, hl), { color: false });
    expect(quoteLines(out)).toHaveLength(1);
  });
});

describe("a long paragraph is shown as a window around its highlight", () => {
  const sentences = Array.from({ length: 750 }, (_, i) => `第${i}文では地域の協力について長く述べている。`);
  const text = sentences.join("").padEnd(19_000, "あ");
  const target = sentences[600]!;
  const start = text.indexOf(target);
  const answer = answerWith(text, { start, end: start + target.length }, "ja");

  it("quotes the highlighted sentence with ellipses, not 19,000 characters, and says it is an excerpt", () => {
    expect(text.length).toBe(19_000);
    const out = renderTerminal(answer, { color: false });
    expect(out.length).toBeLessThan(1_500);
    const quote = quoteLines(out)
      .map((l) => l.slice(4))
      .join("\n")
      .replace(/ \[1\]$/, "");
    expect(quote.startsWith("…")).toBe(true);
    expect(quote.endsWith("…")).toBe(true);
    expect(quote).toContain(`【${target}】`);
    // What is shown is verbatim: one piece of the paragraph.
    const shown = quote.slice(1, -1).replace(/[【】]/g, "");
    expect(text.includes(shown)).toBe(true);
    expect(out).toMatch(
      new RegExp(
        `\\n {2}\\(抜粋: 全19,000字のうち${shown.length.toLocaleString("en-US")}字。段落全体は --full で表示\\)\\n`,
      ),
    );
  });

  it("prints it whole when asked (--full)", () => {
    const out = renderTerminal(answer, { color: false, maxQuoteChars: Infinity });
    expect(out).toContain(text.slice(0, start));
    expect(out).not.toContain("抜粋");
  });

  it("an ordinary paragraph is never cut", () => {
    const out = renderTerminal(answerWith("短い段落。", { start: 0, end: 5 }, "ja"), { color: false });
    expect(out.startsWith("  > 【短い段落。】 [1]\n")).toBe(true);
  });
});

describe("NO_COLOR and FORCE_COLOR", () => {
  const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 72 });
  const pipe = new PassThrough();

  it.each([
    [{}, "terminal", true],
    [{}, "pipe", false],
    [{ NO_COLOR: "1" }, "terminal", false],
    [{ NO_COLOR: "" }, "terminal", true],
    [{ FORCE_COLOR: "1" }, "pipe", true],
    [{ FORCE_COLOR: "0" }, "terminal", false],
    [{ FORCE_COLOR: "1", NO_COLOR: "1" }, "pipe", true],
  ] as const)("%j on a %s: colour %s", (env, kind, color) => {
    expect(terminalStyle(loadConfig(env), kind === "terminal" ? tty : pipe).color).toBe(color);
  });

  it("wraps to the terminal's columns, and not at all when piped", () => {
    expect(terminalStyle(loadConfig({}), tty).width).toBe(72);
    expect(terminalStyle(loadConfig({}), pipe).width).toBeUndefined();
  });
});
