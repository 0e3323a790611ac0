import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureSite, WEB_FIXTURES, type FixtureSite } from "../fixtures/web/server.js";
import { tempDirs } from "../helpers/fixtures.js";
import { EDITORS_ROLE_ID } from "../helpers/fake-discord.js";
import { type Harness } from "./harness.js";
import { addedCard, finalEdit as finalEditOf, MANAGE_GUILD, startSourcesHarness } from "./sources-harness.js";

const ROLE = EDITORS_ROLE_ID;
const QUESTION = "鉄道貨物の通関の単一窓口で、国境での待ち時間を何時間以内に短縮することを目指していますか？";
const tmp = tempDirs();

let site: FixtureSite;
let h: Harness;
let corpus: string;

beforeAll(async () => {
  site = await startFixtureSite("dev");
  ({ h, corpus } = await startSourcesHarness(tmp, { SUMMIT_SOURCES_ROLE_ID: ROLE }));
});
afterAll(async () => {
  await h?.stop();
  await site?.close();
});

const finalEdit = (token: string, what: (data: any) => boolean) => finalEditOf(h, token, what);

describe("/sources add and remove", () => {
  it("refuses a member without Manage Server or the role, privately, and changes nothing", async () => {
    const files = readdirSync(corpus).sort();
    const r = await h.fake.reply(h.fake.slash("sources", { add: `${site.base}/pages/ja-news.html` }));
    expect(r.ephemeral).toBe(true);
    expect(r.data.content).toContain("needs the Manage Server permission or the role set for it");
    expect(readdirSync(corpus).sort()).toEqual(files);
    expect(h.logs.some((l) => l.event === "sources_refused" && l.add === `${site.base}/pages/ja-news.html`)).toBe(true);
  });

  it("in a DM, says changes are made from a server (whoever asks), privately, and changes nothing", async () => {
    const files = readdirSync(corpus).sort();
    const r = await h.fake.reply(h.fake.slash("sources", { add: `${site.base}/pages/ja-news.html` }, { dm: true }));
    expect(r.ephemeral).toBe(true);
    expect(r.data.content).toContain("Articles are added and removed from a server, not in direct messages");
    expect(readdirSync(corpus).sort()).toEqual(files);
    expect(h.logs.filter((l) => l.event === "sources_refused").at(-1)?.msg).toBe(
      "sources change refused: not in a server",
    );
  });

  it("refuses add and remove in one command rather than doing one and dropping the other", async () => {
    const files = readdirSync(corpus).sort();
    const r = await h.fake.reply(
      h.fake.slash(
        "sources",
        { add: `${site.base}/pages/ja-news.html`, remove: "astana-summit-2025" },
        { member: { permissions: MANAGE_GUILD } },
      ),
    );
    expect(r.ephemeral).toBe(true);
    expect(r.data.content).toContain("Give either `add` or `remove`, not both.");
    expect(readdirSync(corpus).sort()).toEqual(files);
  });

  it("adds a page for a member with Manage Server: deferred, progress, then a card; logged with who; the bot answers from it at once", async () => {
    const before = await h.fake.reply(h.fake.slash("ask", { question: QUESTION }));
    expect(JSON.stringify(before.data)).not.toContain("silkroad-tsushin-rail-customs");

    const handle = h.fake.slash(
      "sources",
      { add: `${site.base}/pages/ja-news.html` },
      { member: { permissions: MANAGE_GUILD } },
    );
    const first = await h.fake.reply(handle);
    expect(first.deferred).toBe(true);
    expect(first.data.content).toMatch(/^Fetching /);
    const card = await finalEdit(handle.token, (d) => d?.embeds?.length > 0);
    // Each progress line once, in order: the deferred reply's edits until the card.
    const lines = h.fake.interactions
      .get(handle.token)!
      .events.filter((e) => e.kind === "edit")
      .map((e) => (e.data.embeds?.length ? "card" : e.data.content));
    expect(lines).toEqual([
      `Fetching ${site.base.replace("//", "\\/\\/")}/pages/ja-news.html…`,
      "Updating the index…",
      "card",
    ]);
    const embed = card.embeds[0];
    expect(embed.author.name).toBe("Article added");
    expect(embed.title).toMatch(/^中国・中央アジア、鉄道貨物の通関を一本化へ.ホルゴスで試行開始$/);
    expect(embed.fields.map((f: any) => [f.name, f.value])).toEqual([
      ["Source", "シルクロード通信"],
      ["Date", "2025-06-19"],
      ["Paragraphs", "5"],
      ["id", "`silkroad-tsushin-rail-customs` (cite as `silkroad-tsushin-rail-customs#1` …)"],
    ]);
    expect(embed.description).toContain("中国と中央アジア5カ国の税関当局は19日");
    expect(existsSync(join(corpus, "silkroad-tsushin-rail-customs.md"))).toBe(true);
    const logged = h.logs.find((l) => l.event === "source_added");
    expect(logged).toMatchObject({
      docId: "silkroad-tsushin-rail-customs",
      status: "added",
      userId: expect.any(String),
      url: `${site.base}/pages/ja-news.html`,
    });

    const after = await h.fake.reply(h.fake.slash("ask", { question: QUESTION }));
    expect(JSON.stringify(after.data)).toContain("silkroad-tsushin-rail-customs#2");
    expect(JSON.stringify(after.data)).toContain("12時間以内");
  });

  it("says why a page could not be added, and the articles stay as they were", async () => {
    const files = readdirSync(corpus).sort();
    const handle = h.fake.slash(
      "sources",
      { add: `${site.base}/status/404` },
      { member: { permissions: MANAGE_GUILD } },
    );
    const data = await finalEdit(handle.token, (d) => /^Not added/.test(d?.content ?? ""));
    expect(data.content).toContain("expected a page (HTTP 200), received HTTP 404");
    expect(readdirSync(corpus).sort()).toEqual(files);
  });

  it("removes an article for a member with the configured role; logged with who; the bot no longer quotes it", async () => {
    const handle = h.fake.slash("sources", { remove: "silkroad-tsushin-rail-customs" }, { member: { roles: [ROLE] } });
    const data = await finalEdit(handle.token, (d) => /^Removed/.test(d?.content ?? ""));
    expect(data.content).toBe(
      "Removed the article `silkroad-tsushin-rail-customs` (“中国・中央アジア、鉄道貨物の通関を一本化へ\u3000ホルゴスで試行開始”).",
    );
    expect(existsSync(join(corpus, "silkroad-tsushin-rail-customs.md"))).toBe(false);
    expect(h.logs.find((l) => l.event === "source_removed")).toMatchObject({
      docId: "silkroad-tsushin-rail-customs",
      userId: expect.any(String),
    });
    const after = await h.fake.reply(h.fake.slash("ask", { question: QUESTION }));
    expect(JSON.stringify(after.data)).not.toContain("silkroad-tsushin-rail-customs");
  });

  it("says on the card when the new article was grouped as a copy of an earlier one, and which one answers quote", async () => {
    const add = (page: string) => addedCard(h, `${site.base}/pages/${page}`);
    const original = await add("en-news.html");
    expect(original.author.name).toBe("Article added");
    expect(original.fields.map((f: any) => f.name)).toEqual(["Source", "Date", "Paragraphs", "id"]);

    // The same wire story a day later from another outlet, a sentence reworded and a paragraph cut.
    const copy = await add("en-news-edited.html");
    expect(copy.author.name).toBe("Article added");
    expect(copy.fields.at(-1)).toEqual({
      name: "Also published by",
      value:
        "Steppe Daily, 2025-06-18 (steppe-daily-amu-darya-basin-fund) — published earlier (5 of 5 paragraphs the same): answers quote it and name this article",
      inline: false,
    });
    expect(h.logs.filter((l) => l.event === "source_added").at(-1)).toMatchObject({
      docId: "tashkent-times-en-news-edited",
      copyOf: ["steppe-daily-amu-darya-basin-fund"],
    });

    // And so the bot does: the earlier publication quoted, the new article named under it.
    const answer = await h.fake.reply(h.fake.slash("ask", { question: "How much is the Amu Darya basin fund?" }));
    const quoted = answer.data.embeds.find((e: any) => /Amu Darya/.test(e.title ?? ""));
    // The page's date-time is cited as its day.
    expect(quoted.footer.text).toMatch(/^Steppe Daily · published 2025-06-18 · steppe-daily-amu-darya-basin-fund#\d/);
    expect(quoted.fields).toContainEqual(
      expect.objectContaining({
        name: "Also published by",
        value: expect.stringContaining("Tashkent Times, 2025-06-19 (tashkent-times-en-news-edited#"),
      }),
    );
  });

  it("removing the article answers quote for a story says which outlet's copy is quoted from now on", async () => {
    // The state the test before left: Steppe Daily's story quoted, Tashkent Times's copy named under it.
    const handle = h.fake.slash(
      "sources",
      { remove: "steppe-daily-amu-darya-basin-fund" },
      { member: { permissions: MANAGE_GUILD } },
    );
    const data = await finalEdit(handle.token, (d) => /^Removed/.test(d?.content ?? ""));
    expect(data.content).toBe(
      "Removed the article `steppe-daily-amu-darya-basin-fund` (“Central Asia water ministers agree Amu Darya basin fund”). Quotes of this story now come from Tashkent Times, 2025-06-19 (tashkent-times-en-news-edited).",
    );
    expect(h.logs.filter((l) => l.event === "source_removed").at(-1)).toMatchObject({
      docId: "steppe-daily-amu-darya-basin-fund",
      quotedInstead: ["tashkent-times-en-news-edited"],
    });
    const answer = await h.fake.reply(h.fake.slash("ask", { question: "How much is the Amu Darya basin fund?" }));
    expect(answer.data.embeds.find((e: any) => /Amu Darya/.test(e.title ?? "")).footer.text).toMatch(
      /^Tashkent Times · published 2025-06-19 · tashkent-times-en-news-edited#\d/,
    );
    // Removing an article that was not the one quoted says nothing more than before.
    const other = h.fake.slash("sources", { remove: "trade-energy" }, { member: { permissions: MANAGE_GUILD } });
    expect((await finalEdit(other.token, (d) => /^Removed/.test(d?.content ?? ""))).content).toBe(
      "Removed the article `trade-energy` (“中国と中央アジアの貿易、過去最高に”).",
    );
  });

  it("re-adding a changed page: the card says the article was updated and what happened to its paragraphs' ids", async () => {
    const original = readFileSync(join(WEB_FIXTURES, "dev", "pages", "amp.html"), "utf8");
    site.setPage("amp-changing.html", original);
    const add = () => addedCard(h, `${site.base}/pages/amp-changing.html`);
    expect((await add()).author.name).toBe("Article added");
    site.setPage("amp-changing.html", original.replace("is 305 kilometres long", "is 306 kilometres long"));
    const updated = await add();
    expect(updated.author.name).toBe("Article updated");
    expect(updated.fields.at(-1)).toEqual({
      name: "Paragraphs changed",
      value: "2 paragraphs kept, 1 edited (same ids, older text kept)",
      inline: false,
    });
  });

  it("completes the article to remove by id or title, the id shown first", async () => {
    const byTitle = await h.fake.reply(h.fake.autocomplete("sources", "remove", "永久善隣"));
    expect(byTitle.events[0]!.type).toBe(8);
    expect(byTitle.data.choices).toEqual([
      { name: expect.stringMatching(/^astana-summit-2025 · .*永久善隣/), value: "astana-summit-2025" },
    ]);
    const byId = await h.fake.reply(h.fake.autocomplete("sources", "remove", "ASTANA-SUMMIT"));
    expect(byId.data.choices.map((c: any) => c.value)).toEqual(["astana-summit-2025"]);
  });

  it("without options still lists the articles, for everyone", async () => {
    const r = await h.fake.reply(h.fake.slash("sources"));
    expect(r.ephemeral).toBe(true);
    expect(JSON.stringify(r.data)).toContain("astana-summit-2025");
  });
});
