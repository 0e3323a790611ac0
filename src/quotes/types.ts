/** What the misquote checker reports: the quotations found in a message and how each matches the corpus. */

export type QuoteStyle = "kagikakko" | "nijukagi" | "curly" | "straight" | "blockquote" | "implicit";

export interface QuotedSpan {
  /** The quoted text as written, without the quotation marks. */
  readonly text: string;
  /** Where `text` sits in the message. */
  readonly start: number;
  readonly end: number;
  readonly style: QuoteStyle;
}

export type QuoteStatus = "verbatim" | "altered" | "not_found";

/**
 * One stretch of the alignment. `quote` is the message's text, `source` the paragraph's, both as
 * written. `equal` stretches are identical after normalization; `elision` marks an omission the
 * quote itself signalled ("…").
 */
export interface DiffOp {
  readonly op: "equal" | "replace" | "insert" | "delete" | "elision";
  readonly quote: string;
  readonly source: string;
}

export interface QuoteCheck {
  readonly quote: QuotedSpan;
  readonly status: QuoteStatus;
  /** The paragraph that matches best (`doc#n`), unless not found. */
  readonly passageId?: string;
  /** Set when the quotation runs on into the next paragraph: that paragraph's id. */
  readonly throughId?: string;
  /**
   * The matched stretch [start, end) of that paragraph's text (with `throughId`: of the two
   * paragraphs' texts joined by a blank line).
   */
  readonly sourceSpan?: { readonly start: number; readonly end: number };
  /** 1 for verbatim; 1 − edits / length for altered; best seen for not found. */
  readonly similarity: number;
  /** Empty for verbatim and not found. */
  readonly diff: readonly DiffOp[];
  /** Other paragraphs where the same text occurs verbatim (reposted wire copy). */
  readonly alsoIn: readonly string[];
  /**
   * Set when the check reached its work limit before comparing every candidate paragraph in
   * full (a very long quotation or paragraph): "not found" then means "not found within the limit".
   */
  readonly limited?: boolean;
}

export interface QuoteCheckOptions {
  /** Quotations shorter than this (normalized characters) are terms, not quotes, and are skipped. */
  readonly minLength?: number;
  /** Lowest similarity reported as altered rather than not found. */
  readonly threshold?: number;
  /** When the message has no quotation marks, check the whole message as a pasted quote. */
  readonly implicit?: boolean;
  /** At most this many quotations are checked (the first ones). */
  readonly maxQuotes?: number;
  /**
   * Alignment work allowed for one message, in cells of the edit-distance table (quote length ×
   * stretch of paragraph compared). Bounds the time and memory one message can take whatever
   * its length or the paragraphs' length.
   */
  readonly budgetCells?: number;
  /** The largest single table; a longer paragraph is compared in a window around the quote's best match. */
  readonly maxAlignCells?: number;
}
