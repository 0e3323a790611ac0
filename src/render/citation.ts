/**
 * The one citation formatter: what a citation says (title, original headline, source, date,
 * section, id, link) and how each surface lays it out — the Discord embed footer, the paste-ready
 * line of /cite, the terminal's numbered list and the JSON line's fields.
 */
import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { Span } from "../search/types.js";
import { stripControls } from "./controls.js";
import { safeUrl } from "./safe-url.js";
import { sourceLink } from "./source-link.js";
import { escapeInlineCode, inline } from "./text.js";

/** What a citation needs, from a search Result or from a Passage plus its article. */
export interface Citable {
  readonly id: string;
  readonly title: string;
  readonly sourceTitle?: string;
  readonly source?: string;
  readonly section?: string;
  readonly url?: string;
  readonly text: string;
  readonly highlights?: readonly Span[];
  /** The event's date where the article states it, else the publication date. */
  readonly date?: { readonly kind: "event" | "published"; readonly value: string };
  /** The title was written by the editors, not taken from the article. */
  readonly editorialTitle?: boolean;
  /** The paragraph on the archive site (PUBLIC_URL), when there is one. */
  readonly permalink?: string;
}

/** The original page, scrolled to the quoted sentence: the first highlight, else the first sentence (see source-link.ts). */
export function citationSourceLink(c: Pick<Citable, "url" | "text" | "highlights">): string | undefined {
  return sourceLink(c.url, c.text, c.highlights?.[0]);
}

/** Where a citation's title links: the paragraph on the archive site, else the sentence on the original page. */
export function citationLink(c: Citable): string | undefined {
  return safeUrl(c.permalink) ?? citationSourceLink(c);
}

/** The article's date and title kind, added to a citation (from a Result or a Passage). */
export function withDocument<C extends Citable>(c: C, doc: DocumentMeta | undefined): C {
  if (!doc) return c;
  const date = doc.eventDate
    ? { kind: "event" as const, value: doc.eventDate }
    : doc.published
      ? { kind: "published" as const, value: doc.published }
      : undefined;
  return { ...c, ...(date ? { date } : {}), ...(doc.editorialTitle ? { editorialTitle: true } : {}) };
}

export function citable(p: Passage, doc: DocumentMeta | undefined): Citable {
  return withDocument(
    {
      id: p.id,
      title: doc?.title ?? p.docId,
      sourceTitle: doc?.sourceTitle,
      source: doc?.source,
      section: p.section,
      url: doc?.url,
      text: p.text,
    },
    doc,
  );
}

/** The interface strings a citation uses (see Labels). */
export interface CitationLabels {
  readonly eventDate: (date: string) => string;
  readonly publishedDate: (date: string) => string;
  /** Marks a title the editors wrote. */
  readonly editorialTitle: string;
}

/** The article title as shown in a citation, marked when the editors wrote it. */
export function citedTitle(c: Pick<Citable, "title" | "editorialTitle">, labels: CitationLabels): string {
  return c.editorialTitle ? `${c.title} ${labels.editorialTitle}` : c.title;
}

export const documentTitle = (d: DocumentMeta, labels: CitationLabels) => citedTitle(d, labels);

/** `event 2025-06-17`, else `published 2023-05-19`, else nothing. */
export function documentDate(d: DocumentMeta, labels: CitationLabels): string | undefined {
  return d.eventDate ? labels.eventDate(d.eventDate) : d.published ? labels.publishedDate(d.published) : undefined;
}

export type CitationStyle =
  /** Discord embed footer, the title being the embed's own: `Source (“original headline”) · event 2025-06-17 · § Section · doc#n · extra…`. */
  | { readonly kind: "footer"; readonly labels: CitationLabels; readonly extra?: readonly string[] }
  /** One markdown line under a pasted quote: `— Title (Source) § Section `doc#n` <url>`. */
  | { readonly kind: "paste" }
  /** A numbered terminal line: `[n] Title (“original headline”, for English readers) — § Section — Source — doc#n — url — extra…`. */
  | {
      readonly kind: "terminal";
      readonly number: number;
      readonly lang: "ja" | "en";
      readonly extra?: readonly string[];
    };

export function formatCitation(c: Citable, style: CitationStyle): string {
  switch (style.kind) {
    case "footer": {
      const source = c.source && c.sourceTitle ? `${c.source} (“${c.sourceTitle}”)` : c.source;
      const date = c.date
        ? c.date.kind === "event"
          ? style.labels.eventDate(c.date.value)
          : style.labels.publishedDate(c.date.value)
        : undefined;
      return [source, date, c.section ? `§ ${c.section}` : undefined, c.id, ...(style.extra ?? [])]
        .filter(Boolean)
        .join(" · ");
    }
    case "paste": {
      const links = [citationSourceLink(c), safeUrl(c.permalink)].filter(Boolean).map((u) => ` <${u}>`);
      return `— ${inline(c.title, 200)}${c.source ? ` (${inline(c.source, 100)})` : ""}${c.section ? ` § ${inline(c.section, 100)}` : ""} \`${escapeInlineCode(c.id)}\`${links.join("")}`;
    }
    case "terminal": {
      // English readers get the article's original headline beside the Japanese one.
      const title = style.lang === "en" && c.sourceTitle ? `${c.title} (“${c.sourceTitle}”)` : c.title;
      const parts = [
        `[${style.number}] ${title}`,
        c.section ? `§ ${c.section}` : "",
        c.source ?? "",
        c.id,
        citationSourceLink(c) ?? c.url ?? "",
        c.permalink ?? "",
        ...(style.extra ?? []),
      ];
      return stripControls(parts.filter(Boolean).join(" — "));
    }
  }
}

/** A citation's fields in a `search --json` line (the scorer's contract: names and order). */
export function citationJson(c: Citable & { readonly n: number }) {
  return {
    title: c.title,
    ...(c.sourceTitle ? { source_title: c.sourceTitle } : {}),
    source: c.source ?? null,
    section: c.section ?? null,
    paragraph: c.n,
    ...(c.url ? { url: c.url } : {}),
    ...withValue("source_link", citationSourceLink(c)),
    ...withValue("permalink", c.permalink),
  };
}

const withValue = <K extends string>(key: K, value: string | undefined) =>
  value ? ({ [key]: value } as Record<K, string>) : {};
