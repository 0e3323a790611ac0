/**
 * What the answer stage derives from a passage alone, whatever the question: its sentences, its
 * text and heading in match form, its bigram shingles and its facts. Computed once per passage
 * instead of once per question that reaches it, for the passages questions reached last: bounded
 * (oldest out first), so a large corpus does not hold every passage's sets.
 */
import type { Passage } from "../corpus/types.js";
import { sentenceSpans } from "../text/sentences.js";
import type { PassageView } from "./answer.js";
import { containment, shingles } from "./evidence.js";
import { matchForm } from "./question.js";
import { factsOf } from "./shown.js";

/** Passages whose features are kept (a few KB each). */
const KEPT = 4096;
/** Pairs of passages whose shingle containment is kept (a number each). */
const PAIRS = 1 << 16;

export interface PassageFeatures {
  /** What judge (search/answer.ts) reads, match forms included. */
  readonly view: PassageView;
  /** Character bigrams of the text (evidence.shingles): shared, never to be modified. */
  readonly shingles: ReadonlySet<string>;
  /** Facts of the whole text (shown.factsOf): shared, never to be modified. */
  readonly facts: ReadonlySet<string>;
}

const folded = (text: string): string => matchForm(text).toLowerCase();

function featuresOf(p: Passage, title: string): PassageFeatures {
  const heading = `${title}\n${p.section ?? ""}`;
  const sentences = sentenceSpans(p.text);
  const body = folded(p.text);
  const sentenceForms = sentences.map((s) => folded(p.text.slice(s.start, s.end)));
  return {
    view: {
      text: p.text,
      heading,
      sentences,
      folded: { body, heading: folded(heading), sentences: sentenceForms, inBody: sentenceForms.map((s) => body.includes(s)) },
    },
    shingles: shingles(p.text),
    facts: factsOf(p.text),
  };
}

/** The features of the passages questions reached last, by passage index. */
export class FeatureCache {
  private readonly kept = new Map<number, PassageFeatures>();
  private readonly pairs = new Map<number, number>();
  /** How many passages' features are kept at most. */
  readonly capacity = KEPT;

  constructor(
    private readonly passage: (i: number) => Passage,
    private readonly title: (p: Passage) => string,
  ) {}

  get(i: number): PassageFeatures {
    let f = this.kept.get(i);
    if (f === undefined) {
      const p = this.passage(i);
      f = featuresOf(p, this.title(p));
      if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(i, f);
    }
    return f;
  }

  /** containment (search/evidence.ts) of passage a's shingles and passage b's, computed once per pair. */
  containment(a: number, b: number): number {
    const key = a * 0x4000000 + b; // exact below 2^26 passages
    let c = this.pairs.get(key);
    if (c === undefined) {
      c = containment(this.get(a).shingles, this.get(b).shingles);
      if (this.pairs.size >= PAIRS) this.pairs.delete(this.pairs.keys().next().value!);
      this.pairs.set(key, c);
    }
    return c;
  }
}
