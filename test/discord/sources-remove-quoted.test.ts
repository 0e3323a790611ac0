/**
 * `/sources remove` in a story two outlets carry: only the removal of the copy answers quote
 * says whose copy is quoted from now on (in the member's language); removing the other copy
 * changes no quote and says nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureSite, type FixtureSite } from "../fixtures/web/server.js";
import { tempDirs } from "../helpers/fixtures.js";
import { type Harness } from "./harness.js";
import { addedCard, finalEdit as finalEditOf, MANAGE_GUILD, startSourcesHarness } from "./sources-harness.js";

const QUESTION = "How much is the Amu Darya basin fund?";
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

const finalEdit = (token: string, what: (data: any) => boolean) => finalEditOf(h, token, what);

const add = (page: string) => addedCard(h, `${site.base}/pages/${page}`);

const remove = async (docId: string, locale?: string) => {
  const handle = h.fake.slash(
    "sources",
    { remove: docId },
    { member: { permissions: MANAGE_GUILD }, ...(locale ? { locale } : {}) },
  );
  return (await finalEdit(handle.token, (d) => /^(Removed|記事)/.test(d?.content ?? ""))).content as string;
};

const quotedFooter = async () => {
  const answer = await h.fake.reply(h.fake.slash("ask", { question: QUESTION }));
  return answer.data.embeds.find((e: any) => /Amu Darya/.test(e.title ?? "")).footer.text as string;
};

describe("/sources remove of one of two copies of a story", () => {
  it("removing the copy that is not quoted says nothing of quotes, and the quote stays", async () => {
    await add("en-news.html");
    // A day later from another outlet: grouped with Steppe Daily's, which answers quote.
    expect((await add("en-news-edited.html")).fields.at(-1).value).toMatch(/published earlier/);
    expect(await quotedFooter()).toMatch(/^Steppe Daily · published 2025-06-18 · steppe-daily-amu-darya-basin-fund#\d/);

    expect(await remove("tashkent-times-en-news-edited")).toBe(
      "Removed the article `tashkent-times-en-news-edited` (“Five nations and China launch $1.2bn Amu Darya fund”).",
    );
    expect(h.logs.filter((l) => l.event === "source_removed").at(-1)).not.toHaveProperty("quotedInstead");
    expect(await quotedFooter()).toMatch(/^Steppe Daily · published 2025-06-18 · steppe-daily-amu-darya-basin-fund#\d/);
  });

  it("removing the quoted copy says, in the member's language, whose copy is quoted from now on", async () => {
    await add("en-news-edited.html");
    expect(await remove("steppe-daily-amu-darya-basin-fund", "ja")).toBe(
      "記事 `steppe-daily-amu-darya-basin-fund`「Central Asia water ministers agree Amu Darya basin fund」を削除しました。この記事の引用は今後 Tashkent Times, 2025-06-19 (tashkent-times-en-news-edited) から行います。",
    );
    expect(h.logs.filter((l) => l.event === "source_removed").at(-1)).toMatchObject({
      quotedInstead: ["tashkent-times-en-news-edited"],
    });
    expect(await quotedFooter()).toMatch(/^Tashkent Times · published 2025-06-19 · tashkent-times-en-news-edited#\d/);
  });
});
