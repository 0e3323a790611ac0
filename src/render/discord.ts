/**
 * Every Discord message the bot sends is built here: answer cards, paste-ready citations,
 * context, the article list, help and the quote-check card. One place owns the citation format,
 * escaping of quoted and echoed text, Discord's length limits and `allowedMentions`.
 */
import { ButtonStyle, ComponentType } from "discord.js";
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from "discord.js";
import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { QuoteCheck } from "../quotes/index.js";
import type { Answer, Result, Span } from "../search/types.js";
import { mergeSpans } from "../search/answer.js";
import { ELLIPSIS, escapeInlineCode, escapeMarkdown, fitRendered, neutralizeMentions, truncate } from "./text.js";
import { hasJapanese } from "../text/lang.js";

/** Discord's documented limits (characters unless stated). */
const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** All embeds of one message together. */
  total: 6000,
  fields: 25,
  embeds: 10,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
} as const;

/** The interface strings, one set per language (see src/discord/locale.ts). */
export interface Labels {
  readonly lang: "ja" | "en";
  readonly question: string;
  readonly more: string;
  readonly context: (n: number) => string;
  readonly contextTitle: (id: string) => string;
  readonly alsoIn: string;
  readonly glosses: string;
  readonly refusal: (question: string) => string;
  /** Heads the closest passages when the articles touch the question but don't answer it. */
  readonly related: string;
  /** How strongly a quote answers, shown with each quote. */
  readonly strength: (percent: number) => string;
  readonly sourcesTitle: (count: number) => string;
  readonly sourcesMore: (count: number) => string;
  readonly paragraphs: (count: number) => string;
  readonly helpTitle: string;
  readonly helpIntro: string;
  readonly helpCommands: ReadonlyArray<readonly [string, string]>;
  readonly claim: string;
  readonly quoteCheckTitle: string;
  readonly verbatim: string;
  readonly altered: string;
  readonly notFound: string;
  readonly inMessage: string;
  readonly inSource: string;
  readonly match: (percent: number) => string;
  readonly notFoundHint: string;
  /** For a quotation too long to compare in full within the bot's work limit. */
  readonly limitedHint: string;
  readonly translationHint: string;
  readonly pastedQuote: string;
  readonly supportTitle: string;
  readonly noSupport: string;
  readonly noText: string;
  readonly error: string;
  readonly rateLimited: (seconds: number) => string;
  readonly shuttingDown: string;
  readonly expired: string;
  readonly unknownPassage: (id: string) => string;
  readonly unknownArticle: (id: string) => string;
  readonly mentionHelp: string;
  readonly previous: string;
  readonly next: string;
  readonly pageOf: (page: number, pages: number) => string;
  readonly postPublicly: string;
  readonly helpful: string;
  readonly notHelpful: string;
  readonly wrongCitation: string;
  readonly feedbackThanks: string;
  readonly feedbackOff: string;
  readonly followUp: string;
  readonly eventDate: (date: string) => string;
  readonly publishedDate: (date: string) => string;
  /** Marks a title the editors wrote. */
  readonly editorialTitle: string;
}

export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
  readonly allowedMentions: { readonly parse: [] };
}

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
}

/** The article's date and title kind, added to a citation (from a Result or a Passage). */
function withDocument<C extends Citable>(c: C, doc: DocumentMeta | undefined): C {
  if (!doc) return c;
  const date = doc.eventDate ? { kind: "event" as const, value: doc.eventDate } : doc.published ? { kind: "published" as const, value: doc.published } : undefined;
  return { ...c, ...(date ? { date } : {}), ...(doc.editorialTitle ? { editorialTitle: true } : {}) };
}

const COLOR = { answer: 0x3b82f6, related: 0x94a3b8, context: 0x64748b, verbatim: 0x16a34a, altered: 0xf59e0b, missing: 0xdc2626 } as const;

const noMentions = (): { parse: [] } => ({ parse: [] });

export function citable(p: Passage, doc: DocumentMeta | undefined): Citable {
  return withDocument({ id: p.id, title: doc?.title ?? p.docId, sourceTitle: doc?.sourceTitle, source: doc?.source, section: p.section, url: doc?.url, text: p.text }, doc);
}

/** Only absolute http(s) URLs without characters that could end a link early. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
    const escapes: Record<string, string> = { "(": "%28", ")": "%29", "<": "%3C", ">": "%3E" };
    return u.href.replace(/[()<>]/g, (c) => escapes[c]!).replace(/\s/g, encodeURIComponent);
  } catch {
    return undefined;
  }
}

/** Escaped text with the highlight spans in bold, for the raw range [start, end). */
function highlighted(text: string, spans: readonly Span[], start: number, end: number): string {
  // Adjacent spans become one: Discord shows `**A。****B。**` with stray asterisks.
  const cuts = mergeSpans(text, spans)
    .map((s) => ({ start: Math.max(s.start, start), end: Math.min(s.end, end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  let out = "";
  let at = start;
  for (const s of cuts) {
    if (s.start < at) continue;
    out += escapeMarkdown(text.slice(at, s.start));
    const inner = text.slice(s.start, s.end);
    // Bold markers must hug non-space text or Discord shows them literally.
    const lead = inner.match(/^\s*/)![0];
    const trail = inner.match(/\s*$/)![0];
    const core = inner.trim();
    out += core ? `${lead}**${escapeMarkdown(core)}**${trail}` : inner;
    at = s.end;
  }
  return out + escapeMarkdown(text.slice(at, end));
}

/** A quote cut to `max` characters around its first highlight, markup included. */
export function renderQuote(text: string, highlights: readonly Span[], max: number): string {
  return fitRendered(text, max, (s, e) => highlighted(text, highlights, s, e), highlights[0]);
}

/** Plain text for places without markdown (footers, button labels, author names). */
function plain(text: string, max: number): string {
  return truncate(neutralizeMentions(text.replace(/\s+/g, " ").trim()), max);
}

/** One markdown line of inline text (titles, echoed questions), escaped and cut. */
function inline(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return fitRendered(flat, max, (s, e) => escapeMarkdown(flat.slice(s, e)));
}

/** `Source (“original headline”) · event 2025-06-17 · § Section · doc#n` — the part of a citation after the title. */
function citationTail(c: Citable, labels: Labels, extra: readonly string[] = []): string {
  const source = c.source && c.sourceTitle ? `${c.source} (“${c.sourceTitle}”)` : c.source;
  const date = c.date ? (c.date.kind === "event" ? labels.eventDate(c.date.value) : labels.publishedDate(c.date.value)) : undefined;
  return [source, date, c.section ? `§ ${c.section}` : undefined, c.id, ...extra].filter(Boolean).join(" · ");
}

/** The article title as shown in a citation, marked when the editors wrote it. */
function citedTitle(c: Pick<Citable, "title" | "editorialTitle">, labels: Labels): string {
  return c.editorialTitle ? `${c.title} ${labels.editorialTitle}` : c.title;
}

const documentTitle = (d: DocumentMeta, labels: Labels) => citedTitle(d, labels);

/** `event 2025-06-17`, else `published 2023-05-19`, else nothing. */
function documentDate(d: DocumentMeta, labels: Labels): string | undefined {
  return d.eventDate ? labels.eventDate(d.eventDate) : d.published ? labels.publishedDate(d.published) : undefined;
}

export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Every way a message breaks Discord's limits; empty when it is sendable. */
export function limitViolations(m: DiscordMessage): string[] {
  const out: string[] = [];
  if ((m.content?.length ?? 0) > LIMITS.content) out.push(`content ${m.content!.length} > ${LIMITS.content}`);
  if (m.embeds.length > LIMITS.embeds) out.push(`embeds ${m.embeds.length} > ${LIMITS.embeds}`);
  const total = m.embeds.reduce((n, e) => n + embedLength(e), 0);
  if (total > LIMITS.total) out.push(`embed total ${total} > ${LIMITS.total}`);
  m.embeds.forEach((e, i) => {
    if ((e.title?.length ?? 0) > LIMITS.title) out.push(`embed ${i} title`);
    if ((e.description?.length ?? 0) > LIMITS.description) out.push(`embed ${i} description`);
    if ((e.footer?.text.length ?? 0) > LIMITS.footer) out.push(`embed ${i} footer`);
    if ((e.author?.name.length ?? 0) > LIMITS.author) out.push(`embed ${i} author`);
    if ((e.fields?.length ?? 0) > LIMITS.fields) out.push(`embed ${i} fields`);
    for (const f of e.fields ?? []) {
      if (f.name.length > LIMITS.fieldName) out.push(`embed ${i} field name`);
      if (f.value.length > LIMITS.fieldValue) out.push(`embed ${i} field value`);
    }
  });
  for (const row of m.components) {
    if (row.components.length > LIMITS.buttonsPerRow) out.push("buttons per row");
    for (const b of row.components) {
      if ("custom_id" in b && b.custom_id.length > LIMITS.customId) out.push(`custom_id ${b.custom_id}`);
      if ("label" in b && (b.label?.length ?? 0) > LIMITS.buttonLabel) out.push("button label");
    }
  }
  if (m.components.length > 5) out.push("rows");
  return out;
}

function button(customId: string, label: string, style: ButtonStyle = ButtonStyle.Secondary): APIButtonComponent {
  return { type: ComponentType.Button, style, custom_id: customId.slice(0, LIMITS.customId), label: plain(label, LIMITS.buttonLabel) } as APIButtonComponent;
}

function rows(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent>[] {
  const out: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length && out.length < 5; i += LIMITS.buttonsPerRow) {
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return out;
}

/**
 * One embed per quoted passage; quotes share what is left of the 6,000-character budget after
 * titles, citations and glosses, so the citation is never what gets cut.
 */
function quoteEmbeds(
  items: readonly Citable[],
  labels: Labels,
  firstNumber: number,
  extras: (c: Citable) => { footerExtra?: string[]; fields?: APIEmbedField[] },
  budget: number,
  color: number = COLOR.answer,
): APIEmbed[] {
  const shells = items.slice(0, LIMITS.embeds).map((c, k) => {
    const extra = extras(c);
    const url = safeUrl(c.url);
    const embed: APIEmbed = {
      color,
      title: inline(`[${firstNumber + k}] ${citedTitle(c, labels)}`, LIMITS.title),
      ...(url ? { url } : {}),
      footer: { text: plain(citationTail(c, labels, extra.footerExtra), LIMITS.footer) },
      ...(extra.fields?.length ? { fields: extra.fields.slice(0, LIMITS.fields) } : {}),
    };
    return { c, embed };
  });
  const fixed = shells.reduce((n, s) => n + embedLength(s.embed), 0);
  const each = Math.max(80, Math.min(LIMITS.description, Math.floor((budget - fixed) / Math.max(1, shells.length))));
  return shells.map(({ c, embed }) => ({ ...embed, description: renderQuote(c.text, c.highlights ?? [], each) }));
}

function glossFields(r: Result, labels: Labels): APIEmbedField[] {
  if (r.glosses.length === 0) return [];
  return [{ name: plain(labels.glosses, LIMITS.fieldName), value: inline(r.glosses.join(", "), LIMITS.fieldValue), inline: false }];
}

export interface AnswerCardOptions {
  /** Number of the first result (1 + results already shown). */
  readonly firstNumber?: number;
  /** custom_id of the "More" button; no button when absent. */
  readonly moreId?: string;
  /** custom_id of a result's "Show context" button. */
  readonly contextId?: (resultId: string) => string;
  /** Page k of n, with the custom_ids of Previous and Next (a disabled button at either end). */
  readonly pager?: { readonly page: number; readonly pages: number; readonly previousId: string; readonly nextId: string };
  /** custom_id of "Post publicly" (private answers only). */
  readonly publishId?: string;
  /** custom_ids of 👍, 👎 and "Wrong citation" (absent while feedback is off). */
  readonly feedback?: { readonly up: string; readonly down: string; readonly wrongCitation: string };
  /** A line under the question, e.g. that this continues the earlier questions of a conversation. */
  readonly note?: string;
  /** The article of a result, for its date and title kind. */
  readonly documentOf?: (docId: string) => DocumentMeta | undefined;
}

function feedbackRow(feedback: AnswerCardOptions["feedback"], labels: Labels, withCitation: boolean): APIActionRowComponent<APIButtonComponent>[] {
  if (!feedback) return [];
  const buttons = [button(feedback.up, labels.helpful), button(feedback.down, labels.notHelpful)];
  if (withCitation) buttons.push(button(feedback.wrongCitation, labels.wrongCitation));
  return [{ type: ComponentType.ActionRow, components: buttons }];
}

/** The plain, friendly refusal when the articles do not answer a question; 👍/👎 when feedback is on. */
export function refusal(question: string, labels: Labels, options: Pick<AnswerCardOptions, "feedback" | "note"> = {}): DiscordMessage {
  const note = options.note ? `${plain(options.note, 200)}\n` : "";
  return {
    content: truncate(note + labels.refusal(inline(question, 300)), LIMITS.content),
    embeds: [],
    components: feedbackRow(options.feedback, labels, false),
    allowedMentions: noMentions(),
  };
}

/** The answer to a question: cited quotes with the answering sentences in bold, or a refusal. */
export function answerCard(answer: Answer, labels: Labels, options: AnswerCardOptions = {}): DiscordMessage {
  if (answer.confidence === "none" || answer.results.length === 0) return refusal(answer.question, labels, options);
  // "related": the closest passages, clearly marked, never in bold as if they answered.
  const answering = answer.confidence === "answer";
  const question = inline(answer.question, 300);
  const first = options.firstNumber ?? 1;
  const results = answer.results.slice(0, LIMITS.embeds);
  const byId = new Map(results.map((r) => [r.id, r]));
  const embeds = quoteEmbeds(
    results.map((r) => withDocument(answering ? r : { ...r, highlights: [] }, options.documentOf?.(r.docId))),
    labels,
    first,
    (c) => {
      const r = byId.get(c.id)!;
      return {
        footerExtra: [labels.strength(Math.round(r.strength * 100)), ...(r.duplicates.length ? [`${labels.alsoIn}: ${r.duplicates.join(", ")}`] : [])],
        fields: glossFields(r, labels),
      };
    },
    LIMITS.total - 100 - (answering ? 0 : labels.related.length),
    answering ? COLOR.answer : COLOR.related,
  );
  const nav: APIButtonComponent[] = [];
  const { pager } = options;
  if (pager && pager.pages > 1) {
    nav.push({ ...button(pager.previousId, `◀ ${labels.previous}`), disabled: pager.page <= 1 } as APIButtonComponent);
    nav.push({ ...button(pager.nextId, `${labels.next} ▶`, ButtonStyle.Primary), disabled: pager.page >= pager.pages } as APIButtonComponent);
  }
  if (options.moreId) nav.push(button(options.moreId, labels.more, ButtonStyle.Primary));
  // Passages that don't answer are never posted publicly as if they did.
  if (options.publishId && answering) nav.push(button(options.publishId, labels.postPublicly, ButtonStyle.Success));
  const contexts: APIButtonComponent[] = [];
  if (options.contextId) results.slice(0, 9).forEach((r, k) => contexts.push(button(options.contextId!(r.id), labels.context(first + k))));
  const page = pager && pager.pages > 1 ? ` · ${labels.pageOf(pager.page, pager.pages)}` : "";
  const note = options.note ? `\n${plain(options.note, 200)}` : "";
  return {
    content: `**${labels.question}** ${question}${page}${note}${answering ? "" : `\n${labels.related}`}`,
    embeds,
    components: [...rows(nav), ...rows(contexts), ...feedbackRow(options.feedback, labels, true)].slice(0, 5),
    allowedMentions: noMentions(),
  };
}

/**
 * A passage ready to paste into a discussion: the quote as a block quote, then one citation
 * line. Plain message content (not an embed) so it copies cleanly.
 */
export function citeMessage(c: Citable, options: { readonly bold?: boolean } = {}): DiscordMessage {
  const url = safeUrl(c.url);
  const citation = `— ${inline(c.title, 200)}${c.source ? ` (${inline(c.source, 100)})` : ""}${c.section ? ` § ${inline(c.section, 100)}` : ""} \`${escapeInlineCode(c.id)}\`${url ? ` <${url}>` : ""}`;
  const lines = c.text.split("\n").length;
  const room = LIMITS.content - citation.length - 1 - 2 * lines;
  const spans = options.bold ? (c.highlights ?? []) : [];
  const quote = fitRendered(c.text, room, (s, e) => highlighted(c.text, spans, s, e), spans[0]);
  return { content: `${blockQuote(quote)}\n${citation}`, embeds: [], components: [], allowedMentions: noMentions() };
}

function blockQuote(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

/** The paragraphs around a quote, the quoted one marked. */
export function contextCard(passages: readonly Passage[], centerId: string, doc: DocumentMeta | undefined, labels: Labels): DiscordMessage {
  const per = Math.floor((LIMITS.description - 40 * passages.length) / Math.max(1, passages.length));
  const description = passages
    .map((p) => {
      const marker = p.id === centerId ? `▶ **${escapeMarkdown(p.id)}**` : `\`${escapeInlineCode(p.id)}\``;
      const section = p.section ? ` § ${inline(p.section, 60)}` : "";
      return `${marker}${section}\n${renderQuote(p.text, [], per)}`;
    })
    .join("\n\n");
  const url = safeUrl(doc?.url);
  const embed: APIEmbed = {
    color: COLOR.context,
    title: inline(labels.contextTitle(centerId), LIMITS.title),
    ...(url ? { url } : {}),
    description: description.slice(0, LIMITS.description),
    footer: { text: plain((doc ? [documentTitle(doc, labels), doc.source, documentDate(doc, labels)].filter(Boolean).join(" · ") : "") || centerId, LIMITS.footer) },
  };
  return { embeds: [embed], components: [], allowedMentions: noMentions() };
}

/** The article list: title, source, date, paragraph count and the id to use with `article:`. */
export function sourcesCard(docs: readonly DocumentMeta[], labels: Labels): DiscordMessage {
  const lines = docs.map((d) => {
    const meta = [d.source, documentDate(d, labels), labels.paragraphs(d.paragraphs)].filter(Boolean).map((s) => escapeMarkdown(String(s)));
    const url = safeUrl(d.url);
    const title = inline(documentTitle(d, labels), 180);
    return `• ${url ? `[${title}](<${url}>)` : `**${title}**`} — ${meta.join(" · ")} \`${escapeInlineCode(d.docId)}\``;
  });
  const embeds: APIEmbed[] = [];
  let total = 0;
  let current: string[] = [];
  let shown = 0;
  const title = plain(labels.sourcesTitle(docs.length), LIMITS.title);
  const flush = () => {
    if (current.length === 0) return;
    const description = current.join("\n");
    embeds.push({ color: COLOR.context, ...(embeds.length === 0 ? { title } : {}), description });
    total += description.length + (embeds.length === 1 ? title.length : 0);
    current = [];
  };
  for (const line of lines) {
    const room = LIMITS.total - 200 - total - (embeds.length === 0 ? title.length : 0);
    const currentLength = current.join("\n").length;
    if (currentLength + line.length + 1 > Math.min(LIMITS.description, room)) {
      flush();
      if (embeds.length >= LIMITS.embeds || total + line.length > LIMITS.total - 200) break;
    }
    current.push(line.slice(0, LIMITS.description));
    shown++;
  }
  flush();
  if (shown < docs.length && embeds.length > 0) {
    const lastEmbed = embeds[embeds.length - 1]!;
    embeds[embeds.length - 1] = { ...lastEmbed, footer: { text: plain(labels.sourcesMore(docs.length - shown), LIMITS.footer) } };
  }
  if (embeds.length === 0) embeds.push({ color: COLOR.context, title, description: ELLIPSIS });
  return { embeds, components: [], allowedMentions: noMentions() };
}

export function helpCard(labels: Labels): DiscordMessage {
  const embed: APIEmbed = {
    color: COLOR.answer,
    title: plain(labels.helpTitle, LIMITS.title),
    description: labels.helpIntro.slice(0, LIMITS.description),
    fields: labels.helpCommands.slice(0, LIMITS.fields).map(([name, value]) => ({
      name: name.slice(0, LIMITS.fieldName),
      value: value.slice(0, LIMITS.fieldValue),
    })),
  };
  return { embeds: [embed], components: [], allowedMentions: noMentions() };
}

/** A short plain message (errors, rate limits); echoed parts must already be escaped. */
export function notice(text: string): DiscordMessage {
  return { content: truncate(text, LIMITS.content), embeds: [], components: [], allowedMentions: noMentions() };
}

/** The quote and the source side by side, the differing stretches in bold, cut around them. */
function diffLines(check: QuoteCheck, labels: Labels, max: number): string {
  const side = (pick: "quote" | "source") => {
    const raw = check.diff.map((d) => (d.op === "elision" ? (pick === "quote" ? "…" : " … ") : d[pick])).join("");
    const spans: Span[] = [];
    let at = 0;
    for (const d of check.diff) {
      const len = d.op === "elision" ? (pick === "quote" ? 1 : 3) : d[pick].length;
      if (d.op !== "equal" && d.op !== "elision" && len > 0) spans.push({ start: at, end: at + len });
      at += len;
    }
    return { raw, spans };
  };
  const q = side("quote");
  const s = side("source");
  // A deletion has nothing to bold on the quote side: mark where the text went missing.
  const qMarked = q.spans.length ? renderQuote(q.raw, q.spans, Math.floor(max / 2) - 20) : inline(q.raw, Math.floor(max / 2) - 20);
  const sMarked = renderQuote(s.raw, s.spans, Math.floor(max / 2) - 20);
  return `${labels.inMessage}: ${qMarked}\n${labels.inSource}: ${sMarked}`.slice(0, max);
}

function checkField(check: QuoteCheck, labels: Labels, lookup: (id: string) => Citable | undefined): APIEmbedField {
  const where = check.passageId ? lookup(check.passageId) : undefined;
  const span = where ? (check.throughId ? `${where.id}–${check.throughId}` : where.id) : "";
  const cite = where ? `${inline(where.title, 120)} · ${span}` : "";
  const quote = inline(check.quote.text, 200);
  const kind = check.quote.style === "implicit" ? ` (${labels.pastedQuote})` : "";
  if (check.status === "verbatim") {
    const also = check.alsoIn.length ? `\n${labels.alsoIn}: ${check.alsoIn.join(", ")}` : "";
    return { name: plain(`✅ ${labels.verbatim}${kind} — ${span}`, LIMITS.fieldName), value: `「${quote}」\n${cite}${also}`.slice(0, LIMITS.fieldValue) };
  }
  if (check.status === "altered") {
    const pct = Math.round(check.similarity * 100);
    return {
      name: plain(`⚠️ ${labels.altered}${kind} — ${span} (${labels.match(pct)})`, LIMITS.fieldName),
      value: `${diffLines(check, labels, LIMITS.fieldValue - cite.length - 2)}\n${cite}`.slice(0, LIMITS.fieldValue),
    };
  }
  const hint = !hasJapanese(check.quote.text) ? labels.translationHint : check.limited ? labels.limitedHint : labels.notFoundHint;
  return { name: plain(`❌ ${labels.notFound}`, LIMITS.fieldName), value: `「${quote}」\n${hint}`.slice(0, LIMITS.fieldValue) };
}

/**
 * "Find sources": the quote check (verbatim / altered with the differences / not found), then
 * the passages that support or discuss the claim, or a plain statement that none do.
 */
export function findSourcesCard(
  claim: string,
  checks: readonly QuoteCheck[],
  answer: Answer,
  labels: Labels,
  lookup: (id: string) => Citable | undefined,
  documentOf?: (docId: string) => DocumentMeta | undefined,
): DiscordMessage {
  const embeds: APIEmbed[] = [];
  if (checks.length > 0) {
    const worst = checks.some((c) => c.status === "not_found") ? COLOR.missing : checks.some((c) => c.status === "altered") ? COLOR.altered : COLOR.verbatim;
    embeds.push({ color: worst, title: plain(labels.quoteCheckTitle, LIMITS.title), fields: checks.slice(0, LIMITS.fields).map((c) => checkField(c, labels, lookup)) });
  }
  const used = embeds.reduce((n, e) => n + embedLength(e), 0);
  const supported = answer.answerable && answer.results.length > 0;
  if (supported) {
    embeds.push(
      ...quoteEmbeds(
        answer.results.slice(0, LIMITS.embeds - embeds.length).map((r) => withDocument(r, documentOf?.(r.docId))),
        labels,
        1,
        () => ({}),
        LIMITS.total - 100 - used,
      ),
    );
  }
  const head = `**${labels.claim}** ${inline(claim, 400)}`;
  const content = supported ? `${head}\n${labels.supportTitle}` : `${head}\n${labels.noSupport}`;
  return { content: truncate(content, LIMITS.content), embeds, components: [], allowedMentions: noMentions() };
}
