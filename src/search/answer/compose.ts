import type { KeywordIndex } from "../../index/keyword/keyword-index.js";
import { confidenceOf } from "./judge.js";
import { mergeSpans, strongFirst, wholeWordGlosses } from "./display.js";
import type { PassageSet } from "../passages.js";
import type { QueryPlan } from "../plan.js";
import { analyzeJapanese } from "./question-analysis.js";
import { resultOf } from "./result.js";
import { leadWithDeciding } from "./lead-quote.js";
import { type Quote, selectQuotes } from "./select-quotes.js";
import { absentShare, answerFeatures } from "./answer-features.js";
import { answerProbability } from "./answer-model.js";
import { type PreparedQuestion, prepareQuestion } from "./prepare-question.js";
import type { Support } from "../support.js";
import type { RetrieverTuning } from "../tuning.js";
import type { Answer, Result } from "../types.js";

/** The articles answer when one of this many first quotes is strong enough. */
const ANSWER_DEPTH = 3;

/** An answer that quotes nothing: a refusal, or a question with nothing to search for. */
export function nothingFound(question: string, lang: "ja" | "en", evidence = 0): Answer {
  return { question, lang, answerable: false, confidence: "none", evidence, results: [] };
}

export interface AnswerInput {
  readonly question: string;
  readonly plan: QueryPlan;
  readonly fused: ReadonlyArray<readonly [number, number]>;
  readonly support: Support;
  readonly corpus: PassageSet;
  readonly keyword: KeywordIndex;
  readonly tuning: RetrieverTuning;
  /** Results wanted after skipping `offset`. */
  readonly k: number;
  readonly offset: number;
}

/**
 * The answer stage: refuses when the articles are not on the question's topic, picks the quotes
 * (search/answer/select-quotes.ts), decides whether they answer (search/answer/judge.ts) and builds the results with
 * highlights (only in an answer) and glosses.
 */
export function composeAnswer({
  question,
  plan,
  fused,
  support,
  corpus,
  keyword,
  tuning,
  k,
  offset,
}: AnswerInput): Answer {
  const { lang } = plan;
  if (fused.length === 0) return nothingFound(question, lang);
  // On topic at all: the best-supported of the top few passages.
  const evidence = Math.max(...fused.slice(0, 3).map(([i]) => support(i)));
  // A refusal quotes nothing, not even the least-bad paragraph.
  if (evidence < tuning.answerableCoverage) return nothingFound(question, lang, Number(evidence.toFixed(4)));

  // Whether they answer: the strongest of the first quotes (see search/answer/judge.ts), each
  // quote's strength the answer model's probability that it answers (answer-model.ts) when there is one.
  const prepared = prepareQuestion(plan.analysis ?? analyzeJapanese(question), keyword, question);
  // Strong passages before weak ones ranked above them (see answer.strongFirst).
  const judged = scored(
    prepared,
    strongFirst(selectQuotes(prepared, fused, corpus, tuning, offset + k), (x) => x.j.strength),
    { first: fused[0]![1], support, evidence, depth: Math.min(offset + k, ANSWER_DEPTH) },
    tuning,
    question,
  );
  const best = Math.max(0, ...judged.slice(0, Math.min(offset + k, ANSWER_DEPTH)).map((x) => x.strength));
  const confidence = confidenceOf(best, true, tuning.answer);
  const answering = confidence === "answer";
  // An answer leads with a quote strong enough to answer: the one that decided it (lead-quote.ts).
  const ordered = answering ? leadWithDeciding(judged, (x) => x.strength, tuning.answer.answerStrength) : judged;
  // In an answer, a passage quoted after the first must be relevant on its own (as select-quotes.ts asks of
  // every later one): the first retrieved, put behind a stronger one, is held to it too — unless
  // passages that passed that bar were folded into it as the same fact (they would vanish with it).
  // The quote that would have led but was too weak to decide stays, second: the judgement may
  // underrate it (summit-dev: the Afghanistan passage, 6%, behind 17% ones), and it is shown with its own strength.
  const relevant = (x: (typeof ordered)[number], n: number) =>
    n === 0 ||
    x.j.strength >= tuning.answer.secondaryStrength ||
    x.duplicates.length > 0 ||
    (x === judged[0] && n === 1);
  const kept = (answering ? ordered.filter(relevant) : ordered).slice(0, offset + k);
  const glosses = [...plan.glosses].map(([ja, en]) => ({ ja, en }));
  const results: Result[] = kept.slice(offset).map(({ p, score, j, duplicates, strength }) =>
    resultOf(p, corpus.meta(p), {
      score: Number(score.toFixed(6)),
      // Highlights only where a sentence answers, and only in an answer.
      // …or, where none answers, the sentence holding the focus or an answer of the type (judge.ts `holding`).
      highlights: answering ? mergeSpans(p.text, j.answering.length > 0 ? j.answering : (j.holding ?? [])) : [],
      duplicates,
      glosses: glosses.length ? wholeWordGlosses(p.text, glosses) : [],
      // The strength that decided the outcome: the model's probability (or the judge's strength without one).
      strength: Number(strength.toFixed(4)),
    }),
  );
  return { question, lang, answerable: answering, confidence, evidence: Number(evidence.toFixed(4)), results };
}

/** What a quote's features need of the list it stands in. */
interface ListContext {
  /** The first fused score. */
  readonly first: number;
  readonly support: Support;
  readonly evidence: number;
  /** How many first quotes decide the outcome (their strongest other is each one's rival). */
  readonly depth: number;
}

/**
 * Each quote with the strength it is shown with and decided on: the answer model's probability
 * from its features (answer-features.ts), or the judge's strength without a model. Observed
 * (AnswerTuning.observe) before anything is cut.
 */
function scored(
  prepared: PreparedQuestion,
  quotes: readonly Quote[],
  list: ListContext,
  tuning: RetrieverTuning,
  question: string,
): Array<Quote & { readonly strength: number }> {
  const { model, observe } = tuning.answer;
  if (!model && !observe) return quotes.map((x) => ({ ...x, strength: x.j.strength }));
  const absent = absentShare(prepared);
  const head = quotes.slice(0, list.depth).map((x) => x.j.strength);
  const features = quotes.map((x, n) =>
    answerFeatures(
      prepared,
      x.j,
      {
        rank: n,
        relativeScore: list.first > 0 ? x.score / list.first : 0,
        support: list.support(x.i),
        evidence: list.evidence,
        bestOther: Math.max(0, ...head.filter((_, m) => m !== n)),
      },
      absent,
    ),
  );
  const out = quotes.map((x, n) => ({ ...x, strength: model ? answerProbability(model, features[n]!) : x.j.strength }));
  observe?.(
    question,
    out.map((x, n) => ({ id: x.p.id, text: x.p.text, features: features[n]!, strength: x.strength, asks: x.j.asks })),
    prepared,
  );
  return out;
}
