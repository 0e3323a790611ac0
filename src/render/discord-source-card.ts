/** The card `/sources add` answers with: what was added, as a manager checks it before anyone asks. */
import type { APIEmbed, APIEmbedField } from "discord.js";
import { paragraphTexts, type Article } from "../sources/article.js";
import { describeChanges, type ParagraphChanges } from "../sources/paragraph-changes.js";
import type { DocumentMeta } from "../corpus/types.js";
import type { PublishedCopy } from "../search/types.js";
import { safeUrl } from "./safe-url.js";
import { articleDay } from "../util/article-day.js";
import { ALSO_PUBLISHED_BY, publishedCopyText } from "./copies.js";
import { COLOR, LIMITS, noMentions, renderQuote, type DiscordMessage } from "./discord-base.js";
import { escapeInlineCode, inline } from "./text.js";

/** An article the new index grouped with the added one (its `id` the doc id), and how many paragraphs the two share. */
export interface GroupedArticle extends PublishedCopy {
  readonly paragraphs: number;
  /** What put the earlier of the two first (ingest's CopyLink): the time, at the same time the fetch, fetched together their feed items, else only the id. */
  readonly decidedBy?: "time" | "fetched" | "feed" | "input" | "id";
}

/**
 * The near-copy groups the new index made with the added article (ingest's CopyLink, with the
 * other articles' metadata): `earlier`, the articles it copies, which answers quote instead of it;
 * `later`, the articles that copy it, which answers now quote it for.
 */
export interface AddedCopies {
  readonly earlier: readonly GroupedArticle[];
  readonly later: readonly GroupedArticle[];
}

/**
 * The groups `added` is in, from the new index's copy links (ingest's CopyLink: `paragraphs` of
 * `docId` copy `of`, the earlier publication), with the other articles' metadata.
 */
export function addedCopies(
  added: string,
  links: readonly {
    readonly docId: string;
    readonly of: string;
    readonly paragraphs: number;
    readonly decidedBy?: GroupedArticle["decidedBy"];
  }[],
  document: (docId: string) => DocumentMeta | undefined,
): AddedCopies {
  const article = (docId: string, paragraphs: number, decidedBy?: GroupedArticle["decidedBy"]): GroupedArticle => {
    const d = document(docId);
    return {
      id: docId,
      docId,
      title: d?.title ?? docId,
      ...(d?.source ? { source: d.source } : {}),
      ...(d?.published ? { published: d.published } : {}),
      paragraphs,
      ...(decidedBy ? { decidedBy } : {}),
    };
  };
  return {
    earlier: links.filter((l) => l.docId === added).map((l) => article(l.of, l.paragraphs, l.decidedBy)),
    later: links.filter((l) => l.of === added).map((l) => article(l.docId, l.paragraphs, l.decidedBy)),
  };
}

const MAX_LINES = 5;

/** How the other article stands to the added one, by what decided which is quoted. */
const WHEN = {
  en: {
    earlier: {
      time: "published earlier",
      fetched: "the same time, fetched first",
      feed: "the same time, fetched together, its feed item first",
      input: "the same time, added together, given first",
      id: "no date tells them apart, its id sorts first",
    },
    later: {
      time: "published later",
      fetched: "the same time, fetched later",
      feed: "the same time, fetched together, its feed item later",
      input: "the same time, added together, given later",
      id: "no date tells them apart, its id sorts after",
    },
  },
  ja: {
    earlier: {
      time: "先に掲載",
      fetched: "同時刻の掲載・先に取得",
      feed: "同時刻の掲載・同時に取得、フィードで先",
      input: "同時刻の掲載・同時に追加、指定順で先",
      id: "日付で前後がつかず id 順で先",
    },
    later: {
      time: "後に掲載",
      fetched: "同時刻の掲載・後に取得",
      feed: "同時刻の掲載・同時に取得、フィードで後",
      input: "同時刻の掲載・同時に追加、指定順で後",
      id: "日付で前後がつかず id 順で後",
    },
  },
} as const;

/**
 * One field naming the other outlets of the story, and which article answers quote: an earlier
 * publication is quoted instead of the added article, the added one instead of a later one.
 */
function copiesField(copies: AddedCopies | undefined, total: number, ja: boolean): APIEmbedField[] {
  if (!copies || (!copies.earlier.length && !copies.later.length)) return [];
  const earlier = copies.earlier.map((c) =>
    ja
      ? `${publishedCopyText(c)} — ${WHEN.ja.earlier[c.decidedBy ?? "time"]}（${total} 段落中 ${c.paragraphs} 段落が同じ）: 回答はそちらを引用し、この記事を挙げます`
      : `${publishedCopyText(c)} — ${WHEN.en.earlier[c.decidedBy ?? "time"]} (${c.paragraphs} of ${total} paragraphs the same): answers quote it and name this article`,
  );
  const later = copies.later.map((c) =>
    ja
      ? `${publishedCopyText(c)} — ${WHEN.ja.later[c.decidedBy ?? "time"]}: 回答はこの記事を引用し、そちらを挙げます`
      : `${publishedCopyText(c)} — ${WHEN.en.later[c.decidedBy ?? "time"]}: answers quote this article and name it`,
  );
  // One line each, at most MAX_LINES of them (a wire story can have dozens of outlets); a field holds 1024 characters.
  const all = [...earlier, ...later];
  const lines = all.slice(0, MAX_LINES).map((l) => inline(l, 190));
  const rest = all.length - lines.length;
  if (rest > 0) lines.push(ja ? `ほか ${rest} 件` : `+${rest} more`);
  return [
    {
      name: ALSO_PUBLISHED_BY[ja ? "ja" : "en"],
      value: lines.join("\n"),
      inline: false,
    },
  ];
}

/** What an update did to the article's paragraphs and their ids (the CLI says the same: paragraph-changes.ts). */
function changesField(changes: ParagraphChanges | undefined, ja: boolean): APIEmbedField[] {
  if (!changes) return [];
  const value = ja
    ? [
        `${changes.kept} 段落はそのまま`,
        changes.edited ? `${changes.edited} 段落を修正（id はそのまま、以前の本文を保存）` : "",
        changes.added ? `${changes.added} 段落を追加（新しい id）` : "",
        changes.removed ? `${changes.removed} 段落を削除（その id は使われなくなります）` : "",
      ]
        .filter(Boolean)
        .join("、")
    : describeChanges(changes);
  return [{ name: ja ? "段落の変更" : "Paragraphs changed", value: inline(value, LIMITS.fieldValue), inline: false }];
}

/** The card; `copies` when the new index grouped the article with another outlet's, `changes` for an update. */
export function sourceAddedCard(
  docId: string,
  status: "added" | "updated" | "unchanged",
  article: Article,
  ja: boolean,
  more: { readonly copies?: AddedCopies; readonly changes?: ParagraphChanges } = {},
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
      { name: ja ? "日付" : "Date", value: article.published ? articleDay(article.published) : "—", inline: true },
      { name: ja ? "段落" : "Paragraphs", value: String(paragraphs.length), inline: true },
      {
        name: "id",
        value: `\`${escapeInlineCode(docId)}\` (${ja ? "引用は" : "cite as"} \`${escapeInlineCode(docId)}#1\` …)`,
        inline: false,
      },
      ...changesField(more.changes, ja),
      ...copiesField(more.copies, paragraphs.length, ja),
    ],
  };
  return { embeds: [embed], components: [], allowedMentions: noMentions() };
}
