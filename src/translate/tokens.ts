/*
 * An English question as tokens: numbers (with units and ordinals) and Latin-script words, each
 * marked as a name or acronym where its capitals say so, with its hyphenated compound and clause.
 */

const TOKEN =
  /\$?\d+(?:[.,]\d+)*(?:%|st|nd|rd|th|s)?|\p{Script=Latin}[\p{Script=Latin}\p{M}0-9]*(?:['’]\p{Script=Latin}+)*(?:-[\p{Script=Latin}0-9]+)*/gu;
const MAX_TOKENS = 120;

export interface Token {
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

export function tokenize(text: string): Token[] {
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
      tokens.push({
        text: p,
        lower: p.toLowerCase(),
        proper: acronym || (/^\p{Lu}/u.test(p) && !initial),
        acronym,
        group: g,
        clause,
      });
    }
    if (tokens.length >= MAX_TOKENS) break;
  }
  return tokens;
}
