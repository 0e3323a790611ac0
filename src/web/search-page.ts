/**
 * The search page: the same engine as the bot, and the same three outcomes — an answer (quotes,
 * answering sentences marked), related passages only (the articles don't say it directly; no
 * marks), or nothing — in the question's language.
 */
import { paragraphPath, type Answer, type Result } from "../engine/index.js";
import { citationSourceLink } from "../render/citation.js";
import { ALSO_PUBLISHED_BY, publishedCopiesText } from "../render/copies.js";
import { QUOTE_LABELS } from "../render/quote-labels.js";
import { html, type Html } from "./html.js";
import { page } from "./layout.js";

const LABELS = {
  en: {
    answer: "From the articles:",
    related: "The articles don't say this directly. The closest passages:",
    none: "Nothing in the articles answers this.",
    original: "original page",
    ...QUOTE_LABELS.en,
  },
  ja: {
    answer: "記事からの引用：",
    related: "記事にはこの問いへの直接の答えがありません。最も近い段落：",
    none: "記事の中にこの問いに答える箇所はありません。",
    original: "元の記事",
    ...QUOTE_LABELS.ja,
  },
} as const;

/** The paragraph with its answering sentences in <mark>, every piece escaped. */
function marked(r: Result, withMarks: boolean): Html[] {
  const out: Html[] = [];
  let at = 0;
  const spans = withMarks ? [...r.highlights].sort((a, b) => a.start - b.start) : [];
  for (const s of spans) {
    if (s.start < at) continue;
    out.push(html`${r.text.slice(at, s.start)}<mark>${r.text.slice(s.start, s.end)}</mark>`);
    at = s.end;
  }
  out.push(html`${r.text.slice(at)}`);
  return out;
}

function resultCard(r: Result, i: number, answer: Answer): Html {
  const labels = LABELS[answer.lang];
  const source = citationSourceLink(answer.confidence === "answer" ? r : { ...r, highlights: [] });
  return html`<li class="result">
<blockquote>${marked(r, answer.confidence === "answer")}</blockquote>
<p class="cite">[${i + 1}] <a href="${paragraphPath(r.docId, r.n)}">${r.title}</a>${r.section ? ` § ${r.section}` : ""}${r.source ? ` — ${r.source}` : ""} — <a class="id" href="${paragraphPath(r.docId, r.n)}">${r.id}</a>${source ? html` — <a class="source" href="${source}" rel="noopener noreferrer">${labels.original}</a>` : ""}${answer.confidence === "answer" ? ` — ${labels.strength} ${Math.round(r.strength * 100)}%` : ""}</p>
${
  r.glosses.length
    ? html`<p class="gloss">${labels.gloss}: ${r.glosses.join("; ")}</p>
`
    : ""
}${
    r.alsoPublishedBy?.length
      ? html`<p class="copies">${ALSO_PUBLISHED_BY[answer.lang]}: ${publishedCopiesText(r.alsoPublishedBy, answer.lang)}</p>
`
      : ""
  }</li>
`;
}

export function searchPage(question: string, answer: Answer | undefined): string {
  const form = html`<h1>Search</h1>
<form class="search" action="/search" method="get"><input type="search" name="q" value="${question}" aria-label="Question" autofocus> <button type="submit">Ask</button></form>`;
  if (!answer) return page({ title: "Search", body: form });
  const labels = LABELS[answer.lang];
  const results = answer.confidence === "none" ? [] : answer.results;
  const body = html`${form}
<section class="outcome outcome-${answer.confidence}" data-outcome="${answer.confidence}">
<p class="verdict">${labels[answer.confidence]}</p>
${results.length ? html`<ol class="results">${results.map((r, i) => resultCard(r, i, answer))}</ol>` : ""}
</section>`;
  return page({ title: question, body, lang: answer.lang });
}
