/**
 * Extraction quality of one page: its extracted paragraphs against the expected body the
 * fixture set writes down (test/fixtures/web/<set>/expected/<page>.txt: paragraphs separated by
 * blank lines, a paragraph's list items on the lines under it as `- item`). A paragraph counts
 * as matched only when it is the same text, white space aside: a paragraph cut short or with an
 * ad glued on is a miss, as a verbatim quote from it would be. Shared by the tests and bench/.
 */
import { readFileSync } from "node:fs";
import { collapseSpace, paragraphTexts, type Article } from "../../src/sources/article.js";

export interface Quality {
  readonly precision: number;
  readonly recall: number;
  readonly extracted: number;
  readonly expected: number;
  /** Extracted paragraphs not in the expected body (furniture let through, a paragraph broken). */
  readonly extra: readonly string[];
  /** Expected paragraphs not extracted. */
  readonly missing: readonly string[];
}

const normalise = (paragraph: string) =>
  paragraph
    .split("\n")
    .map((l) => collapseSpace(l))
    .filter(Boolean)
    .join("\n");

export function expectedParagraphs(file: string): string[] {
  return readFileSync(file, "utf8")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map(normalise)
    .filter(Boolean);
}

export function quality(article: Article, expected: readonly string[]): Quality {
  const got = paragraphTexts(article).map(normalise).filter(Boolean);
  const want = new Set(expected);
  const have = new Set(got);
  const hits = got.filter((p) => want.has(p)).length;
  const found = expected.filter((p) => have.has(p)).length;
  return {
    precision: got.length ? hits / got.length : 0,
    recall: expected.length ? found / expected.length : 1,
    extracted: got.length,
    expected: expected.length,
    extra: got.filter((p) => !want.has(p)),
    missing: expected.filter((p) => !have.has(p)),
  };
}
