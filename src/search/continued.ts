import type { KeywordIndex } from "../index/keyword/keyword-index.js";
import type { PassageSet } from "./passages.js";
import type { QueryPlan } from "./plan.js";
import type { Support } from "./support.js";

/*
 * A paragraph that opens by referring back (そのうえで、次の分野を重点として挙げました; 具体的には、
 * …; 第二に、…) goes on with what the paragraph before it said: the list it gives belongs to the
 * talks and the speaker named there. Asked 「2025年の会談で習主席が重点分野として挙げたのは？」, the
 * list paragraph holds 重点 and 分野 but not 会談 or 習主席, and its support fell below the
 * topic bar. For that bar (not for ranking), such a paragraph holds what it and the one before
 * it in its article hold together.
 */

/**
 * The openings of a Japanese paragraph that go on with the one before: an elaborating connective
 * (そのうえで, 具体的には), a demonstrative (この, その, こうした) or an ordinal of a series (第二に).
 * Additive and contrasting ones (さらに, また, 一方, これに対し) open a point of their own: measured on
 * the study conversations, さらに、 lent a paragraph on the SCO's summit the topic of the one before.
 */
const REFERS_BACK =
  /^(?:-\s*)?(?:そのうえで|その上で|具体的には|この|その|これら|こうした|そうした|第[二三四五六七八九十2-9]に)/u;

/** A list item line (the corpus format's "- "). */
const LIST_ITEM = /\n\s*- /u;

/** Whether a paragraph's text opens by referring back to the one before it. */
export function opensByReferringBack(text: string): boolean {
  return REFERS_BACK.test(text);
}

/**
 * Whether a paragraph goes on with the one before it: a list whose lead-in refers back. Prose
 * that opens with この or その was tried too and taken out: on JSQuAD's generated near-topic
 * negatives (Wikipedia, where この… opens many paragraphs) it lent 10 of 4,442 removed answers'
 * questions the topic of the paragraph before, for one study question.
 */
export function continuesTheOneBefore(text: string): boolean {
  return LIST_ITEM.test(text) && opensByReferringBack(text);
}

/**
 * `support` where a paragraph that continues the one before it (same article) is also measured
 * on both together, the better of the two kept. Plans measured by their own evidence (translated
 * questions) or across two languages are left as they are.
 */
export function withContinuedParagraphs(
  support: Support,
  plan: QueryPlan,
  corpus: PassageSet,
  keyword: KeywordIndex,
): Support {
  if (plan.evidence || plan.sides) return support;
  const { passages } = corpus;
  let terms: Array<{ held: (i: number) => number; mass: number }> | undefined;
  let total = 0;
  return (i) => {
    const own = support(i);
    const p = passages[i];
    const before = passages[i - 1];
    if (!p || !before || before.docId !== p.docId || !continuesTheOneBefore(p.text)) return own;
    if (!terms) {
      terms = [...plan.keyword].map(([t, w]) => ({
        held: keyword.coverageOf(new Map([[t, w]])),
        mass: keyword.idf(t) * Math.min(1, w),
      }));
      total = terms.reduce((m, t) => m + t.mass, 0);
    }
    if (!(total > 0)) return own;
    let found = 0;
    for (const t of terms) if (t.held(i) > 0 || t.held(i - 1) > 0) found += t.mass;
    return Math.max(own, found / total);
  };
}
