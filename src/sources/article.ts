/** What every extractor (HTML, PDF, text files) returns: the article before it becomes corpus Markdown. */
export interface ArticleBlock {
  readonly kind: "heading" | "paragraph";
  /** One line of text: white space collapsed, verbatim otherwise. */
  readonly text: string;
  /** List items that belong to this paragraph (kept inside its block, as the corpus format says). */
  readonly items?: readonly string[];
}

export interface Article {
  readonly title: string;
  /** Who published it (og:site_name, JSON-LD publisher, the host). */
  readonly source?: string;
  /** Canonical http(s) URL, when the article came from the web or names one. */
  readonly url?: string;
  /** YYYY-MM-DD or an ISO 8601 date-time. */
  readonly published?: string;
  readonly lang?: string;
  readonly blocks: readonly ArticleBlock[];
}

const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, "gu");

/**
 * Collapses white space to single spaces. Line breaks in a page's source between two Japanese
 * characters are layout, not spaces (a browser shows none there), so they go entirely.
 */
export function collapseSpace(text: string): string {
  // The ideographic space (U+3000) is punctuation in Japanese headlines, not white space to fold;
  // at a paragraph's start it is the indent Japanese papers set (字下げ), not text, and goes.
  return text
    .replace(/[^\S\u3000]+/g, " ")
    .replace(SPACE_BETWEEN_CJK, "")
    .replace(/^[ \u3000]+|[ \u3000]+$/g, "");
}

/** The paragraphs' texts, list items included, as a quote would be checked against them. */
export function paragraphTexts(article: Article): string[] {
  return article.blocks
    .filter((b) => b.kind === "paragraph")
    .map((b) => [b.text, ...(b.items ?? [])].filter(Boolean).join("\n"));
}
