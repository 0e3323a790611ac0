/**
 * The feeds `sync` reads, kept beside the corpus folder as `<corpus>.feeds.json` (for
 * `corpus/`, `corpus.feeds.json`): outside the folder, so the corpus loader never sees it, and
 * named after its corpus, so two corpora side by side keep their own lists. Written atomically
 * (temporary file + rename). Per feed: its filter, the validators for a conditional GET, and the
 * item links already taken (so a later sync fetches new items only).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { SummitError } from "../errors.js";

export interface FeedEntry {
  readonly url: string;
  /** Items whose title or summary this regular expression (case-insensitive) does not match are skipped. */
  readonly match?: string;
  readonly added: string;
  etag?: string;
  lastModified?: string;
  /** urlKey()s of the item links added or found in the corpus already. */
  seen: string[];
  lastSync?: string;
}

export interface FeedListFile {
  readonly version: 1;
  feeds: FeedEntry[];
}

export const feedListPath = (corpusDir: string) => join(dirname(corpusDir), `${basename(corpusDir)}.feeds.json`);

export function readFeedList(corpusDir: string): FeedListFile {
  const path = feedListPath(corpusDir);
  if (!existsSync(path)) return { version: 1, feeds: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new SummitError(
      "SOURCE",
      `${path}: expected the feed list as JSON, received text that does not parse (${(err as Error).message})`,
    );
  }
  const file = data as Partial<FeedListFile>;
  if (
    file.version !== 1 ||
    !Array.isArray(file.feeds) ||
    !file.feeds.every((f) => typeof f?.url === "string" && Array.isArray(f.seen))
  ) {
    throw new SummitError(
      "SOURCE",
      `${path}: expected {"version": 1, "feeds": [{"url": …, "seen": […]}]}, received another shape`,
    );
  }
  return file as FeedListFile;
}

export function writeFeedList(corpusDir: string, list: FeedListFile): void {
  const path = feedListPath(corpusDir);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify(list, null, 2) + "\n");
  renameSync(tmp, path);
}

/** A --match value as the RegExp it will be, refused when it is not one. */
export function matcher(match: string | undefined): RegExp | undefined {
  if (match === undefined) return undefined;
  try {
    return new RegExp(match, "iu");
  } catch (err) {
    throw new SummitError(
      "USAGE",
      `--match: expected a regular expression, received ${JSON.stringify(match.slice(0, 60))} (${(err as Error).message})`,
    );
  }
}
