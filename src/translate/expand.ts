import type { Candidate, Dictionary } from "./dictionary.js";
import { adjectiveBases, derivedForms, foldName, lemmaCandidates, normKey } from "./normalize.js";
import { matchNumbers } from "./numbers.js";
import { LIGHT_WORDS, STOP_WORDS } from "./stopwords.js";
import { romajiToHiragana } from "../text/transliterate.js";
import { NameGuesser } from "./names.js";
import { tokenize, type Token } from "./tokens.js";
import { heldSpelling } from "./held-spelling.js";
import { verbPositions } from "./verb-context.js";
import { modalBeforeTo } from "./modal-periphrasis.js";
import type { Vocabulary } from "../index/vocabulary.js";

/** A Japanese term to search for, its weight in (0, 1], and the English it came from. */
export interface QueryTerm {
  ja: string;
  weight: number;
  en: string;
  /**
   * How this sense compares with the English word's best one (1: the best sense, or a name). A
   * low value means the corpus holds only a minor sense (population → 住民, not 人口).
   */
  sense?: number;
}

/**
 * Weight of an English content word nothing translated, relative to a translated one: its importance
 * in the question's analysis (planner.ts) and its share of the evidence a passage must hold (evidence.ts).
 */
export const UNKNOWN_WORD_WEIGHT = 0.5;

/** The Japanese terms of a question, and the English content words nothing translated. */
export interface Expansion {
  terms: QueryTerm[];
  unknown: string[];
}

const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+/gu;
const IRREGULAR_VERB_FORMS = new Set(
  "held grew met made built won led took gave sent paid sold spoke wrote began fought bought brought found kept left lost rose set told thought became chose drew".split(
    " ",
  ),
);
const PARTICLES = new Set("on in out up off over down away".split(" "));
const SPELLED_NUMBERS = new Set(
  "one two three four five six seven eight nine ten eleven twelve twenty hundred dozen".split(" "),
);
/**
 * A noun sense of a word the question uses as a verb (verb-context.ts) keeps this share of its
 * score: below the 0.3 of the best by which a sense the archive holds is still a candidate, so a
 * held verb sense leaves it out (did Xi want → 求め, not 貧困), and it stays only where no verb
 * sense is held.
 */
const NOUN_IN_VERB_PLACE = 0.25;
const MAX_PHRASE = 5;
const NO_VERBS: ReadonlySet<string> = new Set();
const KANJI_COMPOUND = /^\p{Script=Han}{2,}$/u;
const LATIN_START = /^[\p{Script=Latin}0-9]/u;
const MAX_TERMS = 48;
const PER_UNIT = 3;

interface Scored {
  ja: string;
  score: number;
}

/** Merges candidate lists, keeping each headword's best score after `factor`. */
function merge(into: Map<string, number>, cands: readonly Candidate[], factor: number): void {
  for (const c of cands) {
    const s = c.score * factor;
    if (s > (into.get(c.ja) ?? 0)) into.set(c.ja, s);
  }
}

/** A light word in any of its forms ("says", "mentions", "reports" as well as "say", "mention", "report"). */
function isLight(lower: string): boolean {
  return LIGHT_WORDS.has(lower) || lemmaCandidates(lower).some((f) => LIGHT_WORDS.has(f));
}

class Expander {
  readonly terms = new Map<string, QueryTerm>();
  readonly unknown: string[] = [];
  readonly names: NameGuesser;

  constructor(
    private readonly dict: Dictionary,
    private readonly vocab: Vocabulary | undefined,
  ) {
    this.names = new NameGuesser(dict, vocab);
  }

  add(raw: string, weight: number, en: string, sense = 1): void {
    const ja = raw.normalize("NFKC");
    const w = Math.max(0.05, Math.min(1, weight));
    const prev = this.terms.get(ja);
    if (!prev || prev.weight < w)
      this.terms.set(ja, {
        ja,
        weight: Math.round(w * 1000) / 1000,
        en,
        ...(sense < 1 ? { sense: Math.round(sense * 1000) / 1000 } : {}),
      });
  }

  /**
   * Keeps the few best translations of one English unit. With a vocabulary, translations that
   * occur in the corpus win: a dictionary's third sense that the passages use beats a first
   * sense they never do. Weight falls with the score relative to the unit's best.
   */
  choose(cands: Map<string, number>, en: string, importance: number, verbs?: ReadonlySet<string>): boolean {
    // A one-kanji word (令, 員) is often a literary or bound form of the usual compound: it
    // stays a candidate but should not lead.
    const sorted = [...cands]
      .map(([ja, score]): Scored => ({ ja, score: /^\p{Script=Han}$/u.test(ja) ? score * 0.8 : score }))
      .sort((a, b) => b.score - a.score || a.ja.length - b.ja.length);
    const top = sorted[0];
    if (!top) return false;
    // One kanji or a short hiragana word matches inside countless unrelated words: only as the best.
    const weak = (c: Scored): boolean =>
      c !== top && (/^\p{Script=Han}$/u.test(c.ja) || /^\p{Script=Hiragana}{1,3}$/u.test(c.ja));
    let picked = sorted.filter((c) => c.score >= top.score * 0.5 && !weak(c));
    if (this.vocab) {
      const vocab = this.vocab;
      const candidates = sorted.filter((c) => c.score >= top.score * 0.3 && !weak(c));
      const heldBy = (spelling: (ja: string) => string | undefined): Scored[] =>
        candidates.flatMap((c) => {
          const ja = spelling(c.ja);
          return ja ? [{ ja, score: c.score }] : [];
        });
      // A verb sense of a word used as a verb counts as held by its inflected stems too (求める as 求め).
      let present = heldBy((ja) => vocab.spelling(ja) ?? (verbs?.has(ja) ? heldSpelling(ja, vocab) : undefined));
      // A sense the archive writes otherwise (カザーフ as カザフ, 植える as 植えた) only when no sense
      // is held as written: it must not displace one that is (Kazakhstan → カザフスタン, not カザフ).
      if (present.length === 0) present = heldBy((ja) => heldSpelling(ja, vocab));
      if (present.length) picked = present;
      else {
        // Nothing matches the corpus: keep only the best guess. At full weight, since a content
        // word the passages never mention is what tells an off-topic question apart.
        picked = [top];
      }
    }
    const best = picked[0]!.score;
    // A key whose best translation is itself weak (rare senses only) counts for less.
    const confidence = Math.min(1, 0.45 + top.score);
    for (const [i, c] of picked.slice(0, PER_UNIT).entries()) {
      // Alternatives share the unit's evidence rather than each adding a full term's worth.
      this.add(
        c.ja,
        importance * confidence * Math.sqrt(c.score / best) * (i === 0 ? 1 : 0.5),
        en,
        c.score / top.score,
      );
    }
    return true;
  }

  /** Dictionary translations of one word, from its surface, base and derived forms. */
  lookupWord(tok: Token): Map<string, number> {
    const cands = new Map<string, number>();
    const forms = lemmaCandidates(tok.lower);
    // "training" is its own word; its base "train" (列車) is a weaker guess than for "agreements".
    const surfaceKnown = this.dict.words(forms[0]!).length > 0;
    // "signed", "growing": a verb form, so verb senses ("to sign") beat the base's noun senses.
    const verbForm = /(?:ed|ing)$/.test(tok.lower) || IRREGULAR_VERB_FORMS.has(tok.lower);
    let base: string | undefined;
    for (const [i, f] of forms.entries()) {
      const hit = this.dict.words(f);
      if (!hit.length) continue;
      const verbHit = i > 0 && verbForm ? this.dict.words(`to ${f}`) : [];
      if (verbHit.length) merge(cands, verbHit, 1);
      merge(cands, hit, i === 0 ? 1 : surfaceKnown ? 0.6 : verbHit.length ? 0.55 : 0.95);
      if (i > 0) base ??= f;
    }
    base ??= surfaceKnown ? forms[0] : undefined;
    if (base && base.length > 2) {
      // Sino-Japanese action nouns are glossed by the -ing or -ion form (調印 "signing").
      const inflected = /(?:ed|ing)$/.test(tok.lower);
      for (const d of derivedForms(base)) {
        if (d !== tok.lower) merge(cands, this.dict.words(d), inflected ? 0.85 : 0.6);
      }
    }
    // "residential" → residence (住居) when the adjective's own glosses miss the corpus.
    const vocab = this.vocab;
    const nonePresent = cands.size === 0 || (vocab !== undefined && ![...cands.keys()].some((ja) => vocab.has(ja)));
    if (nonePresent)
      for (const b of adjectiveBases(tok.lower)) merge(cands, this.dict.words(b), cands.size === 0 ? 0.8 : 0.6);
    return cands;
  }

  /**
   * For a word the question uses as a verb: its verb senses ("to want"), with its other senses
   * kept far below them. Returns the verb senses (none when the dictionary has no "to" entry).
   */
  preferVerbSenses(tok: Token, cands: Map<string, number>): ReadonlySet<string> {
    const verbs = this.dict.words(`to ${tok.lower}`);
    const vocab = this.vocab;
    if (verbs.length === 0 || vocab === undefined) return NO_VERBS;
    // Where the archive holds no verb sense, a Sino-Japanese noun may still render the verb (it
    // takes する: modernize → 近代化, whose "to modernize" entry is 今めかす); a loanword or a
    // noun in kana (play → ドラマ, hold → 手がかり) does not.
    const verbHeld = verbs.some((v) => heldSpelling(v.ja, vocab) !== undefined);
    // Nothing held either way (an archive of English paragraphs): the senses are left as they were.
    if (!verbHeld && ![...cands.keys()].some((ja) => vocab.spelling(ja) !== undefined)) return NO_VERBS;
    for (const [ja, score] of cands)
      if (verbHeld || !KANJI_COMPOUND.test(ja)) cands.set(ja, score * NOUN_IN_VERB_PLACE);
    merge(cands, verbs, 1);
    return new Set(verbs.map((v) => v.ja));
  }

  /** ENAMDICT entries for a name, alone or as part of a hyphenated compound (Kassym-Jomart). */
  lookupName(tok: Token, compound: string | undefined): Candidate[] {
    return [...this.dict.names(foldName(tok.lower)), ...(compound ? this.dict.names(foldName(compound)) : [])];
  }
}

/**
 * Translates an English (or mixed) question into weighted Japanese search terms: numbers and
 * dates, multi-word expressions and names, then single words through their base forms. With a
 * vocabulary, translations the corpus contains are preferred and unknown names are matched by
 * sound, reading or pinyin against it. Japanese parts of a mixed question pass through.
 */
export function expandQuery(question: string, dict: Dictionary, vocab?: Vocabulary): Expansion {
  const text = question.normalize("NFKC").slice(0, 4000);
  const x = new Expander(dict, vocab);
  for (const m of text.matchAll(JAPANESE_RUN)) x.add(m[0], 1, m[0]);

  const tokens = tokenize(text);
  const used = new Array<boolean>(tokens.length).fill(false);
  const asVerb = verbPositions(tokens);
  for (const n of matchNumbers(tokens)) {
    for (let i = n.start; i < n.end; i++) used[i] = true;
    for (const t of n.terms) x.add(t.ja, t.weight, t.en);
  }

  const isStop = (t: Token): boolean => STOP_WORDS.has(t.lower) && !t.acronym;
  // Multi-word expressions and multi-word names, longest first.
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || isStop(tokens[i]!)) continue;
    for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 2; n--) {
      const span = tokens.slice(i, i + n);
      if (span.some((_, k) => used[i + k]) || span[n - 1]!.clause !== span[0]!.clause) continue;
      // A phrasal verb may end in a particle ("based on", "carried out"); other phrases may not.
      const particleEnd = n === 2 && PARTICLES.has(span[1]!.lower);
      if (isStop(span[n - 1]!) && !particleEnd) continue;
      const en = span.map((t) => t.text).join(" ");
      const cands = new Map<string, number>();
      const firsts = lemmaCandidates(span[0]!.lower).slice(0, 3);
      const lasts = lemmaCandidates(span[n - 1]!.lower).slice(0, 3);
      const middle = span.slice(1, -1).map((t) => t.lower);
      for (const [a, f] of firsts.entries()) {
        for (const [b, l] of lasts.entries()) {
          merge(cands, dict.words([f, ...middle, l].join(" ")), a + b === 0 ? 1 : 0.95);
        }
      }
      const proper = span.some((t) => t.proper);
      if (particleEnd) {
        // Only a phrasal verb the corpus uses in some translation: "set up" → 並べる is a worse
        // guess than the words alone.
        const present = vocab === undefined || [...cands.keys()].some((ja) => vocab.spelling(ja) !== undefined);
        if (cands.size && present && x.choose(cands, en, 0.9)) {
          used[i] = used[i + 1] = true;
          break;
        }
        continue;
      }
      if (proper || cands.size === 0) {
        merge(cands, dict.names(foldName(en)), 1);
        if (n === 2) merge(cands, dict.names(foldName(`${span[1]!.text} ${span[0]!.text}`)), 0.9);
      }
      if (cands.size === 0 && n >= 3) {
        // "Belt and Road" is glossed "Belt and Road Initiative": accept one trailing word.
        const prefix = normKey(en) + " ";
        for (const [key, c] of dict.withPrefix("words", prefix, 4)) {
          if (key.slice(prefix.length).includes(" ")) continue;
          merge(cands, c, 0.8);
        }
      }
      if (cands.size === 0 && n <= 3 && span.every((t) => t.proper && !t.acronym)) {
        // A Chinese name in pinyin, one token per syllable group: Wang Yi → 王毅, Cai Qi → 蔡奇.
        for (const [ja, score] of x.names.pinyin(span.map((t) => t.lower).join(" "))) cands.set(ja, score);
        // …or a Japanese one in romaji: Yanagiya Sanju → 柳家三寿.
        if (cands.size === 0 && span.every((t) => romajiToHiragana(t.lower))) {
          for (const [ja, score] of x.names.yomi(span.map((t) => t.lower).join(""))) cands.set(ja, score);
        }
      }
      if (x.choose(cands, en, 1)) {
        for (let k = 0; k < n; k++) used[i + k] = true;
        break;
      }
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (used[i] || isStop(tok)) continue;
    if (/^\d/.test(tok.lower)) continue;
    if (modalBeforeTo(tokens, i)) continue;
    // Light words ("say", "year", "people") and lone spelled numbers add more noise than signal.
    if (isLight(tok.lower) || SPELLED_NUMBERS.has(tok.lower)) continue;
    const compound =
      tok.group >= 0
        ? tokens
            .filter((t) => t.group === tok.group)
            .map((t) => t.lower)
            .join("")
        : undefined;
    const importance = tok.proper ? 1 : 0.85;
    const cands = tok.acronym ? new Map<string, number>() : x.lookupWord(tok);
    const verbs = asVerb.has(i) && !tok.acronym ? x.preferVerbSenses(tok, cands) : NO_VERBS;
    if (tok.proper || cands.size === 0) merge(cands, x.lookupName(tok, compound), tok.proper ? 1 : 0.6);
    const anyPresent = vocab
      ? [...cands.keys()].some((ja) => vocab.spelling(ja) ?? (verbs.has(ja) ? heldSpelling(ja, vocab) : undefined))
      : cands.size > 0;
    // A word none of whose senses the archive holds may be a name written without its capital
    // (xi, tokayev): it is looked for as one too, and kept as a name only if the archive holds a
    // Japanese spelling of it (as written, the English paragraphs' side searches it already).
    if (!anyPresent) {
      const guesses = tok.proper || cands.size === 0 || tok.acronym ? x.names.fallback(tok, compound) : new Map();
      if (!tok.proper && !tok.acronym && tok.lower.length >= 2)
        for (const [ja, s] of x.names.fallback({ ...tok, proper: true }, compound))
          if (!LATIN_START.test(ja) && !guesses.has(ja)) guesses.set(ja, s);
      if (guesses.size) {
        cands.clear();
        for (const [ja, s] of guesses) cands.set(ja, s);
      }
    }
    if (tok.acronym && vocab?.latin.has(tok.lower)) cands.set(tok.text, 1);
    if (!x.choose(cands, tok.text, importance, verbs)) x.unknown.push(tok.text);
  }

  const terms = [...x.terms.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_TERMS);
  return { terms, unknown: [...new Set(x.unknown)] };
}
