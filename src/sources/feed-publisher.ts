/**
 * A page or PDF brought by a feed that names no publisher of its own (its `source` is only the
 * host it came from, or nothing) takes the feed's: the channel's title, its outlet's part — the
 * words before a spaced dash or bar, as feeds title themselves "Steppe Daily – World" or
 * "MFA | Press releases". The feed is the page that linked it; its title names the outlet better
 * than a host name does (`mfa.gov.kz`). A name the article gives itself always wins.
 */
import type { Article } from "./article.js";

const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, "") : undefined;
  } catch {
    return undefined;
  }
};

/** The outlet part of a feed's title (undefined for a feed that has none: feed-items.ts puts its URL there). */
export function outletOfFeedTitle(title: string): string | undefined {
  if (!title.trim() || /^https?:\/\//i.test(title)) return undefined;
  const outlet = title.split(/\s+[–—|:-]\s+/)[0]!.trim();
  return outlet || undefined;
}

export function withFeedPublisher(
  article: Article,
  fetchedUrl: string | undefined,
  outlet: string | undefined,
): Article {
  if (!outlet) return article;
  const hostOnly = !article.source || article.source === hostOf(article.url) || article.source === hostOf(fetchedUrl);
  return hostOnly ? { ...article, source: outlet } : article;
}
