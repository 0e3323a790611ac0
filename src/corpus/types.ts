/** Metadata of one article, from its front matter (or the first line of a .txt file). */
export interface DocumentMeta {
  /** File name without extension; the part of a citation id before `#`. */
  readonly docId: string;
  readonly title: string;
  readonly source?: string;
  /** The original (usually English) headline named by the source. */
  readonly sourceTitle?: string;
  readonly url?: string;
  readonly published?: string;
  /** When `add` or `sync` took the article from its URL (front matter `fetched`). */
  readonly fetched?: string;
  /** The date a feed gave the item `sync` took the article from (front matter `feed_date`). */
  readonly feedDate?: string;
  /** Its place among the items that `sync` run took (front matter `feed_order`): feeds in list order, each in its own order. */
  readonly feedOrder?: number;
  /** Its place among the inputs of the one `add` of several that took it (front matter `input_order`): the command line's order. */
  readonly inputOrder?: number;
  /** Date of the event reported, where the article states it. */
  readonly eventDate?: string;
  readonly lang?: string;
  /** True when the title was written by the editors, not taken from the article. */
  readonly editorialTitle?: boolean;
  /** Path relative to the corpus folder. */
  readonly file: string;
  /** sha256 of the file's bytes, so the index can tell when it is stale. */
  readonly hash: string;
  readonly paragraphs: number;
}

/** One citable paragraph. */
export interface Passage {
  /** `<docId>#<n>`, stable: people paste it into discussions. */
  readonly id: string;
  readonly docId: string;
  /** 1-based paragraph number within the document. */
  readonly n: number;
  /** The heading the paragraph stands under, if any. */
  readonly section?: string;
  /** Verbatim paragraph text (list items joined by newlines, as in the file). */
  readonly text: string;
  /** 1-based line in the source file where the paragraph starts. */
  readonly line: number;
}

export interface ParsedDocument {
  readonly meta: DocumentMeta;
  readonly passages: readonly Passage[];
}
