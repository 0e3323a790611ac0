/**
 * `summit-bot sync` (and the bot's scheduled sync): every feed of the feed list, fetched with a
 * conditional GET (ETag / Last-Modified: an unchanged feed costs one 304), then each new item
 * that passes the feed's --match filter fetched and added, skipping with the reason what the
 * corpus already has: the same link (tracking parameters aside), the same canonical URL, the
 * same paragraphs under another URL (a republished copy), or most of the same text (a near-copy,
 * near-copy.ts) — unless the copy comes from another outlet: that is added, and ingest groups it
 * with the earliest publication, which answers quote, naming the others ("also published by").
 * The index is rebuilt once at the end;
 * the feed list (validators, links taken) is saved only once the index is built, so a failed
 * sync is retried whole next time.
 */
import { buildIndex, type BuildSummary } from "../ingest/pipeline.js";
import type { Article } from "./article.js";
import { fetchedAt, type AddOptions } from "./add-sources.js";
import { CorpusCatalogue, CorpusTransaction, planWrite, urlKey } from "./corpus-writer.js";
import { docIdFor } from "./doc-id.js";
import { parseFeedItems } from "./feed-items.js";
import { outletOfFeedTitle, withFeedPublisher } from "./feed-publisher.js";
import { matcher, readFeedList, writeFeedList } from "./feed-list.js";
import type { ParagraphChanges } from "./paragraph-changes.js";
import { readSource } from "./read-source.js";

export interface SyncItemOutcome {
  readonly feed: string;
  readonly link: string;
  readonly status: "added" | "updated" | "skipped" | "failed";
  readonly docId?: string;
  readonly article?: Article;
  readonly reason?: string;
  readonly changes?: ParagraphChanges;
}

export interface SyncFeedOutcome {
  readonly url: string;
  readonly status: "not modified" | "read" | "failed";
  readonly items: number;
  readonly reason?: string;
}

export interface SyncResult {
  readonly feeds: readonly SyncFeedOutcome[];
  readonly items: readonly SyncItemOutcome[];
  readonly index?: BuildSummary;
}

/** The same as `add`'s: where the corpus and index are, how to fetch, the clock. */
export type SyncOptions = AddOptions;

export async function syncFeeds(options: SyncOptions): Promise<SyncResult> {
  const list = readFeedList(options.corpusDir);
  const catalogue = new CorpusCatalogue(options.corpusDir);
  const tx = new CorpusTransaction(catalogue);
  const now = (options.now ?? (() => new Date()))();
  const fetched = fetchedAt(now);
  const feeds: SyncFeedOutcome[] = [];
  const items: SyncItemOutcome[] = [];
  // Every item's place in this run (feeds in list order, each in its own): copies fetched at one
  // time are ordered by their feed dates, then by it (`feed_order`, docs/copies.md).
  let place = 0;

  for (const feed of list.feeds) {
    options.onProgress?.(`reading feed ${feed.url}`);
    let parsed;
    try {
      const res = await options.fetcher.get(feed.url, {
        ...(feed.etag ? { etag: feed.etag } : {}),
        ...(feed.lastModified ? { lastModified: feed.lastModified } : {}),
      });
      if (res.status === 304) {
        feeds.push({ url: feed.url, status: "not modified", items: 0 });
        feed.lastSync = fetched;
        continue;
      }
      parsed = parseFeedItems(res.body, res.finalUrl, res.headers["content-type"]);
      feed.etag = res.headers.etag;
      feed.lastModified = res.headers["last-modified"];
    } catch (err) {
      feeds.push({ url: feed.url, status: "failed", items: 0, reason: (err as Error).message });
      continue;
    }
    feeds.push({ url: feed.url, status: "read", items: parsed.items.length });
    feed.lastSync = fetched;
    const filter = matcher(feed.match);
    const seen = new Set(feed.seen);
    const take = (key: string) => {
      if (!seen.has(key)) feed.seen.push(key);
      seen.add(key);
    };
    for (const item of parsed.items) {
      const feedOrder = ++place;
      const key = urlKey(item.link);
      const skip = (reason: string, docId?: string) =>
        items.push({ feed: feed.url, link: item.link, status: "skipped", reason, ...(docId ? { docId } : {}) });
      if (seen.has(key)) {
        skip("the same link as an item taken already (tracking parameters aside)");
        continue;
      }
      if (filter && !filter.test(`${item.title}\n${item.summary}`)) {
        skip(`its title and summary do not match ${filter}`);
        continue;
      }
      const known = catalogue.findByUrl(item.link);
      if (known) {
        skip(`already in the corpus as ${known.docId}`, known.docId);
        take(key);
        continue;
      }
      try {
        const read = await readSource(item.link, options.fetcher, options.config.fetch.maxBytes);
        const { fetchedUrl } = read;
        // A page that names no date takes the feed's date for the item: the outlet's own word on when it
        // published it, which orders near-copies better than the time of this sync (docs/copies.md).
        const dated =
          read.article.published || !item.published ? read.article : { ...read.article, published: item.published };
        // A page or PDF that names no publisher takes the feed's (the page that linked it) before its host's name.
        const article = withFeedPublisher(dated, fetchedUrl, outletOfFeedTitle(parsed.title));
        const sameUrl = catalogue.findByUrl(article.url, fetchedUrl);
        if (sameUrl) {
          skip(`already in the corpus as ${sameUrl.docId} (the same canonical URL)`, sameUrl.docId);
          take(key);
          continue;
        }
        // A copy by another outlet is added: ingest groups it with the earliest publication, and answers name it.
        const copyOf = catalogue.findByContent(article);
        if (copyOf && !catalogue.fromAnotherOutlet(copyOf, article)) {
          skip(`the same paragraphs as ${copyOf} (a republished copy)`, copyOf);
          take(key);
          continue;
        }
        const nearCopy = copyOf ? undefined : catalogue.findNearCopy(article);
        if (nearCopy && !catalogue.fromAnotherOutlet(nearCopy.docId, article)) {
          skip(
            `a near-copy of ${nearCopy.docId} (${Math.round(nearCopy.share * 100)}% of its text is there: the same story, lightly edited)`,
            nearCopy.docId,
          );
          take(key);
          continue;
        }
        const plan = planWrite(
          catalogue,
          article,
          docIdFor(article, { fetchedUrl: fetchedUrl ?? item.link }),
          fetchedUrl,
          fetched,
          { ...(item.published ? { feedDate: item.published } : {}), feedOrder },
        );
        tx.write(plan);
        take(key);
        items.push({
          feed: feed.url,
          link: item.link,
          status: plan.status === "unchanged" ? "skipped" : plan.status,
          docId: plan.docId,
          article,
          ...(plan.changes ? { changes: plan.changes } : {}),
        });
      } catch (err) {
        items.push({ feed: feed.url, link: item.link, status: "failed", reason: (err as Error).message });
      }
    }
    // An item that failed is tried again next time: without validators the feed is read whole, not answered 304.
    if (items.some((i) => i.feed === feed.url && i.status === "failed")) {
      delete feed.etag;
      delete feed.lastModified;
    }
  }

  let index: BuildSummary | undefined;
  if (tx.written) {
    options.onProgress?.("updating the index");
    try {
      index = await buildIndex({
        corpusDir: options.corpusDir,
        indexDir: options.indexDir,
        config: options.config,
        skipBad: options.skipBad,
      });
    } catch (err) {
      tx.rollback();
      throw err;
    }
  }
  writeFeedList(options.corpusDir, list);
  return { feeds, items, ...(index ? { index } : {}) };
}
