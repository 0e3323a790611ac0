/**
 * `/sources add` and `/sources remove` as a moderator uses them with a PDF and a page a feed
 * links to: the card names the PDF's publisher from its metadata; a failed add says why once
 * (the progress line named the URL); a removal names the article's title; an id no article has
 * is said in the member's language with the nearest id.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PdfSpec } from "../fixtures/web/build-pdf.js";
import { startFixtureSite, WEB_FIXTURES, type FixtureSite } from "../fixtures/web/server.js";
import { tempDirs } from "../helpers/fixtures.js";
import { type Harness } from "./harness.js";
import { addedCard, finalEdit, MANAGE_GUILD, startSourcesHarness } from "./sources-harness.js";

const tmp = tempDirs();
let site: FixtureSite;
let h: Harness;

beforeAll(async () => {
  site = await startFixtureSite("dev");
  ({ h } = await startSourcesHarness(tmp));
});
afterAll(async () => {
  await h?.stop();
  await site?.close();
});

const report = JSON.parse(readFileSync(join(WEB_FIXTURES, "dev", "pages", "report.pdf.json"), "utf8")) as PdfSpec;
const field = (card: any, name: string) => card.fields.find((f: any) => f.name === name)?.value;

/** The reply's last edit that is no longer a progress line. */
async function finalNotice(opts: Record<string, string>, locale?: string): Promise<string> {
  const handle = h.fake.slash("sources", opts, {
    member: { permissions: MANAGE_GUILD },
    ...(locale ? { locale } : {}),
  });
  const done = /^(Removed|Not |記事 |削除できません|追加できません)/;
  return (await finalEdit(h, handle.token, (d) => done.test(d?.content ?? ""))).content as string;
}

describe("/sources with a PDF and a feed's page, as a moderator", () => {
  it("adds a PDF whose metadata names its publisher: the card's source is that publisher", async () => {
    site.setPdf("energy-statement", { ...report, author: "Ministry of Energy of Kazakhstan" });
    const card = await addedCard(h, `${site.base}/docs/energy-statement.pdf`);
    expect(card.title).toBe("Joint Statement on Green Energy Cooperation");
    expect(field(card, "Source")).toBe("Ministry of Energy of Kazakhstan");
    expect(field(card, "Paragraphs")).toBe("5");
    expect(field(card, "id")).toBe(
      "`ministry-of-energy-energy-statement` (cite as `ministry-of-energy-energy-statement#1` …)",
    );
  });

  it("adds a page a feed links to under the one id rule (outlet and path, on a host that is an address)", async () => {
    const card = await addedCard(h, `${site.base}/pages/en-news-copy.html`);
    expect(field(card, "id")).toMatch(/^`aral-herald-en-news-copy` /);
  });

  it("a failed add says why without repeating the URL the progress line showed", async () => {
    expect(await finalNotice({ add: `${site.base}/missing.html` })).toBe(
      "Not added: expected a page (HTTP 200), received HTTP 404",
    );
  });

  it("a removal names the article's title as well as its id", async () => {
    expect(await finalNotice({ remove: "ministry-of-energy-energy-statement" })).toBe(
      "Removed the article `ministry-of-energy-energy-statement` (“Joint Statement on Green Energy Cooperation”).",
    );
  });

  it("an id no article has is said in the member's language, with the nearest id", async () => {
    expect(await finalNotice({ remove: "aral-herald-en-news-cpy" })).toBe(
      "Not removed: no article has the id `aral-herald-en-news-cpy`. Did you mean `aral-herald-en-news-copy`?",
    );
    expect(await finalNotice({ remove: "aral-herald-en-news-cpy" }, "ja")).toBe(
      "削除できませんでした: id が `aral-herald-en-news-cpy` の記事はありません。`aral-herald-en-news-copy` のことですか？",
    );
  });
});
