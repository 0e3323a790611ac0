import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeEngine } from "./fake-engine.js";
import { FIXTURE_CORPUS } from "../helpers/fixture-engine.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(fakeEngine(FIXTURE_CORPUS));
});
afterAll(async () => {
  await h?.stop();
});

describe("commands named in the reader's language, clickable once their ids are known", () => {
  it("names the Japanese commands for ja readers in refusals, help and expired buttons", async () => {
    const refused = await h.fake.reply(h.fake.slash("ask", { question: "zzzz qqqq" }, { locale: "ja" }));
    expect(refused.data.content).toContain("/記事一覧 で記事の一覧をご覧ください");
    expect(refused.data.content).not.toContain("/sources");
    const help = await h.fake.reply(h.fake.slash("help", {}, { locale: "ja" }));
    const names = help.data.embeds[0].fields.map((f: any) => f.name);
    expect(names[0]).toMatch(/^\/質問 質問文:<質問>/);
    expect(names).toContain("/記事一覧");
    expect(JSON.stringify(help.data)).not.toMatch(/\/(ask|sources|cite)\b/);
    const expired = await h.fake.reply(
      h.fake.button("page:gone:2", h.fake.message("", h.fake.botUser), { locale: "ja" }),
    );
    expect(expired.data.content).toContain("/質問 でもう一度質問してください");
    const en = await h.fake.reply(h.fake.slash("ask", { question: "zzzz qqqq" }));
    expect(en.data.content).toContain("see what they cover with /sources.");
  });

  it("uses clickable command mentions once the registered ids are read from Discord", async () => {
    h.fake.registered.set("global", [
      { id: "111111111111111111", name: "ask", type: 1 },
      { id: "222222222222222222", name: "sources", type: 1 },
      { id: "333333333333333333", name: "Find sources", type: 3 },
    ]);
    await h.bot.ctx.commandNames.refresh(h.bot.client as never, undefined, h.bot.ctx.log);
    const refused = await h.fake.reply(h.fake.slash("ask", { question: "zzzz qqqq" }, { locale: "ja" }));
    expect(refused.data.content).toContain("</sources:222222222222222222> で記事の一覧をご覧ください");
    const help = await h.fake.reply(h.fake.slash("help", {}));
    // Field names do not render mentions: they keep the typed name.
    expect(help.data.embeds[0].fields[0].name).toMatch(/^\/ask question:<text>/);
    const expired = await h.fake.reply(h.fake.button("page:gone:2", h.fake.message("", h.fake.botUser)));
    expect(expired.data.content).toBe("These buttons have expired. Ask again with </ask:111111111111111111>.");
  });
});
