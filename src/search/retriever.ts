import type { DocumentMeta, Passage } from "../corpus/types.js";
import type { Embedder } from "../embed/types.js";
import type { KeywordIndex } from "../index/keyword/keyword-index.js";
import { CopyGroups } from "../index/copies/copies-file.js";
import { collapseCopies, withCopies } from "./copies.js";
import type { VectorIndex } from "../index/vector/vector-index.js";
import { candidatesFor } from "./candidates.js";
import { heldByCorpus } from "./answer/prepare-question.js";
import { composeAnswer, nothingFound } from "./answer/compose.js";
import { type CorpusWords, namesItsOwnSubject, refersBack, withHistory } from "./followup.js";
import { searchedTurn, type TurnText } from "./turn-text.js";
import { hasJapanese } from "../text/lang.js";
import { eitherReading, previousTurnOnly } from "./followup-evidence.js";
import { AnsweredTurns } from "./answered-turns.js";
import { fuse } from "./fusion.js";
import { PassageSet } from "./passages.js";
import { defaultPlanner, type QueryPlan, type QueryPlanner } from "./plan.js";
import { PlanCache } from "./plan-cache.js";
import { supportFor } from "./support.js";
import { withContinuedParagraphs } from "./continued.js";
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
  /** Near-copy paragraph groups from the index (none: every paragraph its own). */
  readonly copies?: CopyGroups;
}

/**
 * The question's path, stage by stage: plan (search/plan.ts, or the planner the engine chose) →
 * candidates (candidates.ts) → fusion (fusion.ts) → the answer stage (answer/compose.ts). Pure apart
 * from the embedder call.
 */
export class Retriever {
  private readonly tuning: RetrieverTuning;
  private readonly plans: PlanCache;
  private readonly corpus: PassageSet;
  /** What the corpus holds, asked of a conversation's earlier turns (followup.ts). */
  private readonly words: CorpusWords;
  /** The articles that answered each conversation prefix asked (answered-turns.ts). */
  private readonly answered = new AnsweredTurns();
  private readonly copies: CopyGroups;

  constructor(private readonly parts: RetrieverParts) {
    this.tuning = { ...DEFAULT_TUNING, ...parts.tuning };
    this.plans = new PlanCache(parts.planner ?? defaultPlanner);
    this.corpus = new PassageSet(parts.passages, parts.documents);
    this.copies = parts.copies ?? CopyGroups.none();
    this.words = { has: (term) => parts.keyword.has(term), holds: (unit) => heldByCorpus(unit, parts.keyword) };
  }

  /** Forgets the kept plans (the warm-up's questions, which no conversation will name). */
  forgetPlans(): void {
    this.plans.clear();
    this.answered.clear();
  }

  /**
   * Computes every passage's features (the answer stage's and the phrase signal's) now, when the
   * corpus fits their caches, until `stop` says so; a larger corpus fills them as questions reach
   * passages. Returns whether every passage was done. Answers are the same either way.
   */
  prefillCaches(stop: () => boolean = () => false): boolean {
    const { features } = this.corpus;
    const n = this.parts.passages.length;
    if (n > features.capacity) return false;
    for (let i = 0; i < n; i++) {
      if (stop()) return false;
      features.get(i); // the phrase table too
    }
    return true;
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    // A turn is searched without its greetings and thanks; one that changes the subject and refers
    // back to nothing is a fresh question (turn-text.ts).
    // So is one in the other language than the turn before that names its own subject and refers back to nothing.
    const startsAnew = (turn: TurnText, previous: string) =>
      !refersBack(turn.text) &&
      (turn.changesTopic ||
        (hasJapanese(turn.text) !== hasJapanese(previous) &&
          namesItsOwnSubject(this.plans.earlier(turn.text), this.words)));
    const { text, history } = searchedTurn(question, options.history ?? [], startsAnew);
    const answer = await this.turn(this.plans.question(text), text, { ...options, history });
    const startsOver = history.length === 0 && (options.history ?? []).length > 0;
    return answer.question === question && !startsOver
      ? answer
      : { ...answer, question, ...(startsOver ? { startsOver } : {}) };
  }

  /** A turn of a conversation (its plan made or kept), remembered with the articles that answered it. */
  private async turn(own: QueryPlan, question: string, options: AskOptions): Promise<Answer> {
    const history = options.history ?? [];
    const answered = history.length > 0 ? await this.answeredBefore(history) : [];
    const answer = await this.answer(own, question, options, answered);
    if (!options.docId && !options.offset) this.answered.record(history, question, answer);
    return answer;
  }

  /**
   * The articles that answered the last earlier turn that was answered (none when none was). A
   * turn not remembered is asked again, with its kept plan, as it was asked: the answer to a
   * conversation does not depend on which engine (worker) heard its earlier turns.
   */
  private async answeredBefore(history: readonly string[]): Promise<readonly string[]> {
    for (let n = history.length; n > 0; n--) {
      const earlier = history.slice(0, n - 1);
      const turn = history[n - 1]!;
      if (this.answered.get(earlier, turn) === undefined)
        await this.turn(this.plans.earlier(turn), turn, { k: 3, history: earlier });
      const docs = this.answered.get(earlier, turn) ?? [];
      if (docs.length > 0) return docs;
    }
    return [];
  }

  private async answer(
    own: QueryPlan,
    question: string,
    options: AskOptions,
    answered: readonly string[],
  ): Promise<Answer> {
    const { tuning, parts, corpus } = this;
    const k = Math.max(1, Math.min(options.k ?? 5, 50));
    const offset = Math.max(0, options.offset ?? 0);
    const scope = corpus.scope(options.docId);
    const earlier = (options.history ?? []).map(this.plans.earlier);
    const plan = withHistory(own, question, earlier, this.words, answered);
    if (plan.keyword.size === 0 && plan.vectorText.trim() === "") return nothingFound(question, plan.lang);

    const candidates = await candidatesFor(plan, parts, tuning, scope);
    const support = supportFor(plan, corpus, parts.keyword);
    const ranked = fuse({
      plan,
      tuning,
      ...candidates,
      vectors: parts.vectors,
      phrases: (i) => corpus.features.phrases(i),
      support,
    });
    // One story republished by several outlets counts once, quoted as its earliest publication;
    // inside one article (options.docId) its own paragraphs are quoted.
    const fused = options.docId === undefined ? collapseCopies(ranked, this.copies) : ranked;
    // Refusal rests on how much of the question a passage holds as read; ranking also weighs how surely it was read (PlanSide.trust).
    // A paragraph that continues the one before it is on the topic that one names (continued.ts).
    const joined = plan.sides
      ? supportFor(plan, corpus, parts.keyword, { trusted: false })
      : withContinuedParagraphs(
          // Without synonyms the ranking's support already reads only the question's own words.
          plan.synonyms ? supportFor(plan, corpus, parts.keyword, { trusted: true, credited: false }) : support,
          plan,
          corpus,
          parts.keyword,
        );
    // A follow-up is also read with only the turn before it (followup-evidence.ts).
    const previous = previousTurnOnly(plan, earlier);
    const evidence = previous
      ? eitherReading(
          joined,
          supportFor(withHistory(own, question, previous, this.words, answered), corpus, parts.keyword, {
            trusted: true,
            credited: false,
          }),
        )
      : joined;
    const answer = composeAnswer({
      question,
      plan,
      fused,
      support: evidence,
      corpus,
      keyword: parts.keyword,
      tuning,
      k,
      offset,
    });
    return options.docId === undefined
      ? { ...answer, results: withCopies(answer.results, this.copies, corpus) }
      : answer;
  }
}
