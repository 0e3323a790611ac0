/**
 * What the question's path derives from a passage alone, whatever the question: its text in
 * shingleForm with its 4-unit phrases (the phrase signal, search/fusion.ts), and for the answer
 * stage its sentences, its text and heading in match form, its bigrams and its facts. Computed
 * once per passage instead of once per question that reaches it, for the passages questions
 * reached last: one cache, bounded (oldest out first), so a large corpus does not hold every
 * passage's features; each part is computed when first asked for (fusion reaches more passages
 * than the answer stage judges).
 */
import type { Passage } from "../corpus/types.js";
import { sentenceSpans } from "../text/sentences.js";
import type { PassageView } from "./answer/judge.js";
import { bigramCodes, containment, PhraseTable, shingleForm } from "./shingles.js";
import { matchForm } from "../text/match-form.js";
import { factsOf } from "./answer/display.js";

/** Passages whose features are kept (a few KB each). */
const KEPT = 4096;
/** Pairs of passages whose shingle containment is kept (a number each). */
const PAIRS = 1 << 16;

export interface PassageFeatures {
  /** What judge (search/answer/judge.ts) reads, match forms included. */
  readonly view: PassageView;
  /** Character bigrams of the text (evidence.bigramCodes): shared, never to be modified. */
  readonly shingles: Uint32Array;
  /** Facts of the whole text (shown.factsOf): shared, never to be modified. */
  readonly facts: ReadonlySet<string>;
}

const folded = (text: string): string => matchForm(text).toLowerCase();

function featuresOf(p: Passage, title: string, phrases: PhraseTable): PassageFeatures {
  const heading = `${title}\n${p.section ?? ""}`;
  const sentences = sentenceSpans(p.text);
  const body = folded(p.text);
  const foldedHeading = folded(heading);
  const sentenceForms = sentences.map((s) => folded(p.text.slice(s.start, s.end)));
  return {
    view: {
      text: p.text,
      heading,
      sentences,
      folded: {
        body,
        heading: foldedHeading,
        all: `${foldedHeading}\n${body}`,
        sentences: sentenceForms,
        inBody: sentenceForms.map((s) => body.includes(s)),
      },
    },
    shingles: bigramCodes(phrases.folded),
    facts: factsOf(p.text),
  };
}

/** One passage's parts, each computed when first needed. */
interface Entry {
  phrases?: PhraseTable;
  features?: PassageFeatures;
}

/** The features of the passages questions reached last, by passage index. */
export class FeatureCache {
  private readonly kept = new Map<number, Entry>();
  private readonly pairs = new Map<number, number>();
  /** How many passages' features are kept at most. */
  readonly capacity = KEPT;

  constructor(
    private readonly passage: (i: number) => Passage,
    private readonly title: (p: Passage) => string,
  ) {}

  private entry(i: number): Entry {
    let e = this.kept.get(i);
    if (e === undefined) {
      e = {};
      if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(i, e);
    }
    return e;
  }

  /** The passage's text in shingleForm and its distinct 4-unit phrases (what the phrase signal reads). */
  phrases(i: number): PhraseTable {
    const e = this.entry(i);
    return (e.phrases ??= new PhraseTable(shingleForm(this.passage(i).text)));
  }

  /** What the answer stage reads of the passage. */
  get(i: number): PassageFeatures {
    const e = this.entry(i);
    if (e.features === undefined) {
      const p = this.passage(i);
      e.features = featuresOf(p, this.title(p), (e.phrases ??= new PhraseTable(shingleForm(p.text))));
    }
    return e.features;
  }

  /** containment (search/shingles.ts) of passage a's bigrams and passage b's, computed once per pair. */
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
