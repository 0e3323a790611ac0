/**
 * `summit-bot remove` says whose copy of a story is quoted from now on, by the rule and in the
 * words of `/sources remove` (engine/quoted-after-removal.ts, render/copies.ts): only when the
 * article removed was the copy answers quoted.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/io.js";
import { webCliSetup } from "../helpers/web-cli.js";

const setup = webCliSetup("remove-quoted");

/** The ids `add` printed, in the order of its lines (`added <id>: …`). */
const addedIds = (out: string) => [...out.matchAll(/^added +([^:\s]+):/gm)].map((m) => m[1]!);

describe("summit-bot remove of one copy of a story two outlets carry", () => {
  it("says nothing of quotes for the copy not quoted, and names the outlet quoted next for the one that was", async () => {
    const { dirs } = await setup.corpusWithIndex();
    const pages = (...names: string[]) => names.map((n) => `${setup.site().base}/pages/${n}`);
    const added = await runCli(["add", ...pages("en-news.html", "en-news-edited.html"), ...dirs]);
    expect(added.code).toBe(0);
    const [original, copy] = addedIds(added.out);
    expect([original, copy]).toEqual(["steppe-daily-amu-darya-basin-fund", "tashkent-times-en-news-edited"]);
    expect(added.out).toContain(`also published earlier by ${original}: answers quote it`);

    // Tashkent Times's copy is named under Steppe Daily's quote, never quoted: no quote moves.
    const notQuoted = await runCli(["remove", copy!, ...dirs]);
    expect(notQuoted.code).toBe(0);
    expect(notQuoted.out).toMatch(
      /^removed tashkent-times-en-news-edited \(“Five nations and China launch \$1\.2bn Amu Darya fund”\) \(tashkent-times-en-news-edited\.md\); index: \d+ documents, \d+ paragraphs\n$/,
    );

    expect(addedIds((await runCli(["add", ...pages("en-news-edited.html"), ...dirs])).out)).toEqual([copy]);
    const quoted = await runCli(["remove", original!, ...dirs]);
    expect(quoted.code).toBe(0);
    expect(quoted.out.split("\n")).toEqual([
      expect.stringMatching(
        /^removed steppe-daily-amu-darya-basin-fund \(“.+”\) \(steppe-daily-amu-darya-basin-fund\.md\); index: /,
      ),
      "Quotes of this story now come from Tashkent Times, 2025-06-19 (tashkent-times-en-news-edited).",
      "",
    ]);
  });
});
