import type { Candidate, Dictionary } from "./dictionary.js";
import { adjectiveBases, derivedForms, foldName, lemmaCandidates, normKey } from "./normalize.js";
import { matchNumbers } from "./numbers.js";
import { LIGHT_WORDS, STOP_WORDS } from "./stopwords.js";
import { firstConsonant, pinyinSplits, romajiToHiragana, similarStart, soundDistance, soundKey } from "./transliterate.js";
import type { Vocabulary } from "./vocabulary.js";

/** A Japanese term to search for, its weight in (0, 1], and the English it came from. */
export interface QueryTerm {
  ja: string;
  weight: number;
  en: string;
}

/** The Japanese terms of a question, and the English content words nothing translated. */
export interface Expansion {
  terms: QueryTerm[];
  unknown: string[];
}

const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+/gu;
const TOKEN = /\$?\d+(?:[.,]\d+)*(?:%|st|nd|rd|th|s)?|\p{Script=Latin}[\p{Script=Latin}\p{M}0-9]*(?:['’]\p{Script=Latin}+)*(?:-[\p{Script=Latin}0-9]+)*/gu;
const MAX_TOKENS = 120;
const IRREGULAR_VERB_FORMS = new Set("held grew met made built won led took gave sent paid sold spoke wrote began fought bought brought found kept left lost rose set told thought became chose drew".split(" "));
const PARTICLES = new Set("on in out up off over down away".split(" "));
// Rendaku: a reading that joins a word may gain voicing (や+なぎ… 柳家 yanagi-ya; かん+ぽ 寛保 kan-po).
const UNVOICED: Readonly<Record<string, readonly string[]>> = { g: ["k"], z: ["s"], j: ["sh", "ch"], d: ["t"], b: ["h"], p: ["h"] };
const SPELLED_NUMBERS = new Set("one two three four five six seven eight nine ten eleven twelve twenty hundred dozen".split(" "));
const MAX_PHRASE = 5;
const MAX_TERMS = 48;
const PER_UNIT = 3;

interface Token {
  readonly text: string;
  readonly lower: string;
  /** Capitalised where a sentence does not force it, or an acronym. */
  readonly proper: boolean;
  readonly acronym: boolean;
  /** Index of the hyphenated compound this part came from ("Kassym-Jomart"), or -1. */
  readonly group: number;
  /** Index of the clause (text between punctuation marks) the token is in. */
  readonly clause: number;
}

interface Scored {
  ja: string;
  score: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let group = 0;
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0].replace(/['’]s$/i, "").replace(/’/g, "'");
    if (/[,;:.!?()"“”]/.test(text.slice(last, m.index))) clause++;
    last = m.index + m[0].length;
    const before = text.slice(0, m.index).trimEnd();
    const initial = before === "" || /[.!?:;"“(]$/.test(before);
    const parts = /^\d/.test(raw) || !raw.includes("-") ? [raw] : raw.split("-");
    const g = parts.length > 1 ? group++ : -1;
    for (const p of parts) {
      if (!p) continue;
      const acronym = /^[A-Z][A-Z0-9]+$/.test(p) && p.length <= 6;
      tokens.push({ text: p, lower: p.toLowerCase(), proper: acronym || (/^\p{Lu}/u.test(p) && !initial), acronym, group: g, clause });
    }
    if (tokens.length >= MAX_TOKENS) break;
  }
  return tokens;
}

/** Merges candidate lists, keeping each headword's best score after `factor`. */
function merge(into: Map<string, number>, cands: readonly Candidate[], factor: number): void {
  for (const c of cands) {
    const s = c.score * factor;
    if (s > (into.get(c.ja) ?? 0)) into.set(c.ja, s);
  }
}

class Expander {
  readonly terms = new Map<string, QueryTerm>();
  readonly unknown: string[] = [];

  constructor(
    private readonly dict: Dictionary,
    private readonly vocab: Vocabulary | undefined,
  ) {}

  add(raw: string, weight: number, en: string): void {
    const ja = raw.normalize("NFKC");
    const w = Math.max(0.05, Math.min(1, weight));
    const prev = this.terms.get(ja);
    if (!prev || prev.weight < w) this.terms.set(ja, { ja, weight: Math.round(w * 1000) / 1000, en });
  }

  /**
   * Keeps the few best translations of one English unit. With a vocabulary, translations that
   * occur in the corpus win: a dictionary's third sense that the passages use beats a first
   * sense they never do. Weight falls with the score relative to the unit's best.
   */
  choose(cands: Map<string, number>, en: string, importance: number): boolean {
    // A one-kanji word (令, 員) is often a literary or bound form of the usual compound: it
    // stays a candidate but should not lead.
    const sorted = [...cands]
      .map(([ja, score]): Scored => ({ ja, score: /^\p{Script=Han}$/u.test(ja) ? score * 0.8 : score }))
      .sort((a, b) => b.score - a.score || a.ja.length - b.ja.length);
    const top = sorted[0];
    if (!top) return false;
    // One kanji or a short hiragana word matches inside countless unrelated words: only as the best.
    const weak = (c: Scored): boolean => c !== top && (/^\p{Script=Han}$/u.test(c.ja) || /^\p{Script=Hiragana}{1,3}$/u.test(c.ja));
    let picked = sorted.filter((c) => c.score >= top.score * 0.5 && !weak(c));
    if (this.vocab) {
      const vocab = this.vocab;
      const present = sorted
        .filter((c) => c.score >= top.score * 0.3 && !weak(c))
        .flatMap((c) => {
          const ja = vocab.spelling(c.ja);
          return ja ? [{ ja, score: c.score }] : [];
        });
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
      this.add(c.ja, importance * confidence * Math.sqrt(c.score / best) * (i === 0 ? 1 : 0.5), en);
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
    if (nonePresent) for (const b of adjectiveBases(tok.lower)) merge(cands, this.dict.words(b), cands.size === 0 ? 0.8 : 0.6);
    return cands;
  }

  /** ENAMDICT entries for a name, alone or as part of a hyphenated compound (Kassym-Jomart). */
  lookupName(tok: Token, compound: string | undefined): Candidate[] {
    return [...this.dict.names(foldName(tok.lower)), ...(compound ? this.dict.names(foldName(compound)) : [])];
  }

  /** Corpus-driven guesses for a name or word no dictionary translates. */
  fallback(tok: Token, compound: string | undefined): Map<string, number> {
    const cands = new Map<string, number>();
    const v = this.vocab;
    if (!v) return cands;
    if (v.latin.has(tok.lower)) cands.set(tok.text, 0.7);
    // Part of a longer name the corpus uses: "Xi" of Xi Jinping (習近平, and its surname 習).
    const fold = foldName(tok.lower);
    for (const [, list] of this.dict.withPrefix("names", `${fold} `, 40)) {
      for (const c of list) {
        if (!v.has(c.ja)) continue;
        cands.set(c.ja, Math.max(cands.get(c.ja) ?? 0, 0.8));
        const first = c.ja[0]!;
        // News calls him 習主席 or 習氏 far more often than 習近平: the surname leads.
        if (/\p{Script=Han}/u.test(first) && this.dict.pinyin(fold).includes(first)) cands.set(first, 1);
      }
    }
    // Readings the corpus gives in parentheses: 織田信長（おだ のぶなが）.
    const kana = romajiToHiragana(tok.lower);
    if (kana) for (const k of v.readings.get(kana) ?? []) cands.set(k, 0.95);
    // Otherwise through the readings of the kanji themselves (Kanpo → 寛保).
    if (kana && cands.size === 0 && (tok.proper || compound)) for (const [ja, s] of this.yomi(compound ?? tok.lower)) cands.set(ja, s);
    if (tok.lower.length >= 4 && tok.proper) {
      for (const word of [compound, tok.lower]) {
        if (!word) continue;
        const key = soundKey(word);
        if (key.length < 3) continue;
        // Short names collide easily (Kanpo ~ キャンプ), and a word that reads as romaji is more
        // likely a Japanese name written in kanji (Yanagiya 柳家, not ウナギ): both must sound closer.
        const limit = key.length <= 5 || kana ? 0.15 : 0.3;
        const first = key.charCodeAt(0);
        const consonant = firstConsonant(key);
        for (const k of v.katakana) {
          if (Math.abs(k.key.length - key.length) > Math.max(4, key.length * 0.6)) continue;
          // A name keeps its first sounds in katakana (Tokayev トカエフ, Android アンドロイド).
          if (!similarStart(first, k.key.charCodeAt(0)) || (consonant && k.consonant && !similarStart(consonant, k.consonant))) continue;
          const d = soundDistance(key, k.key, limit);
          if (d <= limit) cands.set(k.word, Math.max(cands.get(k.word) ?? 0, 1 - d));
        }
      }
      for (const [ja, s] of this.pinyin(tok.lower)) cands.set(ja, Math.max(cands.get(ja) ?? 0, s));
    }
    return cands;
  }

  /**
   * Romanised Japanese words (Kanpo, Yanagiya) → kanji sequences of the corpus read that way,
   * segment by segment through on and kun readings, allowing the voicing that joins them
   * (rendaku: Yanagi+ya, Kan+po for Kan+ho).
   */
  yomi(word: string): Map<string, number> {
    const out = new Map<string, number>();
    const v = this.vocab;
    if (!v || word.length < 4) return out;
    const folded = foldName(word).replace(/ /g, "");
    const readingsOf = (seg: string): string => {
      let chars = this.dict.yomi(seg);
      // Gemination: a reading ending in -tsu, -ku, -ki, -chi becomes a doubled consonant before
      // the next one (Gekkan = getsu+kan 月刊, Gakkou = gaku+kou 学校).
      if (/[tkps]$/.test(seg)) for (const end of ["tsu", "ku", "ki", "chi"]) chars += this.dict.yomi(seg.slice(0, -1) + end);
      return chars;
    };
    const charsOf = (seg: string): string => {
      let chars = readingsOf(seg);
      const plain = UNVOICED[seg[0]!];
      if (plain) for (const p of plain) chars += readingsOf(p + seg.slice(1));
      return chars;
    };
    for (const segments of pinyinSplits(folded, (s) => charsOf(s) !== "", 4)) {
      if (segments.length < 2) continue;
      for (const seq of this.sequences(segments.map((seg, i) => (i === 0 ? readingsOf(seg) : charsOf(seg))))) out.set(seq, 0.85);
      if (out.size) break;
    }
    return this.unambiguous(out);
  }

  /**
   * Sound-alike kanji sequences are trusted only when few: when many fit, only those the corpus
   * names as such (a title, a heading, a quoted term) are kept.
   */
  unambiguous(found: Map<string, number>): Map<string, number> {
    if (found.size <= 3) return found;
    const named = new Map([...found].filter(([ja]) => this.vocab!.isHeadword(ja)));
    return named.size > 0 && named.size <= 3 ? named : new Map();
  }

  /** Kanji sequences of the corpus whose characters come from the given sets, in turn. */
  sequences(charSets: readonly string[]): string[] {
    const v = this.vocab!;
    let partial = [""];
    for (const [i, set] of charSets.entries()) {
      const chars = [...set].filter((c) => v.hasChar(c));
      const next: string[] = [];
      for (const p of partial) {
        for (const c of chars) {
          if (i === 0 || v.adjacent(p[p.length - 1]!, c)) next.push(p + c);
        }
        if (next.length > 300) break;
      }
      partial = next;
      if (!partial.length) return [];
    }
    return partial.filter((p) => v.has(p));
  }

  /** Chinese names in pinyin (Tianjin, Xi'an) → kanji sequences the corpus contains. */
  pinyin(word: string): Map<string, number> {
    const out = new Map<string, number>();
    const v = this.vocab;
    if (!v) return out;
    // Apostrophes and spaces mark syllable or name-part boundaries (Xi'an, Wang Yi).
    const parts = word.split(/['’ ]/).filter(Boolean);
    const isSyllable = (s: string): boolean => this.dict.pinyin(s) !== "";
    let splits: string[][] = [[]];
    for (const part of parts) {
      const options = pinyinSplits(part, isSyllable, 3);
      splits = splits.flatMap((prefix) => options.map((o) => [...prefix, ...o])).slice(0, 6);
    }
    for (const syllables of splits) {
      if (syllables.length < 2) continue;
      for (const seq of this.sequences(syllables.map((syl) => this.dict.pinyin(syl)))) out.set(seq, 0.9);
      if (out.size) break;
    }
    return this.unambiguous(out);
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
        for (const [ja, score] of x.pinyin(span.map((t) => t.lower).join(" "))) cands.set(ja, score);
        // …or a Japanese one in romaji: Yanagiya Sanju → 柳家三寿.
        if (cands.size === 0 && span.every((t) => romajiToHiragana(t.lower))) {
          for (const [ja, score] of x.yomi(span.map((t) => t.lower).join(""))) cands.set(ja, score);
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
    // Light words ("say", "year", "people") and lone spelled numbers add more noise than signal.
    if (LIGHT_WORDS.has(tok.lower) || SPELLED_NUMBERS.has(tok.lower)) continue;
    const compound = tok.group >= 0 ? tokens.filter((t) => t.group === tok.group).map((t) => t.lower).join("") : undefined;
    const importance = tok.proper ? 1 : 0.85;
    const cands = tok.acronym ? new Map<string, number>() : x.lookupWord(tok);
    if (tok.proper || cands.size === 0) merge(cands, x.lookupName(tok, compound), tok.proper ? 1 : 0.6);
    const anyPresent = vocab ? [...cands.keys()].some((ja) => vocab.spelling(ja) !== undefined) : cands.size > 0;
    if (!anyPresent && (tok.proper || cands.size === 0 || tok.acronym)) {
      const guesses = x.fallback(tok, compound);
      if (guesses.size) {
        cands.clear();
        for (const [ja, s] of guesses) cands.set(ja, s);
      }
    }
    if (tok.acronym && vocab?.latin.has(tok.lower)) cands.set(tok.text, 1);
    if (!x.choose(cands, tok.text, importance)) x.unknown.push(tok.text);
  }

  const terms = [...x.terms.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_TERMS);
  return { terms, unknown: [...new Set(x.unknown)] };
}

