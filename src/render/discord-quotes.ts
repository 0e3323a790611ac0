/** The "Find sources" card: the quote check, then the passages that support the claim. */
import type { APIEmbed, APIEmbedField } from "discord.js";
import type { DocumentMeta } from "../corpus/types.js";
import type { QuoteCheck } from "../quotes/types.js";
import type { Answer, Span } from "../search/types.js";
import { hasJapanese } from "../text/lang.js";
import { withDocument, type Citable } from "./citation.js";
import {
  COLOR,
  embedLength,
  LIMITS,
  noMentions,
  quoteEmbeds,
  renderQuote,
  type DiscordMessage,
  type Labels,
} from "./discord-base.js";
import { inline, plain, truncate } from "./text.js";

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
  const qMarked = q.spans.length
    ? renderQuote(q.raw, q.spans, Math.floor(max / 2) - 20)
    : inline(q.raw, Math.floor(max / 2) - 20);
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
    return {
      name: plain(`✅ ${labels.verbatim}${kind} — ${span}`, LIMITS.fieldName),
      value: `「${quote}」\n${cite}${also}`.slice(0, LIMITS.fieldValue),
    };
  }
  if (check.status === "altered") {
    const pct = Math.round(check.similarity * 100);
    return {
      name: plain(`⚠️ ${labels.altered}${kind} — ${span} (${labels.match(pct)})`, LIMITS.fieldName),
      value: `${diffLines(check, labels, LIMITS.fieldValue - cite.length - 2)}\n${cite}`.slice(0, LIMITS.fieldValue),
    };
  }
  // Only words in another script can be a translation: punctuation or digits alone are not.
  const translated = !hasJapanese(check.quote.text) && /\p{L}/u.test(check.quote.text);
  const hint = translated ? labels.translationHint : check.limited ? labels.limitedHint : labels.notFoundHint;
  return {
    name: plain(`❌ ${labels.notFound}`, LIMITS.fieldName),
    value: `「${quote}」\n${hint}`.slice(0, LIMITS.fieldValue),
  };
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
    const worst = checks.some((c) => c.status === "not_found")
      ? COLOR.missing
      : checks.some((c) => c.status === "altered")
        ? COLOR.altered
        : COLOR.verbatim;
    embeds.push({
      color: worst,
      title: plain(labels.quoteCheckTitle, LIMITS.title),
      fields: checks.slice(0, LIMITS.fields).map((c) => checkField(c, labels, lookup)),
    });
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
