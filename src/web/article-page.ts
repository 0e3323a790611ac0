/**
 * One article, every paragraph addressable: paragraph n is the element with id "n", so the
 * permalink `/doc/<article>#n` (the citation `article#n`) opens scrolled to it, and CSS :target
 * marks it — no JavaScript needed.
 */
import type { DocumentMeta, Passage, PastVersion } from "../engine/index.js";
import { safeUrl } from "../render/safe-url.js";
import { articleDates, joined } from "./format.js";
import { html, type Html } from "./html.js";
import { page } from "./layout.js";

/** `history`: older texts of changed and removed paragraphs (a removed one keeps its id on the page, marked as removed). */
export function articlePage(
  doc: DocumentMeta,
  passages: readonly Passage[],
  history: readonly PastVersion[] = [],
): string {
  const url = safeUrl(doc.url);
  const meta = [
    doc.source,
    ...articleDates(doc),
    doc.lang ? `language ${doc.lang}` : undefined,
    `${doc.paragraphs} paragraphs`,
  ].filter((m): m is Html | string => Boolean(m));
  const parts: Html[] = [];
  let section: string | undefined;
  for (const p of passages) {
    // A heading where the section changes: paragraphs stay the only numbered elements.
    if (p.section && p.section !== section) parts.push(html`<h2>${p.section}</h2>\n`);
    section = p.section;
    parts.push(
      html`<p class="para" id="${p.n}"><a class="pn" href="#${p.n}" title="${p.id}">${p.n}</a> ${p.text}</p>\n`,
    );
    const changed = lastVersion(history, p.n);
    if (changed)
      parts.push(
        html`<p class="para old">changed on ${changed.until.slice(0, 10)}; before, it read: <del>${changed.text}</del></p>\n`,
      );
  }
  // A removed paragraph's permalink still lands somewhere: its last text, marked as removed.
  const current = new Set(passages.map((p) => p.n));
  const removed = [...new Set(history.filter((v) => !current.has(v.n)).map((v) => v.n))].map((n) =>
    lastVersion(history, n)!,
  );
  if (removed.length) {
    parts.push(html`<h2>Removed paragraphs</h2>\n`);
    for (const v of removed)
      parts.push(
        html`<p class="para removed" id="${v.n}"><a class="pn" href="#${v.n}" title="${doc.docId}#${v.n}">${v.n}</a> removed on ${v.until.slice(0, 10)}: <del>${v.text}</del></p>\n`,
      );
  }
  const body = html`<article>
<h1>${doc.title}${doc.editorialTitle ? html` <span class="editorial">(title by the editors)</span>` : ""}</h1>
${doc.sourceTitle ? html`<p class="orig">“${doc.sourceTitle}”</p>` : ""}
<p class="meta">${joined(meta, " · ")}${url ? html` · <a href="${url}" rel="noopener noreferrer">original page</a>` : ""} · <code>${doc.docId}</code></p>
${parts}</article>`;
  return page({ title: doc.title, body, lang: doc.lang ?? "ja" });
}

/** The latest older text of paragraph n (history is oldest first). */
function lastVersion(history: readonly PastVersion[], n: number): PastVersion | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.n === n) return history[i];
  return undefined;
}
