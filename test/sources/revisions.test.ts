/**
 * Changed and removed articles (issue #21 part 4), as a user meets them: an article added from a
 * page on 127.0.0.1, the page changed (a paragraph inserted at the top, one edited, one deleted)
 * and added again; then the same by a hand edit of the corpus file and `ingest`. Unchanged
 * paragraphs keep their ids; `cite`, `search --json` and Discord's `/cite` say that the edited one
 * changed and the deleted one was removed, with the older text marked as such.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openEngine } from "../../src/engine/open.js";
import { readIndex, readManifest } from "../../src/index/storage/store.js";
import { revisionsPath } from "../../src/corpus/revisions-store.js";
import { WEB_FIXTURES } from "../fixtures/web/server.js";
import { runCli } from "../helpers/io.js";
import { webCliSetup } from "../helpers/web-cli.js";
import { startHarness, type Harness } from "../discord/harness.js";
import { startWebServer } from "../../src/web/server.js";

const setup = webCliSetup("revisions");
const DOC = "steppe-daily-amu-darya-basin-fund";
const original = readFileSync(join(WEB_FIXTURES, "dev", "pages", "en-news.html"), "utf8");
const INSERTED =
  "Update, 19 June: the Turkmen delegation said it would sign the agreement only after its parliament approves the fund's charter.";
const SECRETARIAT = "A secretariat of twelve engineers will sit in Nukus";
const FARMERS = "Farmers' associations in Khorezm welcomed the plan";

/** The page changed three ways: a paragraph inserted at the top, #4 edited, #5 deleted. */
const changedPage = () =>
  original
    .replace('<p class="byline">By Aigerim Sultanova · 18 June 2025</p>\n', (m) => `${m}<p>${INSERTED}</p>\n`)
    .replace("twelve engineers will sit in Nukus", "fifteen engineers will sit in Nukus")
    .replace(/<p>Farmers' associations in Khorezm[^\n]*<\/p>\n/, "");

/** Every paragraph of the index by id. */
const texts = (index: string) => new Map(readIndex(index).passages.map((p) => [p.id, p.text] as const));

const json = async (index: string, id: string) => {
  const run = await runCli(["search", "--json", "--index", index, id]);
  expect(run.code).toBe(0);
  return JSON.parse(run.out.trim());
};

describe("a page re-added after it changed", () => {
  let dirs: string[];
  let index: string;
  let corpus: string;
  let before: Map<string, string>;

  beforeAll(async () => {
    ({ dirs, index, corpus } = await setup.corpusWithIndex());
    setup.site().setPage("revised.html", original);
    const first = await runCli(["add", `${setup.site().base}/pages/revised.html`, ...dirs]);
    expect(first.code).toBe(0);
    before = texts(index);
    setup.site().setPage("revised.html", changedPage());
    const again = await runCli(["add", `${setup.site().base}/pages/revised.html`, ...dirs]);
    expect(again.out).toMatch(
      new RegExp(
        `^updated +${DOC}: .* — 4 paragraphs kept, 1 edited \\(same ids, older text kept\\), 1 new \\(new ids\\), 1 removed \\(ids retired\\)$`,
        "m",
      ),
    );
  });

  it("keeps the ids of the unchanged paragraphs, gives the inserted one a new id and retires the deleted one", () => {
    const after = texts(index);
    for (const n of [1, 2, 3, 6]) expect(after.get(`${DOC}#${n}`)).toBe(before.get(`${DOC}#${n}`));
    expect(after.get(`${DOC}#4`)).toContain("fifteen engineers");
    expect(after.has(`${DOC}#5`)).toBe(false);
    expect(after.get(`${DOC}#7`)).toBe(INSERTED);
    // The other articles were not touched.
    for (const [id, text] of before) if (!id.startsWith(DOC)) expect(after.get(id)).toBe(text);
  });

  it("keeps the numbering beside the corpus, where ingest finds it however the index is rebuilt", async () => {
    const store = JSON.parse(readFileSync(revisionsPath(corpus), "utf8"));
    expect(store.documents[DOC].paragraphs.map((p: { n: number }) => p.n)).toEqual([7, 1, 2, 3, 4, 6]);
    // A rebuilt index from scratch (a new folder) numbers the same way.
    const fresh = join(setup.tmp(), "fresh-index");
    const run = await runCli(["ingest", "--corpus", corpus, "--index", fresh]);
    expect(run.code).toBe(0);
    expect(texts(fresh)).toEqual(texts(index));
  });

  it("`cite` of the edited paragraph says it changed, shows the current text as current and the old one as old", async () => {
    const run = await runCli(["cite", "--index", index, `${DOC}#4`]);
    expect(run.code).toBe(0);
    const [now, old] = run.out.split(/Before .* it read \(older text, no longer in the article\):/);
    expect(run.out).toMatch(new RegExp(`^${DOC}#4 was changed on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`));
    expect(now).toContain("fifteen engineers");
    expect(now).not.toContain("twelve engineers");
    expect(old).toContain(`> ${SECRETARIAT}`);
  });

  it("`cite` of the deleted paragraph says it was removed and shows its last text marked as removed", async () => {
    const run = await runCli(["cite", "--index", index, `${DOC}#5`]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      new RegExp(
        `^${DOC}#5 was removed from the article on .* Its last text \\(removed, no longer in the article\\):\\n  > ${FARMERS}`,
      ),
    );
  });

  it("`cite` of an unchanged paragraph prints it as it is, and of an id never used fails", async () => {
    const run = await runCli(["cite", "--index", index, `${DOC}#1`]);
    expect(run.out).toContain("> Water ministers from the five Central Asian states");
    expect(run.out).not.toMatch(/changed|removed|match \d+%/);
    const none = await runCli(["cite", "--index", index, `${DOC}#8`]);
    expect(none.code).toBe(1);
    expect(none.err).toContain(`no paragraph has the id ${DOC}#8`);
  });

  it("`search --json` given the ids answers with the paragraph and a status, never with other text", async () => {
    const edited = await json(index, `${DOC}#4`);
    expect(edited.answerable).toBe(true);
    expect(edited.results).toHaveLength(1);
    expect(edited.results[0]).toMatchObject({ id: `${DOC}#4`, status: "changed" });
    expect(edited.results[0].text).toContain("fifteen engineers");
    expect(edited.results[0].previous).toContain("twelve engineers");
    expect(edited.results[0].since).toMatch(/^\d{4}-\d\d-\d\dT/);

    const removed = await json(index, `${DOC}#5`);
    expect(removed.answerable).toBe(false);
    expect(removed.results).toHaveLength(1);
    expect(removed.results[0]).toMatchObject({ id: `${DOC}#5`, status: "removed" });
    expect(removed.results[0].text).toContain(FARMERS);

    const kept = await json(index, `${DOC}#2`);
    expect(kept.results[0]).toMatchObject({ id: `${DOC}#2`, status: "current" });
    expect(kept.results[0].previous).toBeUndefined();
  });

  it("`ask` given the deleted id says it was removed instead of answering with another paragraph", async () => {
    const run = await runCli(["ask", "--index", index, `${DOC}#5`]);
    expect(run.out).toMatch(/was removed from the article on/);
    expect(run.out.match(/^ {2}> /gm)).toHaveLength(1);
  });

  describe("on Discord", () => {
    let h: Harness;
    beforeAll(async () => {
      const env = { SUMMIT_EMBEDDER: "hash", SUMMIT_INDEX_DIR: index };
      h = await startHarness(await openEngine(loadConfig(env), { indexDir: index, skipFreshness: true }), env);
    });
    afterAll(async () => {
      await h?.stop();
    });

    it("/cite of the edited id says it changed, with the current text and the older one labelled", async () => {
      const r = await h.fake.reply(h.fake.slash("cite", { id: `${DOC}#4` }));
      expect(r.ephemeral).toBe(false);
      const content: string = r.data.content;
      expect(content.length).toBeLessThanOrEqual(2000);
      expect(content).toMatch(new RegExp(`^\`${DOC}#4\` was changed on `));
      const [now, old] = content.split(/\nBefore .* it read \(older text, no longer in the article\):\n/);
      expect(now).toContain("> A secretariat of fifteen engineers");
      expect(old).toContain("> A secretariat of twelve engineers");
      expect(content.split("\n").pop()).toContain(`\`${DOC}#4\``);
    });

    it("/cite of the deleted id says it was removed, in Japanese for a ja user too", async () => {
      const r = await h.fake.reply(h.fake.slash("cite", { id: `${DOC}#5` }));
      expect(r.data.content).toMatch(new RegExp(`^\`${DOC}#5\` was removed from the article on .*\\n> ${FARMERS}`));
      const ja = await h.fake.reply(h.fake.slash("cite", { id: `${DOC}#5` }, { locale: "ja" }));
      expect(ja.data.content).toMatch(/に記事から削除されました/);
    });

    it("/ask of the edited id is answered as /cite answers it, saying that it changed", async () => {
      const r = await h.fake.reply(h.fake.slash("ask", { question: `${DOC}#4` }));
      const content = JSON.stringify(r.events.map((e) => e.data));
      expect(content).toContain("was changed on");
      expect(content).toContain("A secretariat of twelve engineers");
    });

    it("/cite of an id that never existed is still unknown", async () => {
      const r = await h.fake.reply(h.fake.slash("cite", { id: `${DOC}#99` }));
      expect(r.ephemeral).toBe(true);
      expect(r.data.content).toMatch(/No paragraph/);
    });
  });

  it("the archive page keeps every id: the edited paragraph shows its older text, the removed one its last text, marked", async () => {
    const engine = await openEngine(loadConfig({ SUMMIT_EMBEDDER: "hash" }), { indexDir: index, skipFreshness: true });
    const site = await startWebServer({
      engine,
      questionLimit: { count: 1000, windowMs: 60_000 },
      port: 0,
      host: "127.0.0.1",
    });
    try {
      const body = await (await fetch(`${site.url}/doc/${DOC}`)).text();
      for (const n of [7, 1, 2, 3, 4, 6]) expect(body).toContain(`<p class="para" id="${n}">`);
      expect(body.indexOf('id="7"')).toBeLessThan(body.indexOf('id="1"'));
      expect(body).toMatch(
        /fifteen engineers[^]*changed on \d{4}-\d\d-\d\d; before, it read: <del>A secretariat of twelve engineers/,
      );
      expect(body).toMatch(
        /<p class="para removed" id="5">.*removed on \d{4}-\d\d-\d\d: <del>Farmers\S{1,6} associations in Khorezm/,
      );
    } finally {
      await site.close();
      await engine.close();
    }
  });
});

describe("a corpus file edited by hand, then `ingest`", () => {
  it("keeps the ids of unchanged paragraphs and says which changed or went", async () => {
    const { corpus, index, dirs } = await setup.corpusWithIndex();
    const before = texts(index);
    // The fixture corpus's articles: pick the first with at least four paragraphs.
    const docId = [...before.keys()].map((id) => id.split("#")[0]!).find((d) => before.has(`${d}#4`))!;
    const file = join(corpus, `${docId}.md`);
    const source = readFileSync(file, "utf8");
    const [p1, p2, p3] = [1, 2, 3].map((n) => before.get(`${docId}#${n}`)!) as [string, string, string];
    const edited = p3.replace(/(.)$/u, "（訂正）$1");
    const changed = source
      .replace(p1, `手で書き足した新しい段落。記事の冒頭に入る。\n\n${p1}`)
      .replace(`${p2}\n`, "")
      .replace(p3, edited);
    expect(changed).not.toBe(source);
    writeFileSync(file, changed);
    const run = await runCli(["ingest", ...dirs]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^paragraph ids: 1 changed article\(s\): \d+ paragraphs kept, 1 edited \(same ids\), 1 new \(new ids\), 1 removed \(ids retired\)$/m,
    );
    const after = texts(index);
    expect(after.get(`${docId}#1`)).toBe(p1);
    expect(after.has(`${docId}#2`)).toBe(false);
    expect(after.get(`${docId}#3`)).toBe(edited);
    for (const [id, text] of before) {
      const n = Number(id.split("#")[1]);
      if (!id.startsWith(`${docId}#`) || n > 3) expect(after.get(id)).toBe(text);
    }
    const removed = await runCli(["cite", "--index", index, `${docId}#2`]);
    expect(removed.out).toMatch(new RegExp(`^${docId}#2 was removed from the article`));
    const changedCite = await runCli(["cite", "--json", "--index", index, `${docId}#3`]);
    const changedJson = JSON.parse(changedCite.out);
    expect(changedJson.results[0]).toMatchObject({ status: "changed", previous: p3, text: edited });
    // `lang` is the cited paragraph's (a Japanese article's); the notices are in English, the citation id's language.
    expect(changedJson).toMatchObject({ lang: "ja", message_lang: "en" });
    expect(existsSync(revisionsPath(corpus))).toBe(true);
  });
});

describe("an article removed whole, then added again", () => {
  it("`cite` says its paragraphs were removed, and the same page added again gets its ids back", async () => {
    const { index, dirs } = await setup.corpusWithIndex();
    setup.site().setPage("removed-whole.html", original);
    expect((await runCli(["add", `${setup.site().base}/pages/removed-whole.html`, ...dirs])).code).toBe(0);
    const before = texts(index);
    expect((await runCli(["remove", DOC, ...dirs])).code).toBe(0);
    const gone = await runCli(["cite", "--index", index, `${DOC}#5`]);
    expect(gone.out).toMatch(new RegExp(`^${DOC}#5 was removed from the article on .*\\n  > ${FARMERS}`));
    // Another article's ids are untouched, and say nothing about a change.
    const other = [...before.keys()].find((id) => !id.startsWith(DOC))!;
    expect(texts(index).get(other)).toBe(before.get(other));

    expect((await runCli(["add", `${setup.site().base}/pages/removed-whole.html`, ...dirs])).code).toBe(0);
    expect(texts(index)).toEqual(before);
    const back = await runCli(["cite", "--json", "--index", index, `${DOC}#5`]);
    expect(JSON.parse(back.out).results[0]).toMatchObject({ status: "current", text: before.get(`${DOC}#5`) });
    expect(JSON.parse(back.out)).toMatchObject({ lang: "en", message_lang: "en" });
  });

  it("a file rejected by `ingest --skip-bad` is not taken for removed: its ids stay unknown until it is fixed, then come back", async () => {
    const { corpus, index, dirs } = await setup.corpusWithIndex();
    const before = texts(index);
    const doc = readManifest(index).documents.find((d) => d.paragraphs >= 2)!;
    const docId = doc.docId;
    const file = join(corpus, doc.file);
    const source = readFileSync(file, "utf8");
    writeFileSync(file, "\u0000 not an article");
    expect((await runCli(["ingest", "--skip-bad", ...dirs])).code).toBe(0);
    const during = await runCli(["cite", "--index", index, `${docId}#2`]);
    expect(during.code).toBe(1);
    writeFileSync(file, source);
    expect((await runCli(["ingest", ...dirs])).code).toBe(0);
    expect(texts(index)).toEqual(before);
  });
});
