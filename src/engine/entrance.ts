/**
 * The operations the surfaces call, built once over an engine core (retrieval and quote checking,
 * in this thread or in worker threads) and the lookups by id. Whatever combines the two —
 * the quoted paragraphs leading a Find-sources answer, the one passage `/cite` posts — happens
 * here, so Discord and the CLI only render what they are given.
 */
import type { QuoteCheck } from "../quotes/types.js";
import { resultOf } from "../search/answer/result.js";
import type { Answer, AskOptions, Result } from "../search/types.js";
import { citedAnswer, parseCitationId } from "./cited-paragraph.js";
import { boundHistory } from "./history.js";
import type { Lookup } from "./lookup.js";
import { withPermalink, withPermalinks } from "./permalink.js";
import type { Engine, EngineCore } from "./types.js";

/**
 * The paragraphs the message quotes are the first passages that discuss it, whatever retrieval
 * makes of the claim as a whole; they lead the list, the quoted stretch highlighted.
 */
function withQuotedPassages(
  answer: Answer,
  checks: readonly QuoteCheck[],
  lookup: Pick<Lookup, "passage" | "document">,
  k: number,
): Answer {
  const quoted: Result[] = [];
  for (const c of checks) {
    const p = c.passageId ? lookup.passage(c.passageId) : undefined;
    if (!p || quoted.some((r) => r.id === p.id)) continue;
    quoted.push(
      resultOf(p, lookup.document(p.docId), {
        score: c.similarity,
        highlights: c.sourceSpan && !c.throughId ? [c.sourceSpan] : [],
      }),
    );
  }
  if (quoted.length === 0) return answer;
  const rest = answer.answerable ? answer.results.filter((r) => !quoted.some((q) => q.id === r.id)) : [];
  // Passages the message quotes source it: the answer is answerable with confidence `answer`, the two agreeing as retrieval's do.
  return { ...answer, answerable: true, confidence: "answer", results: [...quoted, ...rest].slice(0, k) };
}

/** `options` with its conversation history bounded (history.ts), before it reaches the core or crosses to a worker. */
function withBoundedHistory(options: AskOptions | undefined): AskOptions | undefined {
  if (!options?.history) return options;
  return { ...options, history: boundHistory(options.history) };
}

/** How the surfaces link to a paragraph: `publicUrl` is the archive site's (PUBLIC_URL), when there is one. */
export interface EntranceOptions {
  readonly publicUrl?: string;
}

/** The Engine the surfaces are handed, over `core` and the lookups of the same index. */
export function entrance(core: EngineCore, lookup: Lookup, options: EntranceOptions = {}): Engine {
  const { publicUrl } = options;
  return {
    ...lookup,
    ask: async (question, askOptions) => {
      // A citation id asked as a question is answered with that paragraph and its state, never a search's guess.
      const cited = parseCitationId(question) ? lookup.cited(question) : undefined;
      if (cited) return withPermalinks(citedAnswer(question, cited), publicUrl);
      return withPermalinks(await core.ask(question, withBoundedHistory(askOptions)), publicUrl);
    },
    async findSources({ message, claim, k = 3 }) {
      const checks = await core.checkQuotes(message);
      const answer = withPermalinks(withQuotedPassages(await core.ask(claim, { k }), checks, lookup, k), publicUrl);
      return { checks, answer };
    },
    async cite(query) {
      const answer = await core.ask(query, { k: 1 });
      return answer.answerable && answer.results[0] ? withPermalink(answer.results[0], publicUrl) : undefined;
    },
    close: () => core.close(),
    ...(core.index ? { index: core.index } : {}),
  };
}
