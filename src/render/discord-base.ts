/**
 * What every Discord message the bot sends is made of: Discord's limits, the interface strings,
 * the message shape (`allowedMentions: { parse: [] }` always), quotes with their answering
 * sentences in bold, buttons, and the quote embeds that the cards share.
 */
import { ButtonStyle, ComponentType } from "discord.js";
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from "discord.js";
import type { Span } from "../search/types.js";
import { mergeSpans } from "../search/answer/display.js";
import {
  citationLink,
  citationSourceLink,
  citedTitle,
  formatCitation,
  type Citable,
  type CitationLabels,
} from "./citation.js";
import { escapeMarkdown, fitRendered, inline, plain, truncate } from "./text.js";

/** What an unknown citation id could have meant: its article's paragraph range, or the nearest id. */
export type UnknownPassageHint = { readonly from: string; readonly to: string } | { readonly guess: string };

/** Discord's documented limits (characters unless stated). */
export const LIMITS = {
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
export interface Labels extends CitationLabels {
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
  /** Names the link to the quoted sentence on the article's own page, beside a permalink to the archive site. */
  readonly originalPage: string;
  readonly supportTitle: string;
  readonly noSupport: string;
  readonly noText: string;
  readonly error: string;
  readonly rateLimited: (seconds: number) => string;
  readonly shuttingDown: string;
  readonly expired: string;
  /** An id that names nothing, with what would when it can be told (ids already escaped). */
  readonly unknownPassage: (id: string, hint?: UnknownPassageHint) => string;
  readonly unknownArticle: (id: string) => string;
  readonly mentionHelp: string;
  readonly previous: string;
  readonly next: string;
  readonly pageOf: (page: number, pages: number) => string;
  readonly postPublicly: string;
  /** "Post publicly" pressed again on an answer already posted. */
  readonly alreadyPosted: string;
  /** `thread:true` with `public:false`: a thread hangs off a public message. */
  readonly threadNeedsPublic: string;
  /** The thread could not be opened (no permission, …): how to go on without it. */
  readonly threadFailed: string;
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

export const COLOR = {
  answer: 0x3b82f6,
  related: 0x94a3b8,
  context: 0x64748b,
  verbatim: 0x16a34a,
  altered: 0xf59e0b,
  missing: 0xdc2626,
} as const;

export const noMentions = (): { parse: [] } => ({ parse: [] });

/** Escaped text with the highlight spans in bold, for the raw range [start, end). */
export function highlighted(text: string, spans: readonly Span[], start: number, end: number): string {
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

export function button(
  customId: string,
  label: string,
  style: ButtonStyle = ButtonStyle.Secondary,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style,
    custom_id: customId.slice(0, LIMITS.customId),
    label: plain(label, LIMITS.buttonLabel),
  } as APIButtonComponent;
}

export function rows(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent>[] {
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
export function quoteEmbeds(
  items: readonly Citable[],
  labels: Labels,
  firstNumber: number,
  extras: (c: Citable) => { footerExtra?: string[]; fields?: APIEmbedField[] },
  budget: number,
  color: number = COLOR.answer,
): APIEmbed[] {
  const shells = items.slice(0, LIMITS.embeds).map((c, k) => {
    const extra = extras(c);
    const url = citationLink(c);
    // The title links to the archive site when there is one; the original page's sentence then gets a field of its own.
    const source = c.permalink ? citationSourceLink(c) : undefined;
    const fields = [
      ...(source
        ? [{ name: labels.originalPage, value: `[${inline(c.source ?? new URL(source).hostname, 100)}](${source})` }]
        : []),
      ...(extra.fields ?? []),
    ];
    const embed: APIEmbed = {
      color,
      title: inline(`[${firstNumber + k}] ${citedTitle(c, labels)}`, LIMITS.title),
      ...(url ? { url } : {}),
      footer: {
        text: plain(
          formatCitation(c, { kind: "footer", labels, ...(extra.footerExtra ? { extra: extra.footerExtra } : {}) }),
          LIMITS.footer,
        ),
      },
      ...(fields.length ? { fields: fields.slice(0, LIMITS.fields) } : {}),
    };
    return { c, embed };
  });
  const fixed = shells.reduce((n, s) => n + embedLength(s.embed), 0);
  const each = Math.max(80, Math.min(LIMITS.description, Math.floor((budget - fixed) / Math.max(1, shells.length))));
  return shells.map(({ c, embed }) => ({ ...embed, description: renderQuote(c.text, c.highlights ?? [], each) }));
}

/** A short plain message (errors, rate limits); echoed parts must already be escaped. */
export function notice(text: string): DiscordMessage {
  return { content: truncate(text, LIMITS.content), embeds: [], components: [], allowedMentions: noMentions() };
}
