/**
 * The evaluation metrics, with the same definitions as the official scorer
 * (../shared/eval/score.mjs): a hit is a result whose id is gold or whose text contains a gold
 * string (NFKC, white space ignored); an answerable question answered with answerable:false is a
 * miss at every k; an unanswerable one is correct when refused or answered with no results.
 */
export interface QaItem {
  readonly id?: string;
  readonly question: string;
  readonly lang?: string;
  readonly gold_ids?: readonly string[];
  readonly gold_text?: readonly string[];
  readonly answerable?: boolean;
}

export interface ScoredAnswer {
  readonly answerable: boolean;
  readonly results: ReadonlyArray<{ readonly id: string; readonly text: string }>;
}

/** Rates are null for a group with no answerable question (as in score.mjs), not a misleading 0. */
export interface Scores {
  questions: number;
  "recall@1": number | null;
  "recall@3": number | null;
  "recall@5": number | null;
  "recall@10": number | null;
  "mrr@10": number | null;
  wrongly_refused: number;
  unanswerable: number;
  refusal_accuracy: number | null;
}

const norm = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "");
const K = [1, 3, 5, 10] as const;

export function parseQa(text: string, file = "QA"): QaItem[] {
  return text
    .split("\n")
    .map((l, i) => [l, i] as const)
    .filter(([l]) => l.trim())
    .map(([l, i]) => {
      let v: unknown;
      try {
        v = JSON.parse(l);
      } catch {
        throw new Error(`${file}:${i + 1}: expected a JSON object per line, received ${l.slice(0, 60)}`);
      }
      if (!v || typeof v !== "object" || typeof (v as QaItem).question !== "string") {
        throw new Error(`${file}:${i + 1}: expected an object with a "question" string`);
      }
      // The official scorer reads both fields as lists; a bare string would be scored wrongly there.
      for (const key of ["gold_ids", "gold_text"] as const) {
        const field = (v as Record<string, unknown>)[key];
        if (field !== undefined && !(Array.isArray(field) && field.every((x) => typeof x === "string"))) {
          throw new Error(
            `${file}:${i + 1}: expected "${key}" to be a list of strings, received ${Array.isArray(field) ? "a list with a non-string" : typeof field}`,
          );
        }
      }
      return v as QaItem;
    });
}

/** 1-based rank of the first gold result in the top 10, or 0. */
export function goldRank(qa: QaItem, answer: ScoredAnswer): number {
  if (!answer.answerable) return 0;
  const ids = new Set(qa.gold_ids ?? []);
  const texts = (qa.gold_text ?? []).map(norm);
  const idx = answer.results
    .slice(0, 10)
    .findIndex((r) => ids.has(r.id) || texts.some((t) => norm(r.text).includes(t)));
  return idx + 1;
}

/** Scores grouped by language, plus "all". */
export function score(items: readonly QaItem[], answers: readonly ScoredAnswer[]): Record<string, Scores> {
  const groups = new Map<
    string,
    { n: number; hits: number[]; rr: number; refusals: number; neg: number; negOk: number }
  >();
  const stat = (lang: string) => {
    let s = groups.get(lang);
    if (!s) groups.set(lang, (s = { n: 0, hits: K.map(() => 0), rr: 0, refusals: 0, neg: 0, negOk: 0 }));
    return s;
  };
  items.forEach((q, i) => {
    const a = answers[i]!;
    const targets = [stat("all"), stat(q.lang ?? "?")];
    if (q.answerable === false) {
      const ok = !a.answerable || a.results.length === 0;
      for (const s of targets) {
        s.neg++;
        if (ok) s.negOk++;
      }
      return;
    }
    const rank = goldRank(q, a);
    for (const s of targets) {
      s.n++;
      if (!a.answerable) s.refusals++;
      K.forEach((k, j) => {
        if (rank > 0 && rank <= k) s.hits[j]!++;
      });
      if (rank > 0) s.rr += 1 / rank;
    }
  });
  const out: Record<string, Scores> = {};
  const r = (x: number) => Number(x.toFixed(4));
  for (const [lang, s] of groups) {
    out[lang] = {
      questions: s.n,
      "recall@1": s.n ? r(s.hits[0]! / s.n) : null,
      "recall@3": s.n ? r(s.hits[1]! / s.n) : null,
      "recall@5": s.n ? r(s.hits[2]! / s.n) : null,
      "recall@10": s.n ? r(s.hits[3]! / s.n) : null,
      "mrr@10": s.n ? r(s.rr / s.n) : null,
      wrongly_refused: s.refusals,
      unanswerable: s.neg,
      refusal_accuracy: s.neg ? r(s.negOk / s.neg) : null,
    };
  }
  return out;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
