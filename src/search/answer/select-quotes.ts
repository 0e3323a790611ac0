import type { Passage } from "../../corpus/types.js";
import { judge } from "./judge.js";
import type { Judgement } from "./judgement.js";
import { inConversation } from "./earlier-answer.js";
import type { PreparedQuestion } from "./prepare-question.js";
import { addsFacts, factsOf } from "./display.js";
import { containedShare, shingles } from "../shingles.js";
import type { PassageSet } from "../passages.js";
import type { RetrieverTuning } from "../tuning.js";

/** Shorter answering sentences ("同日正午。") are too generic to call two passages the same fact. */
const MIN_FACT_CHARS = 15;

/** Candidates judged at least, so that a strong passage ranked lower can be quoted first (answer.strongFirst). */
const JUDGE_DEPTH = 20;

/** A passage chosen to be quoted: how it answers, and the repeats folded into it. */
export interface Quote {
  /** The passage's index in the corpus. */
  readonly i: number;
  readonly p: Passage;
  readonly score: number;
  readonly j: Judgement;
  /** Bigram codes of the text (evidence.bigramCodes). */
  readonly shingles: Uint32Array;
  readonly facts: ReadonlySet<string>;
  readonly duplicates: string[];
}

/**
 * The passages to quote, in fused order, until `count` are kept and at least the first JUDGE_DEPTH
 * candidates are judged (the caller orders them by strength and keeps `count`): each judged against the question
 * (search/answer/judge.ts); a secondary passage only when relevant on its own; one fact told twice is
 * folded into the passage that told it first.
 */
export function selectQuotes(
  prepared: PreparedQuestion,
  fused: ReadonlyArray<readonly [number, number]>,
  corpus: PassageSet,
  tuning: RetrieverTuning,
  count: number,
): Quote[] {
  const kept: Quote[] = [];
  for (const [n, [i, score]] of fused.entries()) {
    if (kept.length >= count && n >= JUDGE_DEPTH) break;
    const p = corpus.passages[i]!;
    const features = corpus.features.get(i);
    // A follow-up's passage of another article than the one that answered the turn before (earlier-answer.ts).
    const j = inConversation(prepared, p, features.view, judge(prepared, features.view));
    // Secondary passages are quoted only when relevant on their own.
    if (kept.length > 0 && j.strength < tuning.answer.secondaryStrength) continue;
    // The fact this passage would be quoted for: its answering sentences, when long enough to be a fact.
    const factText = kept.length > 0 ? j.answering.map((h) => p.text.slice(h.start, h.end)).join("") : "";
    // Facts bearing on the question: those in the sentences that answer it.
    const facts = kept.length > 0 ? factsOf(factText) : undefined;
    let fact: Uint32Array | undefined; // shingles of factText, cut when first needed
    // One fact told twice: it adds no date, number or name the kept one lacks, and the whole
    // paragraph repeats a kept one or its answering sentence is already quoted (cheapest test first).
    const twin = kept.find(
      (x) =>
        !addsFacts(facts!, x.facts) &&
        (corpus.features.containment(x.i, i) >= tuning.duplicateContainment ||
          (factText.length >= MIN_FACT_CHARS &&
            containedShare((fact ??= shingles(factText)), x.shingles) >= tuning.duplicateContainment)),
    );
    if (twin) {
      twin.duplicates.push(p.id);
      continue;
    }
    kept.push({ i, p, score, j, shingles: features.shingles, facts: features.facts, duplicates: [] });
  }
  return kept;
}
