/** The card `/sources add` answers with: what was added, as a manager checks it before anyone asks. */
import type { APIEmbed } from "discord.js";
import { paragraphTexts, type Article } from "../sources/article.js";
import { safeUrl } from "./safe-url.js";
import { COLOR, LIMITS, noMentions, renderQuote, type DiscordMessage } from "./discord-base.js";
import { escapeInlineCode, inline } from "./text.js";

export function sourceAddedCard(
  docId: string,
  status: "added" | "updated" | "unchanged",
  article: Article,
  ja: boolean,
): DiscordMessage {
  const paragraphs = paragraphTexts(article);
  const url = safeUrl(article.url);
  const headline = {
    added: ja ? "記事を追加しました" : "Article added",
    updated: ja ? "記事を更新しました" : "Article updated",
    unchanged: ja ? "変更はありません（同じ本文です）" : "No change (the same text as before)",
  }[status];
  const embed: APIEmbed = {
    color: COLOR.verbatim,
    author: { name: headline },
    title: inline(article.title, 250),
    ...(url ? { url } : {}),
    description: renderQuote(paragraphs[0] ?? "", [], Math.min(LIMITS.description, 1000)),
    fields: [
      { name: ja ? "出典" : "Source", value: inline(article.source ?? "—", 200), inline: true },
      { name: ja ? "日付" : "Date", value: article.published?.slice(0, 10) ?? "—", inline: true },
      { name: ja ? "段落" : "Paragraphs", value: String(paragraphs.length), inline: true },
      {
        name: "id",
        value: `\`${escapeInlineCode(docId)}\` (${ja ? "引用は" : "cite as"} \`${escapeInlineCode(docId)}#1\` …)`,
        inline: false,
      },
    ],
  };
  return { embeds: [embed], components: [], allowedMentions: noMentions() };
}
