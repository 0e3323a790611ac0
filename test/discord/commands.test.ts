import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../helpers/fake-discord.js";
import { fixtureEngine } from "../helpers/fixture-engine.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(await fixtureEngine());
});
afterAll(async () => {
  await h?.stop();
});

const everyMessage = () =>
  h.fake.requests.filter(
    (r) =>
      r.body &&
      typeof r.body === "object" &&
      (r.method === "POST" || r.method === "PATCH") &&
      !r.path.startsWith("/applications") &&
      !r.path.endsWith("/threads"),
  );

describe("/ask", () => {
  it("defers, then answers privately with cited quotes, the answering sentence in bold", async () => {
    const question = "中国は中央アジアにいくら融資すると表明した？";
    const expected = await h.engines.current.ask(question, { k: 4 });
    const best = expected.results[0]!;
    const r = await h.fake.reply(h.fake.slash("ask", { question }));
    expect(r.deferred).toBe(true);
    expect(r.ephemeral).toBe(true);
    expect(r.data.content).toContain(question);
    const [first] = r.data.embeds;
    expect(first.title).toBe(`[1] ${best.title}`);
    // The title links to the answering sentence on the original page (a text fragment).
    expect(first.url).toMatch(new RegExp(`^${best.url}#:~:text=[^,]+$`));
    const published = h.engines.current.document(best.docId)!.published!;
    expect(first.footer.text).toBe(
      [
        best.source,
        `published ${published}`,
        best.section ? `§ ${best.section}` : undefined,
        best.id,
        `match ${Math.round(best.strength * 100)}%`,
      ]
        .filter(Boolean)
        .join(" · "),
    );
    const sentence = best.text.slice(best.highlights[0]!.start, best.highlights[0]!.end).trim();
    expect(first.description).toContain(`**${sentence}**`);
    expect(first.description.replace(/\*\*/g, "")).toBe(best.text);
    expect(r.data.embeds).toHaveLength(Math.min(3, expected.results.length));
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("posts publicly with public:true", async () => {
    const r = await h.fake.reply(h.fake.slash("ask", { question: "永久善隣友好協力条約に署名した", public: true }));
    expect(r.ephemeral).toBe(false);
    expect(r.data.embeds[0].footer.text).toContain("astana-summit-2025#");
  });

  it("refuses plainly when the articles do not answer", async () => {
    const r = await h.fake.reply(h.fake.slash("ask", { question: "火星探査機の打ち上げ日は？" }));
    expect(r.data.embeds ?? []).toEqual([]);
    expect(r.data.content).toMatch(/articles don't answer/);
    expect(r.data.components ?? []).toEqual([]);
  });

  it("searches only the chosen article with article:", async () => {
    const r = await h.fake.reply(
      h.fake.slash("ask", { question: "中国と中央アジアの首脳会議", article: "astana-summit-2025" }),
    );
    for (const e of r.data.embeds) expect(e.footer.text).toContain("astana-summit-2025#");
  });

  it("accepts a typed title for article: and says so privately when no article matches", async () => {
    const byTitle = await h.fake.reply(
      h.fake.slash("ask", { question: "中国と中央アジアの首脳会議", article: "アスタナで永久善隣友好条約" }),
    );
    for (const e of byTitle.data.embeds) expect(e.footer.text).toContain("astana-summit-2025#");
    const unknown = await h.fake.reply(h.fake.slash("ask", { question: "首脳会議", article: "no-such-article" }));
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.data.content).toBe("No article `no-such-article`; see /sources.");
  });

  it("completes article names from the titles", async () => {
    const r = await h.fake.reply(h.fake.autocomplete("ask", "article", "アスタナ"));
    expect(r.events[0]!.type).toBe(8);
    expect(r.data.choices).toEqual([{ name: expect.stringContaining("アスタナ"), value: "astana-summit-2025" }]);
  });

  it("pages both ways with Previous/Next, editing the same private message, and shows the neighbouring paragraphs with Context", async () => {
    const first = await h.fake.reply(h.fake.slash("ask", { question: "中国と中央アジア" }));
    expect(first.data.content).toMatch(/ · page 1 of [2-4]$/);
    const buttons = first.data.components.flatMap((row: any) => row.components);
    const previous = buttons.find((b: any) => b.label === "◀ Previous");
    const next = buttons.find((b: any) => b.label === "Next ▶");
    expect(previous.disabled).toBe(true);
    expect(next.disabled).toBe(false);
    const onCard = (data: any) =>
      h.fake.message(data.content, h.fake.botUser, { components: data.components, embeds: data.embeds, flags: 64 });
    const second = await h.fake.reply(h.fake.button(next.custom_id, onCard(first.data)));
    // An update (callback type 7) edits the private card the button is on.
    expect(second.events[0]!.type).toBe(7);
    expect(second.data.content).toMatch(/ · page 2 of /);
    expect(second.data.embeds[0].title).toMatch(/^\[4\] /);
    const shownBefore = first.data.embeds.map((e: any) => e.footer.text);
    for (const e of second.data.embeds) expect(shownBefore).not.toContain(e.footer.text);
    const back = second.data.components
      .flatMap((row: any) => row.components)
      .find((b: any) => b.label === "◀ Previous");
    expect(back.disabled).toBe(false);
    const again = await h.fake.reply(h.fake.button(back.custom_id, onCard(second.data)));
    expect(again.events[0]!.type).toBe(7);
    expect(again.data.content).toBe(first.data.content);
    expect(again.data.embeds.map((e: any) => e.footer.text)).toEqual(shownBefore);

    const ctx = buttons.find((b: any) => b.custom_id.startsWith("ctx:"));
    const id = ctx.custom_id.slice(4);
    const around = await h.fake.reply(h.fake.button(ctx.custom_id, h.fake.message("", h.fake.botUser)));
    expect(around.ephemeral).toBe(true);
    expect(around.data.embeds[0].title).toContain(id);
    expect(around.data.embeds[0].description).toContain(`▶ **${id.replace("#", "#")}**`);
  });

  it("says so when a paging button has expired", async () => {
    const r = await h.fake.reply(h.fake.button("page:nonexistent:3", h.fake.message("", h.fake.botUser)));
    expect(r.ephemeral).toBe(true);
    expect(r.data.content).toMatch(/expired/);
  });
});

describe("locale", () => {
  it("uses Japanese labels for a ja user", async () => {
    const r = await h.fake.reply(h.fake.slash("ask", { question: "中国と中央アジア" }, { locale: "ja" }));
    expect(r.data.content).toMatch(/^\*\*質問:\*\*/);
    const labels = r.data.components.flatMap((row: any) => row.components.map((b: any) => b.label));
    expect(labels).toContain("次へ ▶");
    expect(labels.some((l: string) => l.startsWith("前後の段落"))).toBe(true);
  });

  it("refuses in Japanese for a ja user", async () => {
    const r = await h.fake.reply(h.fake.slash("ask", { question: "火星探査機の打ち上げ日は？" }, { locale: "ja" }));
    expect(r.data.content).toMatch(/見つかりませんでした/);
  });
});

describe("/cite", () => {
  it("posts one passage publicly with a one-line citation", async () => {
    const r = await h.fake.reply(h.fake.slash("cite", { query: "総額260億元の融資と無償援助" }));
    expect(r.ephemeral).toBe(false);
    const lines = r.data.content.split("\n");
    expect(lines[0]).toMatch(/^> /);
    const citation = lines[lines.length - 1];
    expect(citation).toMatch(
      /^— 中国・中央アジア首脳会議が西安で開幕 \(東洋経済通信\) § 経済協力 `xian-summit-2023#\d+` <https:\/\/example\.com\/news\/xian-summit-2023#:~:text=[^>\s]+>$/,
    );
    expect(r.data.content).toContain("260億元");
  });

  it("re-posts a known paragraph exactly by id", async () => {
    const p = h.engines.current.suggestPassages("", Infinity).find((x) => x.text.includes("2年に1回"))!;
    const r = await h.fake.reply(h.fake.slash("cite", { id: p.id }));
    expect(r.ephemeral).toBe(false);
    expect(r.data.content.split("\n")[0]).toBe(`> ${p.text}`);
    expect(r.data.content).toContain(`\`${p.id}\``);
  });

  it("tells the user privately when the id is unknown, without echoing mentions", async () => {
    const r = await h.fake.reply(h.fake.slash("cite", { id: "nope#9 @everyone" }));
    expect(r.ephemeral).toBe(true);
    expect(r.data.content).toMatch(/No paragraph/);
    expect(r.data.content).not.toMatch(/@everyone/);
  });

  it("says what an unknown id could have meant: its article's paragraph range, or the nearest article id", async () => {
    const numbers = h.engines.current.articleText("xian-summit-2023").paragraphs.map((p) => p.n);
    const outOfRange = await h.fake.reply(h.fake.slash("cite", { id: "xian-summit-2023#999" }));
    expect(outOfRange.ephemeral).toBe(true);
    expect(outOfRange.data.content).toContain(
      `run from \`xian-summit-2023#${Math.min(...numbers)}\` to \`xian-summit-2023#${Math.max(...numbers)}\``,
    );
    const typo = await h.fake.reply(h.fake.slash("cite", { id: "xian-sumit-2023#3" }));
    expect(typo.data.content).toContain("did you mean `xian-summit-2023#3`?");
    expect(typo.data.content).not.toMatch(/Ids look like/);
  });

  it("asks for exactly one of query and id", async () => {
    const r = await h.fake.reply(h.fake.slash("cite", {}));
    expect(r.ephemeral).toBe(true);
    expect(r.data.content).toMatch(/either `query` or `id`/);
  });

  it("keeps a refusal private even though quotes are public", async () => {
    const r = await h.fake.reply(h.fake.slash("cite", { query: "火星探査機の打ち上げ日" }));
    expect(r.ephemeral).toBe(true);
    expect(r.events.some((e) => e.kind === "delete")).toBe(true);
  });

  it("completes paragraph ids", async () => {
    const r = await h.fake.reply(h.fake.autocomplete("cite", "id", "trade-analysis#"));
    expect(r.data.choices.length).toBeGreaterThan(0);
    for (const c of r.data.choices) expect(c.value).toMatch(/^trade-analysis#\d+$/);
  });

  it("cuts a long paragraph on a sentence boundary with an ellipsis and keeps the citation", async () => {
    const long = h.engines.current.suggestPassages("", Infinity).find((p) => p.text.length > 2000)!;
    const r = await h.fake.reply(h.fake.slash("cite", { id: long.id }));
    expect(r.data.content.length).toBeLessThanOrEqual(2000);
    const [quote, citation] = [
      r.data.content.slice(0, r.data.content.lastIndexOf("\n")),
      r.data.content.split("\n").pop(),
    ];
    expect(quote).toMatch(/。…$/);
    expect(citation).toContain(`\`${long.id}\``);
  });
});

describe("Find sources", () => {
  const claimMessage = (content: string) => h.fake.message(content, user("claimant"));

  it("confirms a verbatim quote and lists supporting passages", async () => {
    const r = await h.fake.reply(
      h.fake.messageCommand(
        "Find sources",
        claimMessage("記事によると「中国は中央アジア諸国に総額260億元の融資と無償援助を提供すると表明した」そうだ"),
      ),
    );
    expect(r.ephemeral).toBe(true);
    const check = r.data.embeds[0];
    expect(check.title).toBe("Quote check");
    expect(check.fields[0].name).toMatch(/^✅ Verbatim — xian-summit-2023#\d+/);
    expect(r.data.embeds.length).toBeGreaterThan(1);
    expect(r.data.content).toContain("Passages that support or discuss it");
  });

  it("shows what an altered quote changed", async () => {
    const r = await h.fake.reply(
      h.fake.messageCommand(
        "Find sources",
        claimMessage("「第1回中国・中央アジア首脳会議が5月18日、陝西省北京市で開幕した」って本当？"),
      ),
    );
    const field = r.data.embeds[0].fields[0];
    expect(field.name).toMatch(/^⚠️ Altered — xian-summit-2023#\d+ \(\d+% match\)/);
    expect(field.value).toContain("**北京**");
    expect(field.value).toContain("**西安**");
    // The misquoted paragraph leads the passages, whatever retrieval makes of the claim.
    expect(r.data.embeds[1].footer.text).toContain(field.name.match(/xian-summit-2023#\d+/)![0]);
    expect(r.data.content).toContain("Passages that support or discuss it");
  });

  it("says when a quote is not in the articles and nothing supports the claim", async () => {
    const r = await h.fake.reply(
      h.fake.messageCommand("Find sources", claimMessage("「火星に基地を建設すると宇宙機関が発表した」")),
    );
    expect(r.data.embeds[0].fields[0].name).toMatch(/^❌ Not found/);
    expect(r.data.content).toContain("No passage in the articles supports or discusses this.");
  });

  it("answers in Japanese for a ja user", async () => {
    const r = await h.fake.reply(
      h.fake.messageCommand("Find sources", claimMessage("「陝西省西安市で開幕した」"), { locale: "ja" }),
    );
    expect(r.data.embeds[0].title).toBe("引用チェック");
    expect(r.data.embeds[0].fields[0].name).toMatch(/^✅ 原文どおり/);
  });

  it("says there is nothing to look up on a message without text", async () => {
    const r = await h.fake.reply(h.fake.messageCommand("Find sources", claimMessage("")));
    expect(r.ephemeral).toBe(true);
    expect(r.data.content).toMatch(/no text/);
  });
});

describe("/sources and /help", () => {
  it("lists every article with source, date and paragraph count", async () => {
    const r = await h.fake.reply(h.fake.slash("sources"));
    const text = r.data.embeds.map((e: any) => e.description).join("\n");
    for (const d of h.engines.current.documents()) {
      expect(text).toContain(d.docId);
      expect(text).toContain(`${d.paragraphs} ¶`);
    }
    expect(text).toContain("2025-06-17");
  });

  it("explains every command, in Japanese for ja users", async () => {
    const en = await h.fake.reply(h.fake.slash("help"));
    const names = en.data.embeds[0].fields.map((f: any) => f.name).join(" ");
    for (const c of ["/ask", "/cite", "Find sources", "/sources", "@summit-bot"]) expect(names).toContain(c);
    const ja = await h.fake.reply(h.fake.slash("help", {}, { locale: "ja" }));
    expect(ja.data.embeds[0].fields.map((f: any) => f.name).join(" ")).toContain("出典を探す");
  });
});

describe("mentions", () => {
  it("answers a question put by mentioning the bot, in a reply that pings nobody", async () => {
    const question = "中国は中央アジアにいくら融資すると表明した？";
    const best = (await h.engines.current.ask(question, { k: 4 })).results[0]!;
    const posted = h.fake.post(`<@${h.fake.botUser.id}> ${question}`);
    const reply = await h.fake.messageReply(posted.id);
    expect(reply.body.embeds[0].footer.text).toContain(best.id);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.content).toMatch(new RegExp(`^\\*\\*質問:\\*\\* ${question}( · \\d / \\d ページ)?$`));
    expect(h.fake.requests.some((r) => r.path === `/channels/${h.fake.channelId}/typing`)).toBe(true);
  });

  it("ignores messages that do not mention the bot and messages from bots", async () => {
    const plain = h.fake.post("第1回首脳会議はどこで開幕した？");
    const fromBot = h.fake.post(`<@${h.fake.botUser.id}> 西安`, { ...user("otherbot"), bot: true });
    const probe = h.fake.post(`<@${h.fake.botUser.id}> 西安`);
    await h.fake.messageReply(probe.id);
    const replies = h.fake.requests.filter(
      (r) => r.body?.message_reference?.message_id === plain.id || r.body?.message_reference?.message_id === fromBot.id,
    );
    expect(replies).toEqual([]);
  });

  it("labels an English question naming someone in kanji in English, as it is planned (regression: it got Japanese labels)", async () => {
    const question = "What did 習近平 say about trade?";
    expect((await h.engines.current.ask(question, { k: 4 })).lang).toBe("en");
    const posted = h.fake.post(`<@${h.fake.botUser.id}> ${question}`);
    const reply = await h.fake.messageReply(posted.id);
    expect(reply.body.content).toMatch(/^\*\*Q:\*\* What did 習近平/);
    expect(reply.body.content).not.toContain("質問:");
  });

  it("explains usage when mentioned without a question", async () => {
    const posted = h.fake.post(`<@${h.fake.botUser.id}>`);
    const reply = await h.fake.messageReply(posted.id);
    expect(reply.body.content).toMatch(/Mention me with a question/);
  });
});

describe("mention safety", () => {
  it("renders a quote containing @everyone and a role mention inert", async () => {
    const r = await h.fake.reply(
      h.fake.slash("ask", { question: "SNSの投稿の書き込み 主催者はコメントしなかった", public: true }),
    );
    const embed = r.data.embeds.find((e: any) => e.description.includes("everyone"));
    expect(embed).toBeDefined();
    expect(embed.description).not.toMatch(/@everyone/);
    expect(embed.description).not.toMatch(/<@&\d+>/);
    expect(embed.description).toContain("@\u200beveryone");
  });

  it("does not let an echoed question ping or break the card", async () => {
    const r = await h.fake.reply(
      h.fake.slash("ask", { question: "@everyone **西安** <@&123456789012345678> `x` で開幕", public: true }),
    );
    expect(r.data.content).not.toMatch(/@everyone|<@&\d+>/);
    expect(r.data.content).toContain("\\*\\*西安\\*\\*");
  });

  it("sends allowed_mentions with parse [] on every message", () => {
    const sent = everyMessage().filter((r) => (r.path.endsWith("/callback") ? r.body.type === 4 : true));
    expect(sent.length).toBeGreaterThan(10);
    for (const r of sent) {
      const body = r.path.endsWith("/callback") ? r.body.data : r.body;
      expect(body.allowed_mentions?.parse, `${r.method} ${r.path}`).toEqual([]);
    }
  });
});

describe("the run as a whole", () => {
  it("handled every interaction above without an error", () => {
    expect(h.logs.filter((l) => l.level >= 40)).toEqual([]);
  });
});
