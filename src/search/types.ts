import type { DocumentMeta } from "../corpus/types.js";

import type { Span } from "../text/sentences.js";

export type { Span };

export interface Result {
  readonly id: string;
  readonly docId: string;
  readonly n: number;
  readonly title: string;
  /** The article's original (English) headline, where the source names one. */
  readonly sourceTitle?: string;
  readonly source?: string;
  readonly url?: string;
  readonly section?: string;
  /** Verbatim paragraph text. */
  readonly text: string;
  readonly score: number;
  /** Sentences of `text` that best answer the question. */
  readonly highlights: readonly Span[];
  /** Ids of near-duplicate passages collapsed into this one. */
  readonly duplicates: readonly string[];
  /** English glosses of the Japanese terms that matched an English question (not part of the source). */
  readonly glosses: readonly string[];
  /** How strongly this passage answers the question, in [0, 1] (see search/answer/judge.ts). */
  readonly strength: number;
  /** The paragraph on the archive site, when PUBLIC_URL is set (stamped by the engine). */
  readonly permalink?: string;
  /** Set when this result answers a citation id (`doc#n`): whether the paragraph still reads as it did. */
  readonly citation?: CitationState;
  /** The same paragraph as other outlets published it (near-copies grouped at ingest), earliest first; absent when none. */
  readonly alsoPublishedBy?: readonly PublishedCopy[];
}

/**
 * A cited paragraph's state: `current` (never changed), `changed` (edited at `since`; `text` is
 * the current text, `previous` what it said before), `removed` (gone from the article at `since`;
 * `text` is its last text, no longer in the article).
 */
export interface CitationState {
  readonly status: "current" | "changed" | "removed";
  /** When it changed or was removed (ISO 8601). */
  readonly since?: string;
  /** Its text before the change (changed). */
  readonly previous?: string;
  /**
   * Removed, in an index built before ingest looked up the other outlets' copies of removed
   * paragraphs: whether another outlet still publishes it is not known until the next ingest.
   */
  readonly copiesUnknown?: true;
  /** The cited paragraph's own language (its article's `lang`, else read off its text), which the reply's language need not be. */
  readonly lang?: "ja" | "en";
}

/** Another outlet's copy of a quoted paragraph: its own citation id and its article. */
export interface PublishedCopy {
  readonly id: string;
  readonly docId: string;
  readonly title: string;
  readonly source?: string;
  readonly published?: string;
  readonly url?: string;
}

/**
 * `answer`: the quoted passages answer the question; `related`: the articles don't say this
 * directly, the closest passages are shown as such (no highlight); `none`: nothing is close.
 */
export type Confidence = "answer" | "related" | "none";

export interface Answer {
  readonly question: string;
  /** Language of the question, which decides the interface language of the reply. */
  readonly lang: "ja" | "en";
  /** True only when confidence is `answer`. */
  readonly answerable: boolean;
  readonly confidence: Confidence;
  /** Share of the question's information found in the best passages (0..1): what `answerable` is decided on. */
  readonly evidence: number;
  readonly results: readonly Result[];
  /** The question changed the subject (ところで, "by the way"): searched without the conversation's earlier questions (search/turn-text.ts). */
  readonly startsOver?: boolean;
}

export interface AskOptions {
  /** How many results to return (after de-duplication). */
  readonly k?: number;
  /** Restrict to one article. */
  readonly docId?: string;
  /** Skip this many results first (the "More" button). */
  readonly offset?: number;
  /**
   * Earlier questions of the same conversation, oldest first: a follow-up is searched with their
   * terms added at lower weight (see search/followup.ts).
   */
  readonly history?: readonly string[];
}

export type { DocumentMeta };
