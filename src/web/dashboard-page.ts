/**
 * The operator dashboard: what was asked per day by outcome, the queue of refused and 👎
 * questions with their citations linked, the most cited passages, and the articles never cited.
 * Every chart has its table beside it, so the page reads the same without JavaScript; the charts
 * (Chart.js, served from /static/) draw from the same numbers, passed as a JSON block.
 */
import { paragraphPath, articlePath, type DocumentMeta } from "../engine/index.js";
import type { DashboardData } from "../feedback/dashboard.js";
import { day, minute } from "./format.js";
import { html, jsonScript, type Html } from "./html.js";
import { page } from "./layout.js";

/** Articles never cited, listed at most (the count says how many in all). */
export const NEVER_CITED_SHOWN = 200;

/** A citation id `doc#n` as a link to its paragraph; anything else (an id from an older index) as text. */
function citationLink(id: string, known: (docId: string) => boolean): Html {
  const m = /^(.*)#(\d+)$/.exec(id);
  return m && known(m[1]!) ? html`<a href="${paragraphPath(m[1]!, Number(m[2]))}">${id}</a>` : html`<span>${id}</span>`;
}

export function dashboardPage(data: DashboardData, documents: readonly DocumentMeta[]): string {
  const ids = new Set(documents.map((d) => d.docId));
  const known = (docId: string) => ids.has(docId);
  const neverCited = documents.filter((d) => !data.citedArticles.has(d.docId));
  const total = data.days.reduce((n, d) => n + d.answer + d.related + d.refusal, 0);
  const chartData = {
    days: {
      labels: data.days.map((d) => d.day),
      answer: data.days.map((d) => d.answer),
      related: data.days.map((d) => d.related),
      refusal: data.days.map((d) => d.refusal),
    },
    cited: {
      labels: data.mostCited.slice(0, 20).map((c) => c.id),
      counts: data.mostCited.slice(0, 20).map((c) => c.count),
    },
  };
  const body = html`<h1>Dashboard</h1>
<p class="meta">${day(data.since)} – ${day(data.until)} · ${total} questions · ${data.queue.length} in the queue · ${neverCited.length} of ${documents.length} articles never cited</p>

<section id="per-day">
<h2>Questions per day by outcome</h2>
<div class="chart"><canvas id="chart-days" aria-label="Questions per day by outcome" role="img"></canvas></div>
<details${data.days.length <= 14 ? html` open` : ""}><summary>Table</summary>
<table class="days"><thead><tr><th>Day</th><th>Answered</th><th>Related only</th><th>Refused</th></tr></thead><tbody>
${data.days.map((d) => html`<tr><td>${d.day}</td><td class="num">${d.answer}</td><td class="num">${d.related}</td><td class="num">${d.refusal}</td></tr>\n`)}</tbody></table>
</details>
</section>

<section id="queue">
<h2>Queue: refused and 👎 questions</h2>
${
  data.queue.length
    ? html`<table class="queue"><thead><tr><th>When</th><th>Question</th><th>Outcome</th><th>👎</th><th>Wrong citation</th><th>Cited</th></tr></thead><tbody>
${data.queue.map(
  (q) =>
    html`<tr><td>${minute(q.at)}</td><td class="question">${q.question}</td><td>${q.outcome}</td><td class="num">${q.down}</td><td class="num">${q.wrongCitation}</td><td>${q.answerIds.length ? q.answerIds.map((id, i) => html`${i ? ", " : ""}${citationLink(id, known)}`) : "—"}</td></tr>\n`,
)}</tbody></table>`
    : html`<p>Nothing waiting.</p>`
}
</section>

<section id="most-cited">
<h2>Most cited passages</h2>
${
  // Nothing cited yet (a new bot, a quiet period): a sentence, not an empty chart and table.
  data.mostCited.length
    ? html`<div class="chart"><canvas id="chart-cited" aria-label="Most cited passages" role="img"></canvas></div>
<table class="cited"><thead><tr><th>Passage</th><th>Times cited</th></tr></thead><tbody>
${data.mostCited.map((c) => html`<tr><td>${citationLink(c.id, known)}</td><td class="num">${c.count}</td></tr>\n`)}</tbody></table>`
    : html`<p>Nothing cited in this period.</p>`
}
</section>

<section id="never-cited">
<h2>Articles never cited</h2>
<p>${neverCited.length} of ${documents.length}${neverCited.length > NEVER_CITED_SHOWN ? ` (the first ${NEVER_CITED_SHOWN} shown)` : ""}</p>
<ul class="never">${neverCited.slice(0, NEVER_CITED_SHOWN).map((d) => html`<li><a href="${articlePath(d.docId)}">${d.title}</a> <code>${d.docId}</code></li>\n`)}</ul>
</section>
${jsonScript("dashboard-data", chartData)}`;
  return page({ title: "Dashboard", body, scripts: ["chart.umd.js", "dashboard.js"], lang: "en" });
}
