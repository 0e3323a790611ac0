/** The frame every page shares: head, stylesheet, navigation. No inline script or style (the CSP forbids both). */
import { html, type Html } from "./html.js";

export interface PageOptions {
  readonly title: string;
  readonly body: Html;
  /** Scripts from /static/ this page needs, in order. */
  readonly scripts?: readonly string[];
  readonly lang?: string;
}

export function page({ title, body, scripts = [], lang = "ja" }: PageOptions): string {
  return (
    "<!doctype html>\n" +
    html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} — summit-bot archive</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/style.css">
</head>
<body>
<header class="site"><a class="home" href="/">summit-bot archive</a>
<nav><a href="/">Articles</a> <a href="/search">Search</a></nav>
<form class="quick" action="/search" method="get"><input type="search" name="q" placeholder="質問 / question" aria-label="Search"></form>
</header>
<main>
${body}
</main>
${scripts.map(
  (s) => html`<script src="/static/${s}"></script>
`,
)}</body>
</html>
`.value
  );
}
