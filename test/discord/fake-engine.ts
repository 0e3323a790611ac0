/**
 * A tiny stand-in Engine over a parsed corpus (bigram overlap), for unit tests that must not
 * depend on the retrieval stack, plus `gated`, a wrapper that holds answers until released so
 * tests can keep work in flight.
 */
import { loadCorpus } from "../../src/corpus/load.js";
import type { DocumentMeta, Passage } from "../../src/corpus/types.js";
import { entrance } from "../../src/engine/entrance.js";
import { lookupOf } from "../../src/engine/lookup.js";
import type { Engine, FindSourcesRequest } from "../../src/engine/types.js";
import { checkQuotes } from "../../src/quotes/check.js";
import type { Answer, AskOptions, Result } from "../../src/search/types.js";

const grams = (s: string) => {
  const t = s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
};

/** Bigram share from which the fake engine answers rather than showing related passages. */
export const RELATED_BELOW = 0.5;

export function fakeEngine(corpusDir: string): Engine & { closed: number } {
  const { documents } = loadCorpus(corpusDir);
  const docs: DocumentMeta[] = documents.map((d) => d.meta);
  const passages: Passage[] = documents.flatMap((d) => d.passages);
  const byId = new Map(passages.map((p) => [p.id, p]));
  let closed = 0;
  const core = {
    async ask(question: string, options: AskOptions = {}): Promise<Answer> {
      const q = grams(question);
      const scored = passages
        .filter((p) => !options.docId || p.docId === options.docId)
        .map((p) => {
          const g = grams(p.text);
          let hit = 0;
          for (const x of q) if (g.has(x)) hit++;
          return { p, score: q.size ? hit / q.size : 0 };
        })
        .filter((x) => x.score >= 0.3)
        .sort((a, b) => b.score - a.score);
      const page = scored.slice(options.offset ?? 0, (options.offset ?? 0) + (options.k ?? 3));
      const results: Result[] = page.map(({ p, score }) => {
        const doc = docs.find((d) => d.docId === p.docId)!;
        const end = p.text.indexOf("。");
        return {
          id: p.id,
          docId: p.docId,
          n: p.n,
          title: doc.title,
          ...(doc.source ? { source: doc.source } : {}),
          ...(doc.url ? { url: doc.url } : {}),
          ...(p.section ? { section: p.section } : {}),
          text: p.text,
          score,
          highlights: [{ start: 0, end: end >= 0 ? end + 1 : p.text.length }],
          duplicates: [],
          glosses: /^[\x00-\x7f]+$/.test(question) ? ["summit"] : [],
          strength: score,
        };
      });
      const lang = /^[\x00-\x7f]+$/.test(question) ? "en" : "ja";
      // Three outcomes like the real answer stage: most of the question's bigrams found answers,
      // some found is only related, too few is a refusal.
      const best = scored[0]?.score ?? 0;
      const confidence = scored.length === 0 ? "none" : best >= RELATED_BELOW ? "answer" : "related";
      const shown = confidence === "answer" ? results : results.map((r) => ({ ...r, highlights: [] }));
      return { question, lang, answerable: confidence === "answer", confidence, evidence: best, results: shown };
    },
    checkQuotes: async (message: string) => checkQuotes(message, passages),
    async close() {
      closed++;
    },
  };
  const lookup = {
    ...lookupOf(passages, docs),
    context(id: string, radius = 1) {
      const p = byId.get(id);
      if (!p) return [];
      return passages.filter((x) => x.docId === p.docId && Math.abs(x.n - p.n) <= radius);
    },
  };
  return Object.defineProperty(entrance(core, lookup), "closed", { get: () => closed, enumerable: true }) as Engine & {
    closed: number;
  };
}

/**
 * Wraps an engine for resilience tests: while `hold()` is in effect `ask` waits until
 * `release()`; questions matching `failOn` throw; asks and closes are counted.
 */
export function controllable(inner: Engine) {
  let gate: Promise<void> = Promise.resolve();
  let open: () => void = () => undefined;
  const wrapper = {
    waiting: 0,
    closed: 0,
    asked: 0,
    failOn: undefined as RegExp | undefined,
    hold() {
      gate = new Promise<void>((r) => (open = r));
    },
    release() {
      open();
      gate = Promise.resolve();
    },
    async ask(question: string, options?: AskOptions) {
      wrapper.waiting++;
      await gate;
      wrapper.waiting--;
      wrapper.asked++;
      if (wrapper.failOn?.test(question)) throw new Error(`engine failure for ${question}`);
      return inner.ask(question, options);
    },
    findSources: (request: FindSourcesRequest) => inner.findSources(request),
    cite: (query: string) => inner.cite(query),
    passage: (id: string) => inner.passage(id),
    cited: (id: string) => inner.cited(id),
    quotedCopy: (id: string) => inner.quotedCopy(id),
    articleText: (docId: string) => inner.articleText(docId),
    context: (id: string, radius?: number) => inner.context(id, radius),
    document: (id: string) => inner.document(id),
    documents: () => inner.documents(),
    suggestPassages: (typed: string, limit: number) => inner.suggestPassages(typed, limit),
    size: () => inner.size(),
    async close() {
      wrapper.closed++;
      await inner.close();
    },
  };
  return wrapper satisfies Engine;
}
