/**
 * One article, every paragraph addressable: paragraph n is the element with id "n", so the
 * permalink `/doc/<article>#n` (the citation `article#n`) opens scrolled to it, and CSS :target
 * marks it — no JavaScript needed.
 */
import type { DocumentMeta, Passage } from "../engine/index.js";
import { safeUrl } from "../render/safe-url.js";
import { articleDates } from "./format.js";
import { html, type Html } from "./html.js";
import { page } from "./layout.js";

export function articlePage(doc: DocumentMeta, passages: readonly Passage[]): string {
  const url = safeUrl(doc.url);
  const meta = [
    doc.source,
    ...articleDates(doc),
    doc.lang ? `language ${doc.lang}` : undefined,
    `${doc.paragraphs} paragraphs`,
  ].filter(Boolean);
  const parts: Html[] = [];
  let section: string | undefined;
  for (const p of passages) {
    // A heading where the section changes: paragraphs stay the only numbered elements.
    if (p.section && p.section !== section) parts.push(html`<h2>${p.section}</h2>\n`);
    section = p.section;
    parts.push(
      html`<p class="para" id="${p.n}"><a class="pn" href="#${p.n}" title="${p.id}">${p.n}</a> ${p.text}</p>\n`,
    );
  }
  const body = html`<article>
<h1>${doc.title}${doc.editorialTitle ? html` <span class="editorial">(title by the editors)</span>` : ""}</h1>
${doc.sourceTitle ? html`<p class="orig">“${doc.sourceTitle}”</p>` : ""}
<p class="meta">${meta.join(" · ")}${url ? html` · <a href="${url}" rel="noopener noreferrer">original page</a>` : ""} · <code>${doc.docId}</code></p>
${parts}</article>`;
  return page({ title: doc.title, body, lang: doc.lang ?? "ja" });
}
