import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFixtureIndex, copyCorpus, isolateEnv, tempDirs } from "../helpers/fixtures.js";
import { runCli } from "../helpers/io.js";

const tmp = tempDirs();
const root = tmp("summit-cli-ask-");
const indexDir = join(root, "index");
isolateEnv({ corpusDir: join(root, "corpus"), indexDir });

beforeAll(async () => {
  await buildFixtureIndex(copyCorpus(join(root, "corpus")), indexDir);
});

describe("summit-bot ask", () => {
  it("prints the quotes with the answering sentence marked, then numbered citations", async () => {
    const run = await runCli(["ask", "中国は中央アジアにいくら融資すると表明した？"]);
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
    expect(
      run.out.startsWith(
        "  > 【中国は中央アジア諸国に総額260億元の融資と無償援助を提供すると表明した。】資金は交通インフラや産業協力に充てられる。 [1]\n",
      ),
    ).toBe(true);
    expect(run.out).toContain(
      "\n[1] 中国・中央アジア首脳会議が西安で開幕 — § 経済協力 — 東洋経済通信 — xian-summit-2023#3 — https://example.com/news/xian-summit-2023#:~:text=%E4%B8%AD%E5%9B%BD%E3%81%AF%E4%B8%AD%E5%A4%AE%E3%82%A2%E3%82%B8%E3%82%A2%E8%AB%B8%E5%9B%BD%E3%81%AB%E7%B7%8F%E9%A1%8D260%E5%84%84%E5%85%83%E3%81%AE%E8%9E%8D%E8%B3%87%E3%81%A8%E7%84%A1%E5%84%9F%E6%8F%B4%E5%8A%A9%E3%82%92%E6%8F%90%E4%BE%9B%E3%81%99%E3%82%8B%E3%81%A8%E8%A1%A8%E6%98%8E%E3%81%97%E3%81%9F%E3%80%82 — 一致度 100%\n",
    );
    // Three results by default.
    expect(run.out.match(/^\[\d\] /gm)).toEqual(["[1] ", "[2] ", "[3] "]);
  });

  it("joins the words of an unquoted question, and takes --k and --article", async () => {
    const run = await runCli([
      "ask",
      "--k",
      "1",
      "--article",
      "astana-summit-2025",
      "天然ガス",
      "パイプライン",
      "の",
      "D線",
    ]);
    expect(run.code).toBe(0);
    expect(run.out.match(/^\[\d\] .*$/gm)).toEqual([
      expect.stringMatching(
        /^\[1\] アスタナで第2回首脳会議、永久善隣友好協力条約に署名 — § エネルギー — 中央アジア時報 — astana-summit-2025#3 — 一致度 \d+%$/,
      ),
    ]);
  });

  it("quotes a paragraph two articles share once, and names the other article (neither dated: the id sorting first is quoted)", async () => {
    const run = await runCli(["ask", "永久善隣友好協力条約に署名したのはいつ？"]);
    expect(run.out).toContain("  (同じ記事の他の掲載: 中央アジア時報 (astana-summit-2025#1))");
    expect(run.out).toMatch(/^\[1\] アスタナ首脳会議の要点\(速報\) — astana-brief#1 — /m);
    expect(run.out).not.toContain("— astana-summit-2025#1 —");
  });

  it("refuses plainly, in Japanese or English as asked", async () => {
    const ja = await runCli(["ask", "明日の東京の天気は？"]);
    expect([ja.code, ja.out]).toEqual([0, "記事の中に、この質問に答える箇所は見つかりませんでした。\n"]);
    const en = await runCli(["ask", "What is the weather in Paris tomorrow?"]);
    expect([en.code, en.out]).toEqual([0, "Nothing in the articles answers that question.\n"]);
  });

  it("is a usage error (exit 2) without a question", async () => {
    for (const argv of [["ask"], ["ask", "  "], ["ask", "--k", "2"]]) {
      const run = await runCli(argv);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/^summit-bot ask: expected a question, e\.g\. summit-bot ask "/);
      expect(run.out).toBe("");
    }
  });
});
