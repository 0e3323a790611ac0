/**
 * What the people running the bot want to know from the record: what is asked most, what the
 * articles could not answer (what they are missing), which answers people marked wrong and
 * what they cited, and which passages are quoted most.
 */
import type { FeedbackStore, Outcome } from "./store.js";

export interface Report {
  readonly since: number;
  readonly asks: number;
  readonly byOutcome: Readonly<Record<Outcome, number>>;
  readonly ratings: { readonly up: number; readonly down: number; readonly wrongCitation: number };
  readonly mostAsked: ReadonlyArray<{ question: string; count: number }>;
  readonly refused: ReadonlyArray<{ question: string; count: number; last: number }>;
  readonly disliked: ReadonlyArray<{
    question: string;
    outcome: Outcome;
    answerIds: string[];
    down: number;
    wrongCitation: number;
  }>;
  readonly mostCited: ReadonlyArray<{ id: string; count: number }>;
}

/** Questions differing only in case, width or spacing count as one. */
const FOLD = "lower(trim(question))";

export function buildReport(store: FeedbackStore, since: number, limit = 10): Report | undefined {
  return store.query((db) => {
    const count = (sql: string) => (db.prepare(sql).pluck().get(since) as number) ?? 0;
    const byOutcome = { answer: 0, related: 0, refusal: 0 } as Record<Outcome, number>;
    for (const row of db
      .prepare("SELECT outcome, count(*) AS n FROM asks WHERE at >= ? GROUP BY outcome")
      .all(since) as Array<{ outcome: Outcome; n: number }>) {
      byOutcome[row.outcome] = row.n;
    }
    const mostAsked = db
      .prepare(
        `SELECT min(question) AS question, count(*) AS count FROM asks WHERE at >= ? GROUP BY ${FOLD} ORDER BY count DESC, question LIMIT ?`,
      )
      .all(since, limit) as Array<{ question: string; count: number }>;
    const refused = db
      .prepare(
        `SELECT min(question) AS question, count(*) AS count, max(at) AS last FROM asks WHERE at >= ? AND outcome = 'refusal' GROUP BY ${FOLD} ORDER BY count DESC, last DESC LIMIT ?`,
      )
      .all(since, limit) as Array<{ question: string; count: number; last: number }>;
    const disliked = (
      db
        .prepare(
          `SELECT a.question, a.outcome, a.answer_ids AS ids,
             sum(f.rating = 'down') AS down, sum(f.rating = 'wrong_citation') AS wrongCitation
           FROM feedback f JOIN asks a ON a.id = f.ask_id
           WHERE f.at >= ? AND f.rating IN ('down', 'wrong_citation')
           GROUP BY a.id ORDER BY down + wrongCitation DESC, a.at DESC LIMIT ?`,
        )
        .all(since, limit) as Array<{
        question: string;
        outcome: Outcome;
        ids: string;
        down: number;
        wrongCitation: number;
      }>
    ).map(({ ids, ...rest }) => ({ ...rest, answerIds: JSON.parse(ids) as string[] }));
    const mostCited = db
      .prepare(
        "SELECT j.value AS id, count(*) AS count FROM asks a, json_each(a.answer_ids) j WHERE a.at >= ? GROUP BY j.value ORDER BY count DESC, id LIMIT ?",
      )
      .all(since, limit) as Array<{ id: string; count: number }>;
    return {
      since,
      asks: count("SELECT count(*) FROM asks WHERE at >= ?"),
      byOutcome,
      ratings: {
        up: count("SELECT count(*) FROM feedback WHERE at >= ? AND rating = 'up'"),
        down: count("SELECT count(*) FROM feedback WHERE at >= ? AND rating = 'down'"),
        wrongCitation: count("SELECT count(*) FROM feedback WHERE at >= ? AND rating = 'wrong_citation'"),
      },
      mostAsked,
      refused,
      disliked,
      mostCited,
    };
  });
}

/** `7d`, `12h`, `2w`, `30m` → milliseconds; undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+)\s*([mhdw])$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2]!.toLowerCase() as "m" | "h" | "d" | "w"];
  return Number(m[1]) * unit;
}
