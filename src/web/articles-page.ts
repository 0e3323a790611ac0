/** The article index: title, source, dates, language, paragraph count, filtered on the server (works without JavaScript). */
import { articlePath, type DocumentMeta } from "../engine/index.js";
import { articleDates, joined } from "./format.js";
import { html } from "./html.js";
import { page } from "./layout.js";

export interface ArticleFilter {
  /** Words every shown article's title, original headline, source or id contains (case-insensitive). */
  readonly text?: string;
  readonly lang?: string;
  readonly source?: string;
}

/** The filter a query string asks for; unknown parameters are ignored, empty ones mean "any". */
export function articleFilter(params: URLSearchParams): ArticleFilter {
  const get = (k: string) => params.get(k)?.trim().slice(0, 200) || undefined;
  return {
    ...(get("q") ? { text: get("q") } : {}),
    ...(get("lang") ? { lang: get("lang") } : {}),
    ...(get("source") ? { source: get("source") } : {}),
  };
}

export function filterArticles(docs: readonly DocumentMeta[], f: ArticleFilter): DocumentMeta[] {
  const words = (f.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return docs.filter((d) => {
    if (f.lang && (d.lang ?? "") !== f.lang) return false;
    if (f.source && (d.source ?? "") !== f.source) return false;
    const hay = [d.title, d.sourceTitle, d.source, d.docId].filter(Boolean).join(" ").toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Articles shown on one page at most: a 100k archive is filtered, not listed whole. */
export const ARTICLES_PER_PAGE = 200;

export function articlesPage(all: readonly DocumentMeta[], f: ArticleFilter, pageNo = 1): string {
  const shown = filterArticles(all, f);
  const first = (pageNo - 1) * ARTICLES_PER_PAGE;
  const rows = shown.slice(first, first + ARTICLES_PER_PAGE);
  const langs = [...new Set(all.map((d) => d.lang).filter((l): l is string => Boolean(l)))].sort();
  const sources = [...new Set(all.map((d) => d.source).filter((s): s is string => Boolean(s)))].sort().slice(0, 500);
  const keep = (p: number) => {
    const q = new URLSearchParams({
      ...(f.text ? { q: f.text } : {}),
      ...(f.lang ? { lang: f.lang } : {}),
      ...(f.source ? { source: f.source } : {}),
      page: String(p),
    });
    return `/?${q}`;
  };
  const body = html`<h1>Articles</h1>
<form class="filter" action="/" method="get">
<label>Words <input type="search" name="q" value="${f.text ?? ""}"></label>
<label>Language <select name="lang"><option value="">any</option>${langs.map((l) => html`<option value="${l}"${f.lang === l ? html` selected` : ""}>${l}</option>`)}</select></label>
<label>Source <select name="source"><option value="">any</option>${sources.map((s) => html`<option value="${s}"${f.source === s ? html` selected` : ""}>${s}</option>`)}</select></label>
<button type="submit">Filter</button>
</form>
<p class="count">${shown.length} of ${all.length} articles${shown.length > rows.length ? ` (${first + 1}–${first + rows.length} shown)` : ""}</p>
<table class="articles">
<thead><tr><th>Title</th><th>Source</th><th>Dates</th><th>Language</th><th>Paragraphs</th></tr></thead>
<tbody>
${rows.map(
  (
    d,
  ) => html`<tr><td><a href="${articlePath(d.docId)}">${d.title}</a>${d.sourceTitle ? html`<div class="orig">${d.sourceTitle}</div>` : ""}<div class="id">${d.docId}</div></td><td>${d.source ?? ""}</td><td>${joined(articleDates(d), ", ")}</td><td>${d.lang ?? ""}</td><td class="num">${d.paragraphs}</td></tr>
`,
)}</tbody>
</table>
<nav class="pages">${pageNo > 1 ? html`<a href="${keep(pageNo - 1)}">← previous</a> ` : ""}${first + rows.length < shown.length ? html`<a href="${keep(pageNo + 1)}">next →</a>` : ""}</nav>`;
  return page({ title: "Articles", body });
}
