/**
 * Where the archive site (`summit-bot serve`, src/web/) shows a paragraph: `/doc/<article>#<n>`,
 * so a permalink reads like the citation `article#n` it stands for, and its fragment is the id of
 * the element holding paragraph n. Defined here because the engine stamps permalinks on results
 * (when PUBLIC_URL is set) and the site routes by the same paths.
 */
import type { Answer, Result } from "../search/types.js";

export const ARTICLE_ROUTE = "/doc/";

export function articlePath(docId: string): string {
  return `${ARTICLE_ROUTE}${encodeURIComponent(docId)}`;
}

/** The paragraph's place on the site, relative to its root. */
export function paragraphPath(docId: string, n: number): string {
  return `${articlePath(docId)}#${n}`;
}

/** `publicUrl` has no trailing slash (config.ts strips it). */
export function permalink(publicUrl: string, docId: string, n: number): string {
  return `${publicUrl}${paragraphPath(docId, n)}`;
}

export function withPermalink(r: Result, publicUrl: string | undefined): Result {
  return publicUrl ? { ...r, permalink: permalink(publicUrl, r.docId, r.n) } : r;
}

export function withPermalinks(a: Answer, publicUrl: string | undefined): Answer {
  return publicUrl ? { ...a, results: a.results.map((r) => withPermalink(r, publicUrl)) } : a;
}
