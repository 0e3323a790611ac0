/**
 * A feed's bytes → its items (link, title, summary, date), whatever the format: RSS 2.0 (and
 * RSS 1.0/RDF), Atom and JSON Feed are parsed by feedsmith; this file only reads the fields
 * `sync` needs out of each format's own shape.
 */
import { parseFeed } from "feedsmith";
import { SummitError } from "../errors.js";
import { collapseSpace } from "./article.js";
import { decodeBytes } from "./charset.js";
import { normaliseDate } from "./dates.js";

export interface FeedItem {
  /** Absolute http(s) URL of the article. */
  readonly link: string;
  readonly title: string;
  readonly summary: string;
  readonly published?: string;
}

export interface ParsedFeed {
  readonly format: "rss" | "atom" | "json" | "rdf";
  readonly title: string;
  readonly items: readonly FeedItem[];
}

/** Atom and some RSS fields are `{ value }` objects; plain strings elsewhere. */
const textOf = (v: unknown): string => {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "value" in v && typeof (v as { value: unknown }).value === "string")
    return (v as { value: string }).value;
  return "";
};

/** Summaries are often HTML: tags dropped for matching and display. */
const plain = (html: string) =>
  collapseSpace(
    html
      .replace(/<[^>]*>/g, " ")
      .replace(/&nbsp;/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  );

function absolute(link: string, base: string): string | undefined {
  try {
    const u = new URL(link.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

type Loose = Record<string, unknown>;

function itemsOf(
  format: ParsedFeed["format"],
  feed: Loose,
): { link: string; title: unknown; summary: unknown; date: unknown }[] {
  if (format === "atom") {
    return ((feed.entries as Loose[] | undefined) ?? []).map((e) => {
      const links = (e.links as { href?: string; rel?: string }[] | undefined) ?? [];
      const link = links.find((l) => !l.rel || l.rel === "alternate")?.href ?? "";
      return { link, title: e.title, summary: e.summary ?? e.content, date: e.published ?? e.updated };
    });
  }
  if (format === "json") {
    return ((feed.items as Loose[] | undefined) ?? []).map((i) => ({
      link: String(i.url ?? i.external_url ?? ""),
      title: i.title,
      summary: i.summary ?? i.content_text ?? i.content_html,
      date: i.date_published ?? i.date_modified,
    }));
  }
  return ((feed.items as Loose[] | undefined) ?? []).map((i) => {
    const guid = i.guid as { value?: string; isPermaLink?: boolean } | undefined;
    const permalink = guid?.value && guid.isPermaLink !== false && /^https?:/.test(guid.value) ? guid.value : "";
    return {
      link: String(i.link ?? permalink),
      title: i.title,
      summary: i.description,
      date: i.pubDate ?? (i.dc as Loose | undefined)?.date,
    };
  });
}

export function parseFeedItems(bytes: Uint8Array, feedUrl: string, contentType: string | undefined): ParsedFeed {
  const { text } = decodeBytes(feedUrl, bytes, contentType);
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch (err) {
    throw new SummitError(
      "SOURCE",
      `${feedUrl}: expected an RSS, Atom or JSON feed, received something else (${(err as Error).message})`,
    );
  }
  const format = parsed.format as ParsedFeed["format"];
  const feed = parsed.feed as Loose;
  const items: FeedItem[] = [];
  for (const raw of itemsOf(format, feed)) {
    const link = absolute(raw.link, feedUrl);
    if (!link) continue;
    const published = normaliseDate(textOf(raw.date) || undefined);
    items.push({
      link,
      title: plain(textOf(raw.title)),
      summary: plain(textOf(raw.summary)),
      ...(published ? { published } : {}),
    });
  }
  return { format, title: plain(textOf(feed.title)) || feedUrl, items };
}
