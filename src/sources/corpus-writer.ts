/**
 * Writes added articles into the corpus folder and rebuilds the index, all or nothing: a file
 * is written beside its final name (a hidden temporary the corpus loader skips) and renamed into
 * place; if the index build then fails, every file written is put back as it was (a new file
 * removed, an updated one restored), so corpus and index stay as they were before.
 *
 * Ids: the same URL (its canonical form, or the URL fetched) always lands in the same document,
 * which is updated; a new article whose id is taken by another document gets `-2`, `-3` … and
 * never overwrites it.
 */
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontMatter } from "../corpus/front-matter.js";
import { listCorpusFiles, readCorpusFile } from "../corpus/load.js";
import { parseDocument } from "../corpus/parse.js";
import type { ParsedDocument } from "../corpus/types.js";
import { createHash } from "node:crypto";
import { collapseSpace, paragraphTexts, type Article } from "./article.js";
import { corpusFileFor, type SourceRecord } from "./corpus-markdown.js";
import { containment, NEAR_COPY_SHARE, shingleSample } from "./near-copy.js";
import { paragraphChanges, type ParagraphChanges } from "./paragraph-changes.js";
import { docIdForFile } from "./doc-id.js";
import { unrecordedFileArticle, unrecordedNote } from "./unrecorded-file.js";

export interface CorpusDocument {
  readonly docId: string;
  readonly file: string;
  readonly url?: string;
  /** The local file it was added from (front matter `source_file`). */
  readonly sourceFile?: string;
}

/** The corpus's documents by id, and the ids of those naming a URL or a local file, from their front matter only. */
export class CorpusCatalogue {
  readonly byId = new Map<string, CorpusDocument>();
  readonly byUrl = new Map<string, string>();
  readonly bySourceFile = new Map<string, string>();

  constructor(readonly dir: string) {
    for (const file of listCorpusFiles(dir).files) {
      const docId = file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
      let url: string | undefined;
      let sourceFile: string | undefined;
      if (file.endsWith(".md")) {
        try {
          const head = readFileSync(join(dir, file), "utf8")
            .slice(0, 8192)
            .split(/\r\n|\r|\n/);
          const { fields } = parseFrontMatter(file, head);
          url = typeof fields.url === "string" ? fields.url : undefined;
          sourceFile = typeof fields.source_file === "string" ? fields.source_file : undefined;
        } catch {
          // A file ingest would refuse is not ours to judge here: it keeps its id, without a URL.
        }
      }
      this.record({ docId, file, ...(url ? { url } : {}), ...(sourceFile ? { sourceFile } : {}) });
    }
  }

  /** The document added from this local file (`source_file`, see localFileKey). */
  findBySourceFile(key: string | undefined): CorpusDocument | undefined {
    const id = key ? this.bySourceFile.get(key) : undefined;
    return id ? this.byId.get(id) : undefined;
  }

  /** The document already holding one of these URLs. */
  findByUrl(...urls: (string | undefined)[]): CorpusDocument | undefined {
    for (const u of urls) {
      const id = u ? this.byUrl.get(urlKey(u)) : undefined;
      if (id) return this.byId.get(id);
    }
    return undefined;
  }

  /** `base`, or `base-2`, `base-3` … the first id no other document holds. */
  freeId(base: string): string {
    if (!this.byId.has(base)) return base;
    for (let n = 2; ; n++) if (!this.byId.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  record(doc: CorpusDocument, article?: Article): void {
    this.byId.set(doc.docId, doc);
    if (doc.url) this.byUrl.set(urlKey(doc.url), doc.docId);
    if (doc.sourceFile) this.bySourceFile.set(doc.sourceFile, doc.docId);
    if (article && this.byContent) this.byContent.set(contentKey(paragraphTexts(article)), doc.docId);
    if (article && this.shingles) this.shingles.set(doc.docId, shingleSample(paragraphTexts(article)));
    if (article && this.sources) this.sources.set(doc.docId, article.source);
  }

  private byContent: Map<string, string> | undefined;
  private shingles: Map<string, Set<number>> | undefined;
  private sources: Map<string, string | undefined> | undefined;

  /** Every document's paragraphs, read once on first use (only `sync` needs them). */
  private readContents(): void {
    if (this.byContent && this.shingles && this.sources) return;
    this.byContent = new Map();
    this.shingles = new Map();
    this.sources = new Map();
    for (const doc of this.byId.values()) {
      try {
        const parsed = parseDocument(doc.file, readCorpusFile(this.dir, doc.file));
        const texts = parsed.passages.map((p) => p.text);
        this.byContent.set(contentKey(texts), doc.docId);
        this.shingles.set(doc.docId, shingleSample(texts));
        this.sources.set(doc.docId, parsed.meta.source);
      } catch {
        // A file ingest would refuse cannot be a copy of anything.
      }
    }
  }

  /** The document whose paragraphs are exactly these (a republished copy under another URL). */
  findByContent(article: Article): string | undefined {
    this.readContents();
    return this.byContent!.get(contentKey(paragraphTexts(article)));
  }

  /**
   * True when the article names an outlet (its `source`) other than the corpus document's: a copy
   * of the story by another outlet is added, and ingest groups it with the earliest publication
   * (answers name it as "also published by"); a copy where either outlet is unknown is not.
   */
  fromAnotherOutlet(docId: string, article: Article): boolean {
    this.readContents();
    const known = this.sources!.get(docId)?.trim().toLowerCase();
    const source = article.source?.trim().toLowerCase();
    return !!known && !!source && known !== source;
  }

  /** The document this article is a near-copy of (most of its text inside it), with the share; undefined when none. */
  findNearCopy(article: Article): { docId: string; share: number } | undefined {
    this.readContents();
    const sample = shingleSample(paragraphTexts(article));
    let best: { docId: string; share: number } | undefined;
    for (const [docId, other] of this.shingles!) {
      const share = containment(sample, other);
      if (share >= NEAR_COPY_SHARE && (!best || share > best.share)) best = { docId, share };
    }
    return best;
  }
}

/** Paragraph texts → one key: white space and the order of lines inside a paragraph kept, nothing else. */
function contentKey(paragraphs: readonly string[]): string {
  const text = paragraphs.map((p) => p.split("\n").map(collapseSpace).join("\n")).join("\n\n");
  return createHash("sha256").update(text).digest("hex");
}

/**
 * A URL as a key for "the same article": fragment dropped, tracking parameters (utm_*, fbclid,
 * gclid …) dropped, host lower-cased, a trailing slash ignored.
 */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = "";
    for (const name of [...u.searchParams.keys()])
      if (/^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|rss)$/i.test(name)) u.searchParams.delete(name);
    u.search = u.searchParams.toString() ? `?${u.searchParams.toString()}` : "";
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, "")}${u.search}`;
  } catch {
    return url;
  }
}

export type WriteStatus = "added" | "updated" | "unchanged";

export interface PlannedWrite {
  readonly docId: string;
  readonly status: WriteStatus;
  readonly article: Article;
  readonly markdown: string;
  /** For an update: what happened to the paragraphs and their ids. */
  readonly changes?: ParagraphChanges;
  /** The local file it is written from (`source_file`). */
  readonly sourceFile?: string;
  /** Said after the line's status: how a file's article from before `source_file` was told (unrecorded-file.ts). */
  readonly note?: string;
}

/**
 * Where an article goes: the document with its URL (or, for a local file, added from the same
 * file: `record.sourceFile`), else a new free id; unchanged when only when it was fetched would
 * differ. An update keeps the first `fetched:` (and feed item): it is what an undated article's
 * near-copies are ordered by (ingest's CopyOrder), and re-fetching a changed article must not make
 * a later outlet's copy the one answers quote.
 */
export function planWrite(
  catalogue: CorpusCatalogue,
  article: Article,
  idBase: string,
  fetchedUrl: string | undefined,
  fetched: string | undefined,
  record: SourceRecord = {},
): PlannedWrite {
  const recorded = catalogue.findByUrl(article.url, fetchedUrl) ?? catalogue.findBySourceFile(record.sourceFile);
  // A file's article written before `source_file` was: found by its file name (the id files were given then), title and text.
  const unrecorded =
    !recorded && record.sourceFile
      ? unrecordedFileArticle(catalogue, docIdForFile(record.sourceFile, article.title), article)
      : undefined;
  const existing = recorded ?? (unrecorded?.kind === "same" ? unrecorded.doc : undefined);
  const docId = existing?.docId ?? catalogue.freeId(idBase);
  const from = {
    ...(record.sourceFile ? { sourceFile: record.sourceFile } : {}),
    ...(unrecorded ? { note: unrecordedNote(unrecorded, record.sourceFile!) } : {}),
  };
  if (existing) {
    const withoutFetched = (md: string) => md.replace(/^(fetched|feed_date|feed_order|input_order): .*\n/gm, "");
    const path = join(catalogue.dir, existing.file);
    const old = existing.file.endsWith(".md") && existsSync(path) ? readFileSync(path, "utf8") : undefined;
    let before: ParsedDocument | undefined;
    try {
      before = old === undefined ? undefined : parseDocument(existing.file, Buffer.from(old));
    } catch {
      // An old file ingest would refuse has no paragraphs to compare and no date to keep.
    }
    // The first fetch's time, feed item and place among its add's inputs stay; an article from before they were recorded takes this one's.
    const first = before?.meta.fetched ?? fetched;
    const feed = before?.meta.fetched ? before.meta : record;
    const markdown = corpusFileFor(docId, article, {
      ...(first ? { fetched: first } : {}),
      ...(record.sourceFile ? { sourceFile: record.sourceFile } : {}),
      ...(feed.feedDate ? { feedDate: feed.feedDate } : {}),
      ...(feed.feedOrder ? { feedOrder: feed.feedOrder } : {}),
      ...(feed.inputOrder ? { inputOrder: feed.inputOrder } : {}),
    });
    const status: WriteStatus =
      old !== undefined && withoutFetched(old) === withoutFetched(markdown) ? "unchanged" : "updated";
    if (status === "updated" && before) {
      const changes = paragraphChanges(
        before.passages.map((p) => p.text),
        paragraphTexts(article),
      );
      return { docId, status, article, markdown, changes, ...from };
    }
    return { docId, status, article, markdown, ...from };
  }
  const markdown = corpusFileFor(docId, article, { ...(fetched ? { fetched } : {}), ...record });
  return { docId, status: "added", article, markdown, ...from };
}

/** The files a batch wrote, to put back if what comes after fails. */
export class CorpusTransaction {
  private readonly undo: (() => void)[] = [];

  constructor(private readonly catalogue: CorpusCatalogue) {}

  /** Writes `<doc-id>.md` through a hidden temporary file and a rename. */
  write(plan: PlannedWrite): void {
    if (plan.status === "unchanged") return;
    const dir = this.catalogue.dir;
    const existing = this.catalogue.byId.get(plan.docId);
    const file = existing?.file ?? `${plan.docId}.md`;
    const path = join(dir, file);
    const before = existsSync(path) ? readFileSync(path) : undefined;
    const tmp = join(dir, `.${plan.docId}.md.${process.pid}.tmp`);
    writeFileSync(tmp, plan.markdown);
    renameSync(tmp, path);
    this.undo.push(() => (before === undefined ? unlinkSync(path) : writeFileSync(path, before)));
    this.catalogue.record(
      {
        docId: plan.docId,
        file,
        ...(plan.article.url ? { url: plan.article.url } : {}),
        ...(plan.sourceFile ? { sourceFile: plan.sourceFile } : {}),
      },
      plan.article,
    );
  }

  get written(): number {
    return this.undo.length;
  }

  /** Puts every written file back as it was, newest first. */
  rollback(): void {
    for (const step of this.undo.reverse()) {
      try {
        step();
      } catch {
        // Keep undoing the others; a file that cannot be restored is named by the caller's error.
      }
    }
    this.undo.length = 0;
  }
}
