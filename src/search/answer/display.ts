/**
 * How quotes are shown once judged (search/answer/judge.ts): strong passages before weak ones, one bold
 * span for adjacent highlights, the facts that keep a passage from being folded as a repeat, and
 * English glosses for whole words. Pure functions over plain data.
 */
import { CALENDAR, COUNTERS, MAGNITUDES, oneOf, TIME_SPANS } from "./counters.js";
import { matchForm } from "../../text/match-form.js";
import type { Span } from "../types.js";

/**
 * A passage this strong answers the question outright, and one below WEAK hardly does: a strong
 * passage is quoted before every weak one that retrieval ranked above it (a 100% dated passage is
 * not shown behind a 30% one); passages whose strengths do not differ that clearly keep their
 * retrieval order. Calibrated on JSQuAD valid and the generated answerable questions: moving
 * strong passages first (at 0.7–0.8) lifts R@1 from 0.9237 to 0.927 and from 0.941 to 0.943;
 * bands below that (0.5, 0.25) lower it.
 */
export const STRONG = 0.75;
export const WEAK = 0.4;

/** Strong passages before the weak ones ranked above them (see STRONG); the rest in the order they came. */
export function strongFirst<T>(items: readonly T[], strength: (item: T) => number): T[] {
  const out: T[] = [];
  for (const x of items) {
    const firstWeak = strength(x) >= STRONG ? out.findIndex((o) => strength(o) < WEAK) : -1;
    if (firstWeak < 0) out.push(x);
    else out.splice(firstWeak, 0, x);
  }
  return out;
}

/** Adjacent or overlapping spans (only white space between them) become one: one bold span, not `**A。****B。**`. */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && (s.start <= last.end || text.slice(last.end, s.start).trim() === "")) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

const FACT = new RegExp(
  `[0-9]+(?:[.,][0-9]+)*${oneOf(MAGNITUDES, COUNTERS, CALENDAR, TIME_SPANS)}*|[\\p{Script=Katakana}ー]{2,}`,
  "gu",
);

/** Facts a passage states: numbers with their units and dates, katakana names. */
export function factsOf(text: string): Set<string> {
  return new Set(matchForm(text).match(FACT) ?? []);
}

/**
 * Whether `candidate` may be folded under `shown` as the same fact told twice: it must not carry
 * a fact (a number, date or name) that the shown passage lacks.
 */
export function addsFacts(candidate: ReadonlySet<string>, shown: ReadonlySet<string>): boolean {
  for (const f of candidate) if (!shown.has(f)) return true;
  return false;
}

/**
 * English glosses for the Japanese terms that occur in the passage as whole words: not inside a
 * longer kanji or katakana word (保障 in 安全保障 is not "pledge").
 */
export function wholeWordGlosses(
  text: string,
  glosses: ReadonlyArray<{ readonly ja: string; readonly en: string }>,
): string[] {
  const folded = matchForm(text).toLowerCase();
  const out: string[] = [];
  for (const g of glosses) {
    const key = matchForm(g.ja).toLowerCase();
    if (key && occursAsWord(folded, key)) out.push(`${g.ja} = ${g.en}`);
  }
  return out;
}

const KANJI = /[\p{Script=Han}々〆ヶ]/u;
const KATAKANA = /[\p{Script=Katakana}ー]/u;
const LATIN = /[a-z0-9]/;

function occursAsWord(text: string, key: string): boolean {
  const first = key[0]!;
  const last = key[key.length - 1]!;
  const sameScript = (c: string | undefined, k: string): boolean =>
    c !== undefined &&
    ((KANJI.test(k) && KANJI.test(c)) || (KATAKANA.test(k) && KATAKANA.test(c)) || (LATIN.test(k) && LATIN.test(c)));
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    if (!sameScript(text[at - 1], first) && !sameScript(text[at + key.length], last)) return true;
  }
  return false;
}
