import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { Embedder } from "../embed/types.js";
import { SummitError } from "../errors.js";
import type { KeywordIndex } from "../index/keyword.js";
import { embeddingText } from "../index/fields.js";
import type { VectorIndex } from "../index/vector.js";
import { containedShare, containment, phraseShareIn, phraseShingles, shingleForm, shingles } from "./evidence.js";
import { addsFacts, confidenceOf, factsOf, judge, mergeSpans, prepareQuestion, wholeWordGlosses, type Judgement } from "./answer.js";
import { analyzeJapanese } from "./question.js";
import { defaultPlanner, type QueryPlan, type QueryPlanner } from "./plan.js";
import { DEFAULT_TUNING, type RetrieverTuning } from "./tuning.js";
import { sentenceSpans } from "../text/sentences.js";
import { reciprocalRankFusion, type Hits } from "./fusion.js";
import { withHistory } from "./followup.js";
import { resultOf } from "./result.js";
import type { Answer, AskOptions, Result } from "./types.js";

/** The articles answer when one of this many first quotes is strong enough. */
const ANSWER_DEPTH = 3;

/** Shorter answering sentences ("同日正午。") are too generic to call two passages the same fact. */
const MIN_FACT_CHARS = 15;

/** Passages whose folded text the retriever keeps (~1 KB each). */
const FOLDED_TEXTS = 4096;

export interface RetrieverParts {
  readonly passages: readonly Passage[];
  readonly documents: readonly DocumentMeta[];
  readonly keyword: KeywordIndex;
  readonly vectors: VectorIndex;
  readonly embedder: Embedder;
  readonly planner?: QueryPlanner;
  readonly tuning?: Partial<RetrieverTuning>;
}

/** Hybrid retrieval and the answer built from it. Pure apart from the embedder call. */
export class Retriever {
  private readonly tuning: RetrieverTuning;
  private readonly metaOf: Map<string, DocumentMeta>;
  private readonly rangeOf = new Map<string, { from: number; to: number }>();
  private readonly planner: QueryPlanner;
  /**
   * Passages' texts in shingleForm (what the phrase signal searches), for the passages questions
   * reached last: bounded (oldest out first), unlike the per-passage feature cache it replaces;
   * it holds a small corpus whole (JSQuAD: p50 per question back to the release's).
   */
  private readonly folded = new Map<number, string>();

  constructor(private readonly parts: RetrieverParts) {
    this.tuning = { ...DEFAULT_TUNING, ...parts.tuning };
    this.planner = parts.planner ?? defaultPlanner;
    this.metaOf = new Map(parts.documents.map((d) => [d.docId, d]));
    parts.passages.forEach((p, i) => {
      const r = this.rangeOf.get(p.docId);
      if (r) r.to = i + 1;
      else this.rangeOf.set(p.docId, { from: i, to: i + 1 });
    });
  }

  /** A passage's text in shingleForm, for the phrase signal; a bounded cache. */
  private foldedText(i: number): string {
    let f = this.folded.get(i);
    if (f === undefined) {
      f = shingleForm(this.parts.passages[i]!.text);
      if (this.folded.size >= FOLDED_TEXTS) this.folded.delete(this.folded.keys().next().value!);
      this.folded.set(i, f);
    }
    return f;
  }

  /** The article a passage belongs to (its id stands in for a title the manifest lacks). */
  private metaFor(p: Passage): Pick<DocumentMeta, "title"> {
    return this.metaOf.get(p.docId) ?? { title: p.docId };
  }

  /**
   * How much of the question each passage supports (0..1), remembered per passage for one
   * question: the plan's own measure when it has one (translated questions), else the idf mass of
   * the question's terms the passage holds (looked up in the postings for this passage only).
   */
  private supportFor(plan: QueryPlan): (i: number) => number {
    const { evidence } = plan;
    const seen = new Map<number, number>();
    const covered = evidence ? undefined : this.parts.keyword.coverageOf(plan.keyword);
    return (i) => {
      let v = seen.get(i);
      if (v === undefined) {
        if (evidence) {
          const p = this.parts.passages[i]!;
          v = evidence(embeddingText(p, this.metaFor(p)));
        } else {
          v = covered!(i);
        }
        seen.set(i, v);
      }
      return v;
    };
  }

  /**
   * Re-scores the union of both lists' top candidates as a weighted sum of BM25 (over the best
   * BM25 score), cosine, the share of the question's 4-character phrases found verbatim in the
   * passage (questions often copy a phrase of the paragraph they ask about, which bags of n-grams
   * cannot see), and how much of the question the passage supports (see supportFor). Support
   * counts each distinct term once: BM25 lets a sibling paragraph that repeats the topic's words
   * outscore the one that holds all of the question's rarer words once (measured: R@1 +0.5 point
   * on both halves of JSQuAD split by article; English questions gain 2–7 points of R@1).
   */
  private linearFusion(plan: QueryPlan, support: (i: number) => number, keywordHits: Hits, vectorHits: Hits, queryVector: Float32Array | undefined): Array<[number, number]> {
    const { tuning, parts } = this;
    const kw = new Map(keywordHits.map(([i, s]) => [i, s]));
    const best = keywordHits[0]?.[1] ?? 0;
    const candidates = new Set([...keywordHits.slice(0, tuning.rerankDepth), ...vectorHits.slice(0, tuning.rerankDepth)].map(([i]) => i));
    // Phrase overlap and support are lexical signals: vector-only mode (measured alone) leaves them out.
    const lexical = tuning.mode !== "vector";
    const questionPhrases = plan.phraseText && lexical ? phraseShingles(plan.phraseText) : new Set<string>();
    const out: Array<[number, number]> = [];
    for (const i of candidates) {
      let s = best > 0 ? (tuning.keywordWeight * (kw.get(i) ?? 0)) / best : 0;
      if (queryVector) s += tuning.vectorWeight * parts.vectors.similarity(queryVector, i);
      if (questionPhrases.size && tuning.phraseWeight) s += tuning.phraseWeight * phraseShareIn(questionPhrases, this.foldedText(i));
      out.push([i, s]);
    }
    out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (!lexical || !tuning.supportWeight) return out;
    // Support only re-orders the head: a translated question's evidence is costly per passage,
    // and a candidate below the head does not climb into the answers on support alone.
    const head = out.slice(0, tuning.supportDepth).map(([i, s]): [number, number] => [i, s + tuning.supportWeight * support(i)]);
    return [...head.sort((a, b) => b[1] - a[1] || a[0] - b[0]), ...out.slice(tuning.supportDepth)];
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const { tuning, parts } = this;
    const k = Math.max(1, Math.min(options.k ?? 5, 50));
    const offset = Math.max(0, options.offset ?? 0);
    let allowed: ((i: number) => boolean) | undefined;
    let allowedCount = parts.passages.length;
    if (options.docId !== undefined) {
      const range = this.rangeOf.get(options.docId);
      if (!range) {
        throw new SummitError("USAGE", `unknown article ${JSON.stringify(options.docId)}; expected one of ${[...this.rangeOf.keys()].join(", ")}`);
      }
      allowed = (i) => i >= range.from && i < range.to;
      allowedCount = range.to - range.from;
    }
    const plan = withHistory(this.planner(question), (options.history ?? []).map(this.planner), (term) => parts.keyword.has(term));
    const lang = plan.lang;
    if (plan.keyword.size === 0 && plan.vectorText.trim() === "") return { question, lang, answerable: false, confidence: "none", evidence: 0, results: [] };

    const depth = Math.min(tuning.depth, allowedCount);
    // BM25 only where keywords count; support (which the answerable decision rests on) is looked up per candidate.
    const keywordHits: Hits = tuning.mode === "vector" ? [] : parts.keyword.search(plan.keyword, depth, allowed);
    let vectorHits: Hits = [];
    let queryVector: Float32Array | undefined;
    if (tuning.mode !== "keyword" && plan.vectorText.trim()) {
      queryVector = await parts.embedder.embedQuery(plan.vectorText);
      vectorHits = parts.vectors.search(queryVector, depth, allowed).filter(([, s]) => s > 0);
    }
    const support = this.supportFor(plan);
    const fused =
      tuning.fusion === "rrf"
        ? reciprocalRankFusion(
            [
              { hits: keywordHits, weight: tuning.keywordWeight },
              { hits: vectorHits, weight: tuning.vectorWeight },
            ],
            tuning.rrfK,
          )
        : this.linearFusion(plan, support, keywordHits, vectorHits, queryVector);
    if (fused.length === 0) return { question, lang, answerable: false, confidence: "none", evidence: 0, results: [] };

    // On topic at all: the best-supported of the top few passages.
    const evidence = Math.max(...fused.slice(0, 3).map(([i]) => support(i)));
    // A refusal quotes nothing, not even the least-bad paragraph.
    if (evidence < tuning.answerableCoverage) return { question, lang, answerable: false, confidence: "none", evidence: Number(evidence.toFixed(4)), results: [] };

    // Whether they answer: the strongest of the first quotes (see search/answer.ts).
    const prepared = prepareQuestion(plan.analysis ?? analyzeJapanese(question), parts.keyword);
    const kept: Array<{ p: Passage; score: number; j: Judgement; shingles: Set<string>; facts: Set<string>; duplicates: string[] }> = [];
    for (const [i, score] of fused) {
      if (kept.length >= offset + k) break;
      const p = parts.passages[i]!;
      const j = judge(prepared, { text: p.text, heading: `${this.metaFor(p).title}\n${p.section ?? ""}`, sentences: sentenceSpans(p.text) });
      // Secondary passages are quoted only when relevant on their own.
      if (kept.length > 0 && j.strength < tuning.answer.secondaryStrength) continue;
      const sh = shingles(p.text);
      // The fact this passage would be quoted for: its answering sentences, when long enough to be a fact.
      const factText = j.answering.map((h) => p.text.slice(h.start, h.end)).join("");
      const fact = factText.length >= MIN_FACT_CHARS ? shingles(factText) : undefined;
      // Facts bearing on the question: those in the sentences that answer it.
      const facts = factsOf(factText);
      // One fact told twice: the whole paragraph repeats a kept one, or its answering sentence is
      // already quoted — and it adds no date, number or name the kept one lacks.
      const twin = kept.find(
        (x) =>
          (containment(x.shingles, sh) >= tuning.duplicateContainment || (fact !== undefined && containedShare(fact, x.shingles) >= tuning.duplicateContainment)) &&
          !addsFacts(facts, x.facts),
      );
      if (twin) {
        twin.duplicates.push(p.id);
        continue;
      }
      kept.push({ p, score, j, shingles: sh, facts: factsOf(p.text), duplicates: [] });
    }
    const best = Math.max(0, ...kept.slice(0, ANSWER_DEPTH).map((x) => x.j.strength));
    const confidence = confidenceOf(best, true, tuning.answer);
    const answering = confidence === "answer";
    const glosses = [...plan.glosses].map(([ja, en]) => ({ ja, en }));
    const results: Result[] = kept.slice(offset).map(({ p, score, j, duplicates }) =>
      resultOf(p, this.metaOf.get(p.docId), {
        score: Number(score.toFixed(6)),
        // Highlights only where a sentence answers, and only in an answer.
        highlights: answering ? mergeSpans(p.text, j.answering) : [],
        duplicates,
        glosses: glosses.length ? wholeWordGlosses(p.text, glosses) : [],
        strength: Number(j.strength.toFixed(4)),
      }),
    );
    return { question, lang, answerable: answering, confidence, evidence: Number(evidence.toFixed(4)), results };
  }
}
