import { describeValue, SummitError } from "../../errors.js";
import type { Report } from "../../feedback/report.js";
import { intFlag, stringFlag } from "../args.js";
import type { CliCommand } from "../command.js";

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const oneLine = (s: string, max = 80) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The report as plain text for a terminal. */
function formatReport(r: Report, sinceText: string): string {
  const out: string[] = [];
  const pct = (n: number) => (r.asks ? ` (${Math.round((100 * n) / r.asks)}%)` : "");
  out.push(`summit-bot report — since ${day(r.since)} (${sinceText})`);
  out.push(
    `${r.asks} questions: ${r.byOutcome.answer} answered${pct(r.byOutcome.answer)}, ${r.byOutcome.related} related only${pct(r.byOutcome.related)}, ${r.byOutcome.refusal} refused${pct(r.byOutcome.refusal)}`,
  );
  out.push(`feedback: ${r.ratings.up} 👍, ${r.ratings.down} 👎, ${r.ratings.wrongCitation} wrong citation`);
  const section = (title: string, lines: string[]) => {
    out.push("", title);
    out.push(...(lines.length ? lines : ["  (none)"]));
  };
  section(
    "Most asked",
    r.mostAsked.map((q) => `  ${String(q.count).padStart(4)}  ${oneLine(q.question)}`),
  );
  section(
    "Refused — what the articles are missing",
    r.refused.map((q) => `  ${String(q.count).padStart(4)}  ${oneLine(q.question)}  (last ${day(q.last)})`),
  );
  section(
    "Marked wrong (👎 / wrong citation) — with what the answer cited",
    r.disliked.map(
      (d) =>
        `  ${String(d.down).padStart(2)} 👎 ${String(d.wrongCitation).padStart(2)} ✗  ${oneLine(d.question, 60)}  [${d.outcome}] ${d.answerIds.join(", ") || "—"}`,
    ),
  );
  section(
    "Most cited passages",
    r.mostCited.map((c) => `  ${String(c.count).padStart(4)}  ${c.id}`),
  );
  return out.join("\n") + "\n";
}

export const report: CliCommand = {
  name: "report",
  summary:
    "For the people running the bot: most asked, refused questions, answers marked wrong with their citations, most cited passages; --forget deletes one user's rows",
  options: {
    since: {
      type: "string",
      value: "DURATION",
      default: "30d",
      description: "only what was asked within this long: 30m, 12h, 7d, 2w",
    },
    limit: { type: "string", value: "N", default: "10", description: "rows per section (1–1000)" },
    forget: {
      type: "string",
      value: "USER_ID",
      description: "delete every question and rating of this Discord user (their salted hash), then exit",
    },
  },
  examples: [
    "npx summit-bot report",
    "npx summit-bot report --since 7d",
    "npx summit-bot report --forget 123456789012345678",
  ],
  notes: [
    "Reads the feedback database at FEEDBACK_DB_PATH (default var/feedback.sqlite) that the bot writes; FEEDBACK_SALT must match the bot's for --forget to find a user.",
  ],
  async run({ flags }, config, io) {
    // Loaded here so other commands never load the native SQLite module.
    const [{ FeedbackStore }, { buildReport, parseDuration }] = await Promise.all([
      import("../../feedback/store.js"),
      import("../../feedback/report.js"),
    ]);
    const sinceText = stringFlag(flags, "since") ?? "30d";
    const sinceMs = parseDuration(sinceText);
    if (sinceMs === undefined)
      throw new SummitError(
        "USAGE",
        `--since: expected a duration such as 7d, 12h, 2w or 30m, received ${describeValue(sinceText)}`,
      );
    const limit = intFlag(flags, "limit", 10, 1, 1000);
    const forget = stringFlag(flags, "forget");
    if (forget !== undefined && !/^\d{15,25}$/.test(forget))
      throw new SummitError(
        "USAGE",
        `--forget: expected a Discord user id (15–25 digits), received ${describeValue(forget)}`,
      );
    let failure: unknown;
    // The bot's file as it is: reading opens it read-only, and neither creates a missing file nor
    // writes a salt of its own (a wrong salt would make --forget delete nothing, silently).
    const store = FeedbackStore.open({
      path: config.feedback.dbPath,
      retentionDays: config.feedback.retentionDays,
      existing: forget === undefined ? "readonly" : "write",
      ...(config.feedback.salt ? { salt: config.feedback.salt } : {}),
      onError: (err) => (failure ??= err),
      onBusy: (err) => (failure ??= err),
    });
    try {
      if (!store.enabled) {
        if (failure instanceof SummitError) throw failure;
        throw new SummitError(
          "FEEDBACK_DB",
          `cannot read the feedback database ${config.feedback.dbPath}: ${(failure as Error)?.message ?? "unknown error"}`,
        );
      }
      if (forget !== undefined) {
        const removed = store.forget(forget);
        if (failure)
          throw new SummitError(
            "FEEDBACK_DB",
            `--forget: the database ${config.feedback.dbPath} failed: ${(failure as Error).message}`,
          );
        io.stdout.write(
          `forgot user ${forget}: ${removed.asks} question(s) and ${removed.feedback} rating(s) deleted\n`,
        );
        return 0;
      }
      const r = buildReport(store, Date.now() - sinceMs, limit);
      if (!r)
        throw new SummitError(
          "FEEDBACK_DB",
          `the database ${config.feedback.dbPath} failed: ${(failure as Error)?.message ?? "unknown error"}`,
        );
      io.stdout.write(formatReport(r, sinceText));
      return 0;
    } finally {
      store.close();
    }
  },
};
