/**
 * Questions for the start-up warm-up (warm-up.ts), generated from the opened corpus — and for
 * English from the dictionary's own keys, most of them with translations the corpus holds, and the
 * corpus's abbreviations — never from evaluation data. Deterministic: the same index and dictionary give the same questions.
 *
 * They only need to look like questions: varied words, the question forms people use, numbers and
 * dates, so that the question's path (planning, translation, scoring, the answer stage) is
 * compiled and its caches hold the corpus's common words before the first real question.
 */
import type { Passage } from "../corpus/types.js";
import type { Dictionary } from "../translate/dictionary.js";
import type { Vocabulary } from "../index/vocabulary.js";

/** Question forms around a phrase of a passage (the ones people ask: what, when, how many, who, where, why). */
const JAPANESE_FORMS: ReadonlyArray<(phrase: string, j: number) => string> = [
  (s) => `${s}は何ですか`,
  (s) => `${s}はいつですか`,
  (s) => `${s}について何と述べましたか`,
  (s) => `${s}はいくつですか`,
  (s) => `誰が${s}のか`,
  (s) => `${s}はどこですか`,
  (s) => `${s}のは何年か。`,
  (s) => `なぜ${s}のか？`,
  (s, j) => `第${1 + (j % 5)}回の${s}はいつ開かれましたか`,
];

/** Longest phrase taken from a passage (characters); real questions quote short stretches. */
const PHRASE = 12;
const BREAKS = /[\s、。，．,.!?！？「」『』（）()[\]【】・:：;；"'“”‘’…-]+/u;

/** Passage indexes spread evenly over the corpus: the j-th of n. */
const spread = (j: number, n: number, size: number): number => Math.min(size - 1, Math.floor(((j + 0.5) * size) / n));

/** A phrase of the passage: the j-th longest-first piece between punctuation, cut to PHRASE characters. */
function phraseOf(text: string, j: number): string | undefined {
  const pieces = text.split(BREAKS).filter((p) => [...p].length >= 4);
  if (pieces.length === 0) return undefined;
  const chars = [...pieces[j % pieces.length]!];
  const from = chars.length > PHRASE ? (j * 7) % (chars.length - PHRASE + 1) : 0;
  return chars.slice(from, from + PHRASE).join("");
}

/** Up to `count` Japanese questions, each a phrase of a passage (spread over the corpus) in a question form. */
export function japaneseQuestions(passages: readonly Passage[], count: number): string[] {
  const out: string[] = [];
  if (passages.length === 0) return out;
  for (let j = 0; j < count; j++) {
    const phrase = phraseOf(passages[spread(j, count, passages.length)]!.text, j);
    if (phrase !== undefined) out.push(JAPANESE_FORMS[j % JAPANESE_FORMS.length]!(phrase, j));
  }
  return out;
}

/**
 * Dictionary keys sampled per section, from a few of its blocks (each unpacked here, ~2 ms, unless
 * the background unpacking got there first); most keys are dropped (phrases, or no translation
 * in the corpus), leaving about a hundred words and a few dozen names (JSQuAD's 1k paragraphs:
 * 86 and 21), in tens of milliseconds.
 */
const SAMPLED = { words: { keys: 3000, blocks: 6 }, names: { keys: 2000, blocks: 5 } } as const;
const WORD = /^[a-z]{4,14}$/;

/** Names whose translation the corpus lacks, and abbreviations, kept for the warm-up: a few dozen are enough to compile their path. */
const STRANGERS = 40;
const ABBREVIATIONS = 20;
const ABBREVIATION = /^[a-z][a-z0-9]{1,4}$/;

/** Up to `count` items of `list`, spread evenly over it. */
const evenly = <T>(list: readonly T[], count: number): T[] =>
  Array.from(
    { length: Math.min(count, list.length) },
    (_, j) => list[spread(j, Math.min(count, list.length), list.length)]!,
  );

/** What English questions of the warm-up are made of (corpusWords). */
export interface WarmUpWords {
  /** Dictionary words whose best translation the corpus holds. */
  readonly words: readonly string[];
  /** Names (capitalised) whose best translation the corpus holds. */
  readonly names: readonly string[];
  /**
   * Names (capitalised) whose translation the corpus lacks: real questions often name someone or
   * something the articles write otherwise or not at all, and the planner then guesses by sound,
   * reading and pinyin (translate/names.ts), a path the other words never take.
   */
  readonly strangers: readonly string[];
  /** Short Latin-script words the passages write that are no English word (SCO, G7), upper-cased as abbreviations are asked. */
  readonly abbreviations: readonly string[];
}

const capitalised = (name: string): string => name[0]!.toUpperCase() + name.slice(1);

/**
 * English words and names of the dictionary, in key order (sampled evenly over a few blocks of the
 * dictionary, so the same words every time): those whose best translation occurs in the corpus,
 * and a few names whose translation does not; and a few abbreviations the passages write.
 */
export function corpusWords(dictionary: Dictionary, vocabulary: Vocabulary): WarmUpWords {
  const sampled = (section: "words" | "names") => {
    const held: string[] = [];
    const lacked: string[] = [];
    for (const key of dictionary.sampleKeys(section, SAMPLED[section].keys, SAMPLED[section].blocks)) {
      if (!WORD.test(key)) continue;
      const best = (section === "words" ? dictionary.words(key) : dictionary.names(key))[0];
      if (best === undefined || [...best.ja].length < 2) continue;
      (vocabulary.has(best.ja) ? held : lacked).push(key);
    }
    return { held, lacked };
  };
  const names = sampled("names");
  // Looked up in the dictionary only for an even sample (a lookup may unpack a block ahead of the background unpacking).
  const short = evenly([...vocabulary.latin].filter((w) => ABBREVIATION.test(w)).sort(), 3 * ABBREVIATIONS);
  const abbreviations = short.filter((w) => dictionary.words(w).length === 0);
  return {
    words: sampled("words").held,
    names: names.held.map(capitalised),
    strangers: evenly(names.lacked, STRANGERS).map(capitalised),
    abbreviations: evenly(abbreviations, ABBREVIATIONS).map((w) => w.toUpperCase()),
  };
}

const MONTHS = ["January", "March", "May", "June", "July", "September", "October", "December"];
const COUNTS = ["two", "three", "five", "six", "ten", "twelve", "1,500", "20"];

/** The plural as an English question writes it (policy → policies). */
const plural = (word: string): string => (/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);

/** What an English question form is filled with (see englishQuestions): the k-th of each kind for this question. */
interface Fill {
  /** A word whose translation the corpus holds. */
  readonly w: (k: number) => string;
  /** A name whose translation the corpus holds. */
  readonly n: (k: number) => string;
  /** A name whose translation the corpus lacks. */
  readonly s: (k: number) => string;
  /** An abbreviation the corpus writes. */
  readonly a: (k: number) => string;
  readonly year: string;
  /** The question's number. */
  readonly j: number;
}

/** English question forms: words (plural, hyphenated), names (known and not), abbreviations, spelled and written numbers, dates. */
const ENGLISH_FORMS: ReadonlyArray<(f: Fill) => string> = [
  ({ w }) => `What is the ${w(0)}?`,
  ({ w, s }) => `What did ${s(0)} ${s(1)} say about the ${w(0)}?`,
  ({ w, n }) => `What did ${n(0)} say about the ${w(0)}?`,
  ({ w, year }) => `When was the ${w(0)} of the ${w(1)} held in ${year}?`,
  ({ w, j }) => `How many ${plural(w(0))} did the ${w(1)} have after ${COUNTS[j % COUNTS.length]} years?`,
  ({ w, a }) => `Who is the ${w(0)} of the ${a(0)}?`,
  ({ w, n }) => `Where is the ${w(0)}-${w(1)} in ${n(0)}?`,
  ({ w, year, j }) => `Which ${w(0)} was ${w(1)} on ${MONTHS[j % MONTHS.length]} ${1 + (j % 28)}, ${year}?`,
  ({ w, n }) => `Why did ${n(0)} and ${n(1)} ${w(0)} the ${w(1)}?`,
  ({ w, s, year }) => `Where did ${s(0)} build the ${w(0)} in ${year}?`,
];

/**
 * Up to `count` English questions from the words and names corpusWords found, with years taken
 * from the passages; none when the dictionary gave no word the corpus holds.
 */
export function englishQuestions(found: WarmUpWords, passages: readonly Passage[], count: number): string[] {
  const { words, names, strangers, abbreviations } = found;
  const out: string[] = [];
  if (words.length === 0) return out;
  const years = passages.length
    ? [...passages[spread(0, 1, passages.length)]!.text.matchAll(/(1[89]|20)\d\d/g)].map((m) => m[0])
    : [];
  for (let j = 0; j < count; j++) {
    const w = (k: number) => words[((j * 2 + k) * 7919) % words.length]!;
    const n = (k: number) => (names.length ? names[((j * 2 + k) * 104_729) % names.length]! : w(k + 2));
    // Each form that uses them comes round once in ENGLISH_FORMS.length questions: the next ones each time.
    const round = Math.floor(j / ENGLISH_FORMS.length);
    const s = (k: number) => (strangers.length ? strangers[(round * 2 + k) % strangers.length]! : n(k));
    const a = (k: number) => (abbreviations.length ? abbreviations[(round + k) % abbreviations.length]! : w(k + 1));
    const year = years.length ? years[j % years.length]! : String(1990 + (j % 35));
    out.push(ENGLISH_FORMS[j % ENGLISH_FORMS.length]!({ w, n, s, a, year, j }));
  }
  return out;
}
