/**
 * What the answer model (answer-model.ts) reads of one (question, passage) pair: the judge's
 * findings (judge.ts) and what the path already knows of the passage and the question — its
 * retrieval rank and score, the support, how far it stands above the other first quotes, and how
 * much of the question the corpus lacks altogether. Pure; one number per entry of FEATURES.
 */
import type { Judgement } from "./judgement.js";
import type { PreparedQuestion } from "./prepare-question.js";

/** Each feature's name, in the order of the vector answerFeatures returns (the model's weights follow it). */
export const FEATURES = [
  "log strength",
  "coverage",
  "typed",
  "tied",
  "focused",
  "exact",
  "named",
  "conflict",
  "has answering sentence",
  "answering sentence share",
  "best sentence share",
  "answering by focus",
  "missing, corpus holds",
  "absent from corpus",
  "absent salient word",
  "absent focus",
  "unknown focus",
  "english question",
  "direct",
  "has focus",
  "focus required",
  "type: number",
  "type: date",
  "type: person or place",
  "type: statement",
  "type: reason",
  "log rank",
  "score / first score",
  "support",
  "evidence",
  "log strength over the next best",
  "heaviest missing unit",
  "missing units",
  "units",
  "coverage squared",
  "coverage × has answering sentence",
  "coverage × typed",
  "answering sentence share × support",
] as const;

/** What the answer stage knows of a judged passage beyond its judgement. */
export interface QuoteContext {
  /** Position in the fused list (0 first). */
  readonly rank: number;
  /** Fused score over the first fused score. */
  readonly relativeScore: number;
  /** The passage's share of the question's idf mass (search/support.ts). */
  readonly support: number;
  /** The best support of the first three fused passages (compose.ts: on topic at all). */
  readonly evidence: number;
  /** The strongest judge strength among the other first quotes (0 when there is none). */
  readonly bestOther: number;
}

const FLOOR = 0.01;
const logOf = (x: number): number => Math.log(Math.max(0, x) + FLOOR);
const flag = (b: boolean): number => (b ? 1 : 0);

/** The share of the question's weight in units no spelling of which the corpus holds. */
export function absentShare(q: PreparedQuestion): number {
  if (q.total <= 0) return 0;
  let w = 0;
  for (const u of q.units) if (u.absent) w += u.weight;
  return w / q.total;
}

/** The feature vector of one judged passage, in the order of FEATURES. */
export function answerFeatures(q: PreparedQuestion, j: Judgement, c: QuoteContext, absent = absentShare(q)): number[] {
  const a = q.analysis;
  const type = a.answerType;
  return [
    logOf(j.strength),
    j.coverage,
    flag(j.typed),
    flag(j.tied),
    flag(j.focused),
    flag(j.exact),
    flag(j.named),
    flag(j.conflict),
    flag(j.answering.length > 0),
    j.answeringShare,
    j.sentenceShare,
    flag(j.byFocus),
    j.missingKnown,
    absent,
    flag(q.absentSalient),
    flag(q.absentFocus),
    flag(q.unknownFocus),
    flag(a.translated === true),
    flag(a.direct === true),
    flag(a.focus !== undefined),
    flag(a.focusRequired),
    flag(type === "number"),
    flag(type === "date"),
    flag(type === "person" || type === "place"),
    flag(type === "statement"),
    flag(type === "reason"),
    Math.log(1 + c.rank),
    c.relativeScore,
    c.support,
    c.evidence,
    logOf(j.strength) - logOf(c.bestOther),
    j.heaviestMissing,
    j.missingCount,
    q.units.length,
    j.coverage * j.coverage,
    j.coverage * flag(j.answering.length > 0),
    j.coverage * flag(j.typed),
    j.answeringShare * c.support,
  ];
}
