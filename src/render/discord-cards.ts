/** Cards around the answers: a paste-ready citation (/cite), a quote's context, the article list, help. */
import type { APIEmbed } from "discord.js";
import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { PublishedCopy } from "../search/types.js";
import { documentDate, documentTitle, formatCitation, type Citable } from "./citation.js";
import { ALSO_PUBLISHED_BY, publishedCopiesText } from "./copies.js";
import { safeUrl } from "./safe-url.js";
import {
  COLOR,
  highlighted,
  LIMITS,
  noMentions,
  renderQuote,
  type DiscordMessage,
  type Labels,
} from "./discord-base.js";
import { ELLIPSIS, escapeInlineCode, escapeMarkdown, fitRendered, inline, plain } from "./text.js";

/** What /cite adds under its citation: the other outlets that published the paragraph (render/copies.ts). */
export interface CiteOptions {
  readonly bold?: boolean;
  readonly alsoPublishedBy?: readonly PublishedCopy[];
  /** The language of the "Also published by" label. */
  readonly lang?: "ja" | "en";
}

/**
 * A passage ready to paste into a discussion: the quote as a block quote, then one citation
 * line (and, for a story other outlets published too, one line naming them). Plain message
 * content (not an embed) so it copies cleanly.
 */
export function citeMessage(c: Citable, options: CiteOptions = {}): DiscordMessage {
  const copies = options.alsoPublishedBy?.length
    ? `\n${ALSO_PUBLISHED_BY[options.lang ?? "en"]}: ${inline(publishedCopiesText(options.alsoPublishedBy, options.lang ?? "en"), 400)}`
    : "";
  const citation = formatCitation(c, { kind: "paste" }) + copies;
  const lines = c.text.split("\n").length;
  const room = LIMITS.content - citation.length - 1 - 2 * lines;
  const spans = options.bold ? (c.highlights ?? []) : [];
  const quote = fitRendered(c.text, room, (s, e) => highlighted(c.text, spans, s, e), spans[0]);
  return { content: `${blockQuote(quote)}\n${citation}`, embeds: [], components: [], allowedMentions: noMentions() };
}

function blockQuote(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

/** The paragraphs around a quote, the quoted one marked. */
export function contextCard(
  passages: readonly Passage[],
  centerId: string,
  doc: DocumentMeta | undefined,
  labels: Labels,
): DiscordMessage {
  const per = Math.floor((LIMITS.description - 40 * passages.length) / Math.max(1, passages.length));
  const description = passages
    .map((p) => {
      const marker = p.id === centerId ? `▶ **${escapeMarkdown(p.id)}**` : `\`${escapeInlineCode(p.id)}\``;
      const section = p.section ? ` § ${inline(p.section, 60)}` : "";
      return `${marker}${section}\n${renderQuote(p.text, [], per)}`;
    })
    .join("\n\n");
  const url = safeUrl(doc?.url);
  const embed: APIEmbed = {
    color: COLOR.context,
    title: inline(labels.contextTitle(centerId), LIMITS.title),
    ...(url ? { url } : {}),
    description: description.slice(0, LIMITS.description),
    footer: {
      text: plain(
        (doc ? [documentTitle(doc, labels), doc.source, documentDate(doc, labels)].filter(Boolean).join(" · ") : "") ||
          centerId,
        LIMITS.footer,
      ),
    },
  };
  return { embeds: [embed], components: [], allowedMentions: noMentions() };
}

/** The article list: title, source, date, paragraph count and the id to use with `article:`. */
export function sourcesCard(docs: readonly DocumentMeta[], labels: Labels): DiscordMessage {
  const lines = docs.map((d) => {
    const meta = [d.source, documentDate(d, labels), labels.paragraphs(d.paragraphs)]
      .filter(Boolean)
      .map((s) => escapeMarkdown(String(s)));
    const url = safeUrl(d.url);
    const title = inline(documentTitle(d, labels), 180);
    return `• ${url ? `[${title}](<${url}>)` : `**${title}**`} — ${meta.join(" · ")} \`${escapeInlineCode(d.docId)}\``;
  });
  const embeds: APIEmbed[] = [];
  let total = 0;
  let current: string[] = [];
  let shown = 0;
  const title = plain(labels.sourcesTitle(docs.length), LIMITS.title);
  const flush = () => {
    if (current.length === 0) return;
    const description = current.join("\n");
    embeds.push({ color: COLOR.context, ...(embeds.length === 0 ? { title } : {}), description });
    total += description.length + (embeds.length === 1 ? title.length : 0);
    current = [];
  };
  for (const line of lines) {
    const room = LIMITS.total - 200 - total - (embeds.length === 0 ? title.length : 0);
    const currentLength = current.join("\n").length;
    if (currentLength + line.length + 1 > Math.min(LIMITS.description, room)) {
      flush();
      if (embeds.length >= LIMITS.embeds || total + line.length > LIMITS.total - 200) break;
    }
    current.push(line.slice(0, LIMITS.description));
    shown++;
  }
  flush();
  if (shown < docs.length && embeds.length > 0) {
    const lastEmbed = embeds[embeds.length - 1]!;
    embeds[embeds.length - 1] = {
      ...lastEmbed,
      footer: { text: plain(labels.sourcesMore(docs.length - shown), LIMITS.footer) },
    };
  }
  if (embeds.length === 0) embeds.push({ color: COLOR.context, title, description: ELLIPSIS });
  return { embeds, components: [], allowedMentions: noMentions() };
}

export function helpCard(labels: Labels): DiscordMessage {
  const embed: APIEmbed = {
    color: COLOR.answer,
    title: plain(labels.helpTitle, LIMITS.title),
    description: labels.helpIntro.slice(0, LIMITS.description),
    fields: labels.helpCommands.slice(0, LIMITS.fields).map(([name, value]) => ({
      name: name.slice(0, LIMITS.fieldName),
      value: value.slice(0, LIMITS.fieldValue),
    })),
  };
  return { embeds: [embed], components: [], allowedMentions: noMentions() };
}
