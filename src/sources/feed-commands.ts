/** `feeds add|list|remove`: the feed list's edits, each checked (a feed is read once before it is listed). */
import { SummitError } from "../errors.js";
import { parseFeedItems } from "./feed-items.js";
import { matcher, readFeedList, writeFeedList, type FeedEntry } from "./feed-list.js";
import type { Fetcher } from "./fetcher.js";
import { parseHttpUrl } from "./http-get.js";

export async function addFeed(
  corpusDir: string,
  url: string,
  match: string | undefined,
  fetcher: Fetcher,
  now = new Date(),
): Promise<{ entry: FeedEntry; title: string; items: number; matching: number }> {
  const href = parseHttpUrl(url).href;
  const filter = matcher(match);
  const list = readFeedList(corpusDir);
  if (list.feeds.some((f) => f.url === href))
    throw new SummitError(
      "USAGE",
      `${href}: expected a feed not in the list yet, received one already there (feeds remove it first to change its --match)`,
    );
  const res = await fetcher.get(href);
  const feed = parseFeedItems(res.body, res.finalUrl, res.headers["content-type"]);
  const entry: FeedEntry = { url: href, ...(match !== undefined ? { match } : {}), added: now.toISOString(), seen: [] };
  list.feeds.push(entry);
  writeFeedList(corpusDir, list);
  const matching = filter
    ? feed.items.filter((i) => filter.test(`${i.title}\n${i.summary}`)).length
    : feed.items.length;
  return { entry, title: feed.title, items: feed.items.length, matching };
}

export function removeFeed(corpusDir: string, url: string): FeedEntry {
  const list = readFeedList(corpusDir);
  const at = list.feeds.findIndex((f) => f.url === url || f.url === safeHref(url));
  if (at < 0)
    throw new SummitError(
      "USAGE",
      `expected a feed of the list (${list.feeds.length ? list.feeds.map((f) => f.url).join(", ") : "the list is empty"}), received ${url}`,
    );
  const [removed] = list.feeds.splice(at, 1);
  writeFeedList(corpusDir, list);
  return removed!;
}

function safeHref(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}
