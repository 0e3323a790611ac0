/**
 * What the operator dashboard shows (src/web/dashboard-page.ts), read from the record: questions
 * per day by outcome, the queue of questions that need a look (refused, or rated 👎 / wrong
 * citation) with what they cited, the most cited passages, and which articles were cited at all.
 */
import type { FeedbackStore, Outcome } from "./store.js";

export interface DayCount {
  /** `YYYY-MM-DD`, UTC. */
  readonly day: string;
  readonly answer: number;
  readonly related: number;
  readonly refusal: number;
}

export interface QueueItem {
  readonly askId: number;
  readonly at: number;
  readonly question: string;
  readonly outcome: Outcome;
  /** Passage ids (`doc#n`) the answer showed, in order. */
  readonly answerIds: readonly string[];
  readonly down: number;
  readonly wrongCitation: number;
}

export interface DashboardData {
  readonly since: number;
  readonly until: number;
  /** Every day from `since` to `until`, days without questions included (a chart's gaps are real). */
  readonly days: readonly DayCount[];
  /** Refused questions and answers rated 👎 or "wrong citation", newest first. */
  readonly queue: readonly QueueItem[];
  readonly mostCited: ReadonlyArray<{ readonly id: string; readonly count: number }>;
  /** Every article id any answer in the period cited. */
  readonly citedArticles: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Each UTC day from `since` to `until` with the counts given for it (zero where none). */
export function fillDays(
  since: number,
  until: number,
  counts: ReadonlyArray<{ day: string; outcome: Outcome; n: number }>,
): DayCount[] {
  const byDay = new Map<string, { answer: number; related: number; refusal: number }>();
  for (let t = Date.parse(dayOf(since)); t <= until; t += DAY_MS)
    byDay.set(dayOf(t), { answer: 0, related: 0, refusal: 0 });
  for (const c of counts) {
    const d = byDay.get(c.day);
    if (d) d[c.outcome] += c.n;
  }
  return [...byDay].map(([day, c]) => ({ day, ...c }));
}

/** The article part of a citation id `doc#n`. */
export const articleOf = (passageId: string) => passageId.replace(/#\d+$/, "");

export function dashboardData(
  store: FeedbackStore,
  since: number,
  until: number,
  limit = 50,
): DashboardData | undefined {
  return store.query((db) => {
    const counts = db
      .prepare(
        "SELECT date(at / 1000, 'unixepoch') AS day, outcome, count(*) AS n FROM asks WHERE at >= ? AND at <= ? GROUP BY day, outcome",
      )
      .all(since, until) as Array<{ day: string; outcome: Outcome; n: number }>;
    const queue = (
      db
        .prepare(
          `SELECT a.id AS askId, a.at, a.question, a.outcome, a.answer_ids AS ids,
             coalesce(sum(f.rating = 'down'), 0) AS down, coalesce(sum(f.rating = 'wrong_citation'), 0) AS wrongCitation
           FROM asks a LEFT JOIN feedback f ON f.ask_id = a.id AND f.rating IN ('down', 'wrong_citation')
           WHERE a.at >= ? AND a.at <= ?
           GROUP BY a.id HAVING a.outcome = 'refusal' OR down + wrongCitation > 0
           ORDER BY a.at DESC LIMIT ?`,
        )
        .all(since, until, limit) as Array<Omit<QueueItem, "answerIds"> & { ids: string }>
    ).map(({ ids, ...rest }) => ({ ...rest, answerIds: JSON.parse(ids) as string[] }));
    const mostCited = db
      .prepare(
        "SELECT j.value AS id, count(*) AS count FROM asks a, json_each(a.answer_ids) j WHERE a.at >= ? AND a.at <= ? GROUP BY j.value ORDER BY count DESC, id LIMIT ?",
      )
      .all(since, until, limit) as Array<{ id: string; count: number }>;
    const cited = db
      .prepare("SELECT DISTINCT j.value FROM asks a, json_each(a.answer_ids) j WHERE a.at >= ? AND a.at <= ?")
      .pluck()
      .all(since, until) as string[];
    return {
      since,
      until,
      days: fillDays(since, until, counts),
      queue,
      mostCited,
      citedArticles: new Set(cited.map(articleOf)),
    };
  });
}
