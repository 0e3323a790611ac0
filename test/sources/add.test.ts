import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildPdf, type PdfSpec } from "../fixtures/web/build-pdf.js";
import { WEB_FIXTURES, type FixtureSite } from "../fixtures/web/server.js";
import { runCli } from "../helpers/io.js";
import { webCliSetup } from "../helpers/web-cli.js";

const setup = webCliSetup("add");
const { tmp, corpusWithIndex } = setup;
let site: FixtureSite;
beforeAll(() => {
  site = setup.site();
});

const listing = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("summit-bot add", () => {
  it("writes the page as a corpus article and the next question is answered from it", async () => {
    const { corpus, index, dirs } = await corpusWithIndex();
    const question = "鉄道貨物の通関の単一窓口で、国境での待ち時間を何時間以内に短縮することを目指していますか？";
    const before = await runCli(["ask", "--index", index, question]);
    expect(before.out).not.toContain("12時間以内");

    const run = await runCli(["add", `${site.base}/pages/ja-news.html`, ...dirs]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^added +silkroad-tsushin-rail-customs: "中国・中央アジア、鉄道貨物の通関を一本化へ　ホルゴスで試行開始" \(シルクロード通信, 2025-06-19, 5 paragraphs\)$/m,
    );
    const file = readFileSync(join(corpus, "silkroad-tsushin-rail-customs.md"), "utf8");
    expect(file).toMatch(
      /^---\ntitle: "中国・中央アジア、鉄道貨物の通関を一本化へ　ホルゴスで試行開始"\nsource: "シルクロード通信"\nurl: "https:\/\/silkroad-tsushin.example\/news\/20250619\/rail-customs"\npublished: "2025-06-19T14:05:00\+09:00"\nlang: ja\nfetched: "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\n---\n/,
    );
    expect(file).toContain(
      "\n# 対象は小麦と自動車部品から\n\n最初の対象品目は次の2つに絞られる。\n- カザフスタン産の小麦\n- 中国から中央アジア向けの自動車部品\n",
    );

    const after = await runCli(["ask", "--index", index, question]);
    expect(after.out).toContain("silkroad-tsushin-rail-customs#2");
    expect(after.out).toContain("12時間以内に短縮することを目指す");
  });

  it("writes an English page with its sections and lists", async () => {
    const { corpus, dirs } = await corpusWithIndex();
    const run = await runCli(["add", `${site.base}/pages/en-news.html`, ...dirs]);
    expect(run.out).toMatch(
      /^added +steppe-daily-amu-darya-basin-fund: "Central Asia water ministers agree Amu Darya basin fund" \(Steppe Daily, 2025-06-18, 6 paragraphs\)$/m,
    );
    const file = readFileSync(join(corpus, "steppe-daily-amu-darya-basin-fund.md"), "utf8");
    expect(file).toContain(
      "\n# Who pays, and how much\n\nUnder the agreement, the contributions are split as follows:\n- China: 400 million dollars over four years\n",
    );
  });

  it("adding the same story from another outlet says it was published earlier, and answers quote the earlier one and name it", async () => {
    const { index, dirs } = await corpusWithIndex();
    await runCli(["add", `${site.base}/pages/en-news.html`, ...dirs]);
    const run = await runCli(["add", `${site.base}/pages/en-news-edited.html`, ...dirs]);
    expect(run.code).toBe(0);
    expect(run.out.split("\n")[0]).toBe(
      'added     tashkent-times-en-news-edited: "Five nations and China launch $1.2bn Amu Darya fund" (Tashkent Times, 2025-06-19, 5 paragraphs) — 5 paragraphs also published earlier by steppe-daily-amu-darya-basin-fund: answers quote it and name this article',
    );
    const json = await runCli([
      "search",
      "--json",
      "--k",
      "3",
      "--index",
      index,
      "How much is the Amu Darya basin fund?",
    ]);
    const first = JSON.parse(json.out).results[0];
    expect(first.id).toMatch(/^steppe-daily-amu-darya-basin-fund#\d$/);
    expect(first.also_published_by).toEqual([
      expect.objectContaining({
        docId: "tashkent-times-en-news-edited",
        source: "Tashkent Times",
        published: "2025-06-19T07:00:00+05:00",
      }),
    ]);
  });

  it("updates the same document when the URL is added again, and says when nothing changed", async () => {
    const { corpus, dirs } = await corpusWithIndex();
    await runCli(["add", `${site.base}/pages/amp.html`, ...dirs]);
    const files = readdirSync(corpus).sort();
    const again = await runCli(["add", `${site.base}/pages/amp.html`, ...dirs]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^unchanged +caspian-wire-kyrgyz-railway-first-rails: .* — the same text as before$/m);
    expect(readdirSync(corpus).sort()).toEqual(files);
  });

  it("re-adding a changed page updates its article and says what happened to its paragraphs' ids", async () => {
    const { corpus, dirs } = await corpusWithIndex();
    const original = readFileSync(join(WEB_FIXTURES, "dev", "pages", "amp.html"), "utf8");
    site.setPage("amp-changing.html", original);
    await runCli(["add", `${site.base}/pages/amp-changing.html`, ...dirs]);
    // The second paragraph is edited (it keeps its id), a new one is inserted before the third (a new id).
    const changed = original
      .replace("The Kyrgyz section is 305 kilometres long", "The Kyrgyz section is 306 kilometres long")
      .replace(
        "<p>When the line opens",
        "<p>Officials said the first test train could run in the autumn of 2026, a year ahead of the original schedule, if the tunnels are finished on time.</p>\n<p>When the line opens",
      );
    site.setPage("amp-changing.html", changed);
    const run = await runCli(["add", `${site.base}/pages/amp-changing.html`, ...dirs]);
    expect(run.out).toMatch(
      /^updated +caspian-wire-kyrgyz-railway-first-rails: .*\(Caspian Wire, 2025-07-02, 4 paragraphs\) — 2 paragraphs kept, 1 edited \(same ids, older text kept\), 1 new \(new ids\)$/m,
    );
    expect(readdirSync(corpus).filter((f) => f.startsWith("caspian-wire"))).toEqual([
      "caspian-wire-kyrgyz-railway-first-rails.md",
    ]);
    expect(readFileSync(join(corpus, "caspian-wire-kyrgyz-railway-first-rails.md"), "utf8")).toContain(
      "306 kilometres",
    );
  });

  it("never overwrites another document that has the same id: the new one gets -2", async () => {
    const { corpus, dirs } = await corpusWithIndex();
    const other = '---\ntitle: "Someone else\'s notes"\n---\n\nA paragraph that must survive the add.\n';
    writeFileSync(join(corpus, "steppe-daily-amu-darya-basin-fund.md"), other);
    const run = await runCli(["add", `${site.base}/pages/en-news.html`, ...dirs]);
    expect(run.out).toMatch(/^added +steppe-daily-amu-darya-basin-fund-2: /m);
    expect(readFileSync(join(corpus, "steppe-daily-amu-darya-basin-fund.md"), "utf8")).toBe(other);
  });

  it("reports a failed fetch with exit code 1 and leaves corpus and index as they were", async () => {
    const { corpus, index, dirs } = await corpusWithIndex();
    const files = listing(corpus);
    const manifest = statSync(join(index, "manifest.json")).mtimeMs;
    const run = await runCli(["add", `${site.base}/status/404`, `${site.base}/hostile/gzip-bomb`, ...dirs]);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`failed    ${site.base}/status/404: expected a page (HTTP 200), received HTTP 404`);
    expect(run.out).toContain("once decompressed, the response went past it");
    expect(listing(corpus)).toEqual(files);
    expect(statSync(join(index, "manifest.json")).mtimeMs).toBe(manifest);
  });

  it("adds the good inputs of a batch and reports the bad one", async () => {
    const { corpus, dirs } = await corpusWithIndex();
    const run = await runCli(["add", `${site.base}/pages/ja-sjis.html`, `${site.base}/hostile/not-a-pdf.pdf`, ...dirs]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(
      /^added +ja-sjis: "ドゥシャンベで青年交流フォーラム　中国・中央アジアの大学生300人が参加" \(中央アジア新報, 2025-05-28, 4 paragraphs\)$/m,
    );
    expect(run.out).toMatch(/^failed .*not-a-pdf\.pdf: .*expected a PDF/m);
    expect(existsSync(join(corpus, "ja-sjis.md"))).toBe(true);
  });

  it("adds a local PDF named after the file, and a saved page by the address it names, as its URL would be", async () => {
    const { corpus, dirs } = await corpusWithIndex();
    const pdf = join(tmp(), "green-energy-statement.pdf");
    writeFileSync(
      pdf,
      await buildPdf(
        JSON.parse(readFileSync(join(WEB_FIXTURES, "dev", "pages", "report.pdf.json"), "utf8")) as PdfSpec,
      ),
    );
    const run = await runCli(["add", pdf, join(WEB_FIXTURES, "dev", "pages", "ja-news.html"), ...dirs]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^added +green-energy-statement: "Joint Statement on Green Energy Cooperation" \(2025-05-12, 5 paragraphs\)$/m,
    );
    expect(run.out).toMatch(/^added +silkroad-tsushin-rail-customs: /m);
    // A local file records when it was added and its folder and name — never the path above that.
    const written = readFileSync(join(corpus, "green-energy-statement.md"), "utf8");
    expect(written).toMatch(/^fetched: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"$/m);
    expect(written).toContain(`source_file: "${basename(dirname(pdf))}/green-energy-statement.pdf"`);
    expect(written).not.toContain(dirname(dirname(pdf)));
  });

  it("a local file added twice is the same article, not a second one under -2; an edited file updates it, keeping unchanged ids", async () => {
    const { corpus, index, dirs } = await corpusWithIndex();
    const folder = tmp();
    const file = join(folder, "water-statement.txt");
    const text = (months: string) =>
      `Statement on water data\n\nThe five Central Asian states and China agreed to share hydrological data from the Amu Darya and Syr Darya basins every ${months}, starting in January 2026.\n\nThe data will be published on a joint portal hosted in Tashkent, in Russian, Chinese and English.\n`;
    writeFileSync(file, text("month"));
    expect((await runCli(["add", file, ...dirs])).out).toMatch(/^added +water-statement: /m);
    const first = readFileSync(join(corpus, "water-statement.md"), "utf8");
    const again = await runCli(["add", file, ...dirs]);
    expect(again.code).toBe(0);
    expect(again.out).toBe(
      'unchanged water-statement: "Statement on water data" (2 paragraphs) — the same text as before\n',
    );
    expect(readdirSync(corpus).filter((f) => f.startsWith("water-statement"))).toEqual(["water-statement.md"]);
    // The file is known by its folder and name: edited, and added from another working directory, it updates its article.
    writeFileSync(file, text("week"));
    const cwd = process.cwd();
    process.chdir(folder);
    let edited;
    try {
      edited = await runCli(["add", "water-statement.txt", ...dirs]);
    } finally {
      process.chdir(cwd);
    }
    expect(edited.out).toMatch(
      /^updated +water-statement: "Statement on water data" \(2 paragraphs\) — 1 paragraph kept, 1 edited \(same ids, older text kept\)$/m,
    );
    expect(readdirSync(corpus).filter((f) => f.startsWith("water-statement"))).toEqual(["water-statement.md"]);
    // The first `fetched:` (when it was first added) stays.
    expect(readFileSync(join(corpus, "water-statement.md"), "utf8")).toContain(/^fetched: .*$/m.exec(first)![0]);
    const cited = await runCli(["cite", "--index", index, "water-statement#1"]);
    expect(cited.out).toContain("every week");
    expect(cited.out).toContain("every month");
    expect((await runCli(["cite", "--index", index, "water-statement#2"])).out).toContain("joint portal");
  });

  it("a file whose article was added before source_file was recorded updates that article when its title and text match; else it goes beside it, saying why", async () => {
    const { corpus, index, dirs } = await corpusWithIndex();
    const para1 = (months: string) =>
      `The five Central Asian states and China agreed to share hydrological data from the Amu Darya and Syr Darya basins every ${months}, starting in January 2026.`;
    const para2 = "The data will be published on a joint portal hosted in Tashkent, in Russian, Chinese and English.";
    // As `add` wrote a .txt file before it recorded files: no url, no source_file, no fetched.
    writeFileSync(
      join(corpus, "water-statement.md"),
      `---\ntitle: "Statement on water data"\nlang: en\n---\n\n${para1("month")}\n\n${para2}\n`,
    );
    writeFileSync(
      join(corpus, "field-notes.md"),
      `---\ntitle: "Field notes"\n---\n\nNotes written by hand about the Astana summit's side events and who attended them, kept for the editors.\n`,
    );
    expect((await runCli(["ingest", ...dirs])).code).toBe(0);

    const folder = join(tmp(), "press");
    mkdirSync(folder);
    writeFileSync(join(folder, "water-statement.txt"), `Statement on water data\n\n${para1("week")}\n\n${para2}\n`);
    writeFileSync(
      join(folder, "field-notes.txt"),
      "Field notes from Xi'an\n\nThe railway operators of Kazakhstan and Uzbekistan signed a timetable for container trains through Khorgos and Tashkent.\n",
    );
    const run = await runCli(["add", join(folder, "water-statement.txt"), join(folder, "field-notes.txt"), ...dirs]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^updated +water-statement: "Statement on water data" \(2 paragraphs\) — 1 paragraph kept, 1 edited \(same ids, older text kept\) — water-statement was added from a file of this name before add recorded which file; its title and text match, so it is updated, now recorded as press\/water-statement\.txt$/m,
    );
    expect(run.out).toMatch(
      /^added +field-notes-2: "Field notes from Xi'an" \(1 paragraph\) — field-notes has this file's name but no record of the file it came from \(added before add recorded files, or written by hand\) and another title or text: kept as it is — remove it if this replaces it$/m,
    );
    expect(readFileSync(join(corpus, "water-statement.md"), "utf8")).toContain(
      'source_file: "press/water-statement.txt"',
    );
    expect(readFileSync(join(corpus, "field-notes.md"), "utf8")).toContain("Notes written by hand");
    expect(readdirSync(corpus).filter((f) => f.startsWith("water-statement"))).toEqual(["water-statement.md"]);
    // The edited paragraph kept its id, with the older text.
    const cited = await runCli(["cite", "--index", index, "water-statement#1"]);
    expect(cited.out).toContain("every week");
    expect(cited.out).toContain("every month");
  });

  it("removes an article again, and refuses an id the corpus does not have", async () => {
    const { corpus, index, dirs } = await corpusWithIndex();
    await runCli(["add", `${site.base}/pages/ja-news.html`, ...dirs]);
    const run = await runCli(["remove", "silkroad-tsushin-rail-customs", ...dirs]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      // Named by its title too, as /sources remove names it; the ideographic space kept.
      "removed silkroad-tsushin-rail-customs (“中国・中央アジア、鉄道貨物の通関を一本化へ\u3000ホルゴスで試行開始”) (silkroad-tsushin-rail-customs.md); index: 4 documents, 13 paragraphs\n",
    );
    expect(existsSync(join(corpus, "silkroad-tsushin-rail-customs.md"))).toBe(false);
    const ask = await runCli([
      "ask",
      "--index",
      index,
      "鉄道貨物の通関の単一窓口で、国境での待ち時間を何時間以内に短縮することを目指していますか？",
    ]);
    expect(ask.out).not.toContain("silkroad-tsushin-rail-customs");
    const unknown = await runCli(["remove", "no-such-article", ...dirs]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain(
      'expected the id of an article in the corpus (its file name without .md/.txt), received "no-such-article"',
    );
  });

  it("refuses the loopback site unless SUMMIT_FETCH_ALLOW_PRIVATE is set", async () => {
    const { dirs } = await corpusWithIndex();
    vi.stubEnv("SUMMIT_FETCH_ALLOW_PRIVATE", "false");
    try {
      const run = await runCli(["add", `${site.base}/pages/en-news.html`, ...dirs]);
      expect(run.code).toBe(1);
      expect(run.out).toContain("expected a public address, received 127.0.0.1");
    } finally {
      vi.stubEnv("SUMMIT_FETCH_ALLOW_PRIVATE", "true");
    }
  });
});
