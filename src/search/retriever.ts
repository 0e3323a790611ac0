import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { Embedder } from "../embed/types.js";
import type { KeywordIndex } from "../index/keyword.js";
import type { VectorIndex } from "../index/vector.js";
import { candidatesFor } from "./candidates.js";
import { composeAnswer, nothingFound } from "./compose.js";
import { withHistory } from "./followup.js";
import { fuse } from "./fusion.js";
import { PassageSet } from "./passages.js";
import { defaultPlanner, type QueryPlanner } from "./plan.js";
import { supportFor } from "./support.js";
import { DEFAULT_TUNING, type RetrieverTuning } from "./tuning.js";
import type { Answer, AskOptions } from "./types.js";

export interface RetrieverParts {
  readonly passages: readonly Passage[];
  readonly documents: readonly DocumentMeta[];
  readonly keyword: KeywordIndex;
  readonly vectors: VectorIndex;
  readonly embedder: Embedder;
  readonly planner?: QueryPlanner;
  readonly tuning?: Partial<RetrieverTuning>;
}

/**
 * The question's path, stage by stage: plan (search/plan.ts, or the planner the engine chose) →
 * candidates (candidates.ts) → fusion (fusion.ts) → the answer stage (compose.ts). Pure apart
 * from the embedder call.
 */
export class Retriever {
  private readonly tuning: RetrieverTuning;
  private readonly planner: QueryPlanner;
  private readonly corpus: PassageSet;

  constructor(private readonly parts: RetrieverParts) {
    this.tuning = { ...DEFAULT_TUNING, ...parts.tuning };
    this.planner = parts.planner ?? defaultPlanner;
    this.corpus = new PassageSet(parts.passages, parts.documents);
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const { tuning, parts, corpus } = this;
    const k = Math.max(1, Math.min(options.k ?? 5, 50));
    const offset = Math.max(0, options.offset ?? 0);
    const scope = corpus.scope(options.docId);
    const plan = withHistory(this.planner(question), (options.history ?? []).map(this.planner), (term) => parts.keyword.has(term));
    if (plan.keyword.size === 0 && plan.vectorText.trim() === "") return nothingFound(question, plan.lang);

    const candidates = await candidatesFor(plan, parts, tuning, scope);
    const support = supportFor(plan, corpus, parts.keyword);
    const fused = fuse({ plan, tuning, ...candidates, vectors: parts.vectors, phrases: (i) => corpus.features.phrases(i), support });
    return composeAnswer({ question, plan, fused, support, corpus, keyword: parts.keyword, tuning, k, offset });
  }
}
