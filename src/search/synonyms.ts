import { matchForm } from "../text/match-form.js";
import { numberForms } from "../text/number-forms.js";
import { SYNONYM_LINES } from "./synonym-table.js";

/*
 * A question worded away from its article (調印 where the article writes 署名, 行き来 for 往来)
 * shares few character n-grams with the paragraph that answers it. The synonym table
 * (synonym-table.ts, written by scripts/build-synonyms.mjs from the bundled dictionary: two
 * headwords that translate one English gloss well) gives, for a word of the question, the
 * archive's words that say the same thing. They widen the search and count towards how much of
 * the question a paragraph holds, always less than the asked word itself, and never as words a
 * paragraph must hold: the judgement reads the question's own words (answer/).
 */

/** An archive word that says what a question word says, and how well the dictionary says so (0..1). */
export interface Synonym {
  readonly form: string;
  readonly score: number;
}

/** A word of the question with synonyms, and them. */
export interface QuestionSynonyms {
  readonly word: string;
  readonly synonyms: readonly Synonym[];
}

/** Longest question word looked up (the table's words are at most 8 characters). */
const MAX_WORD = 8;

export class SynonymTable {
  readonly #rows: ReadonlyMap<string, readonly Synonym[]>;

  constructor(rows: ReadonlyMap<string, readonly Synonym[]>) {
    this.#rows = rows;
  }

  /** The table as written by scripts/build-synonyms.mjs: `word<TAB>form,score|form,score` per line. */
  static parse(lines: string): SynonymTable {
    const rows = new Map<string, Synonym[]>();
    for (const line of lines.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab <= 0) continue;
      const synonyms = line
        .slice(tab + 1)
        .split("|")
        .map((cell) => {
          const comma = cell.lastIndexOf(",");
          return { form: cell.slice(0, comma), score: Number(cell.slice(comma + 1)) };
        })
        .filter((s) => s.form && s.score > 0 && s.score <= 1);
      if (synonyms.length) rows.set(line.slice(0, tab), synonyms);
    }
    return new SynonymTable(rows);
  }

  get size(): number {
    return this.#rows.size;
  }

  /**
   * The words of the question the table knows, longest first where they overlap (首脳会談 rather
   * than 会談 inside it), each with its synonyms the question does not already hold.
   */
  inQuestion(question: string): QuestionSynonyms[] {
    const text = matchForm(question);
    const chars = [...text];
    const found: Array<{ at: number; end: number; word: string; synonyms: readonly Synonym[] }> = [];
    for (let at = 0; at < chars.length; at++) {
      for (let len = Math.min(MAX_WORD, chars.length - at); len >= 2; len--) {
        const word = chars.slice(at, at + len).join("");
        const synonyms = this.#rows.get(word);
        if (!synonyms) continue;
        found.push({ at, end: at + len, word, synonyms });
        break;
      }
    }
    const kept = found.filter((f) => !found.some((g) => g !== f && g.at <= f.at && g.end >= f.end));
    const out: QuestionSynonyms[] = [];
    for (const { word, synonyms } of kept) {
      if (out.some((o) => o.word === word)) continue;
      const missing = synonyms.filter((s) => !text.includes(s.form));
      if (missing.length) out.push({ word, synonyms: missing });
    }
    return out;
  }
}

/** The bundled table (read once, on first use). */
let bundled: SynonymTable | undefined;
export function bundledSynonyms(): SynonymTable {
  return (bundled ??= SynonymTable.parse(SYNONYM_LINES));
}

/** A question's counts and ordinals written another way (text/number-forms.ts: 二番目 → 第二), as synonyms of full score. */
export function numberFormSynonyms(question: string): QuestionSynonyms[] {
  return numberForms(matchForm(question)).map(({ word, others }) => ({
    word,
    synonyms: others.map((form) => ({ form, score: 1 })),
  }));
}
