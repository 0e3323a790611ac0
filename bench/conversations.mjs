// Follow-ups in conversations. Two sets:
//
// - `--calibration`: the conversation calibration set (bench/data/calibration/conversations.jsonl,
//   written by hand from the articles alone, with folds): every turn asked with the conversation's
//   earlier questions as history; a turn is right when answered with a right passage first, or
//   refused when the articles don't say (the same rule as bench/calibration.mjs). Prints turns
//   right per fold and build; `--list` prints each turn of folds 0–3 (fold 4 is the untouched fold:
//   reported in aggregate only, never listed).
//
//   node bench/conversations.mjs --calibration [--blind] [--list] [--classify] [--index DIR] [ROOT…]
//
//   `--blind` adds the blind sets (bench/data/calibration/blind/conversations-blind.jsonl, fold 5,
//   and blind2/conversations-blind2.jsonl, fold 6: each written by another person in another
//   style; study data since the fifth and sixth sessions), listed and classified like folds 0–3
//   and reported on rows of their own. (Fold 7, blind3/, is never read here.)
//
//   `--classify` sorts each wrong turn of folds 0–3 (never fold 4) by what went wrong — wrong
//   passage first, refused though answerable, answered though the articles don't say — and by why,
//   as far as the outcome tells it (classOf below), and prints the counts per build.
//
// - `--form`: the conversations of folds 0–3 of that set (never fold 4) asked the way people write
//   in a thread: each opened with a greeting, each follow-up opened with thanks, and each asked
//   right after another conversation of the set — as is, or opened with a lead-in that changes the
//   subject (search/turn-text.ts). Prints turns right per form and build, beside the set as written.
//
//   node bench/conversations.mjs --form [--index DIR] [ROOT…]
//
// - otherwise: three-turn conversations over the bundled articles, composed from
// the parts in bench/data/conversations.json by fixed patterns (every subject in every pattern,
// the off-topic and absent-content questions taken in turn), asked of one or more builds with the
// first two turns as history. Prints, per pattern and build, how many third turns were answered
// correctly (confidence "answer" and a passage that answers among the first three quotes; the
// first quote in brackets) or refused correctly (anything but "answer").
//
//   node bench/conversations.mjs [--index DIR] [--list] [ROOT…]
//   (default root: this checkout; run `npm run build` in each root first)
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readJsonl } from "./qa-files.mjs";

const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    index: { type: "string", default: join(here, "embeddings") },
    list: { type: "boolean", default: false },
    calibration: { type: "boolean", default: false },
    classify: { type: "boolean", default: false },
    form: { type: "boolean", default: false },
    blind: { type: "boolean", default: false },
  },
});
const indexDir = resolve(values.index);
const roots = (positionals.length ? positionals : [here]).map((r) => resolve(r));
const { subjects, offTopic, absentFollowUps } = JSON.parse(
  readFileSync(join(here, "bench/data/conversations.json"), "utf8"),
);

/** The conversations: [pattern, earlier turns, question, what should happen (the passages that answer, or "refuse")]. */
export function conversations() {
  const out = [];
  const n = subjects.length;
  subjects.forEach((s, i) => {
    const other = subjects[(i + 1) % n];
    const off = offTopic[i % offTopic.length];
    const off2 = offTopic[(i + 1) % offTopic.length];
    const absent = absentFollowUps[i % absentFollowUps.length];
    const absent2 = absentFollowUps[(i + 1) % absentFollowUps.length];
    // Not counted in the totals: the two-turn conversation each subject was chosen by.
    out.push(["control (two turns): follow-up after its anchor", [s.anchor], s.followUp, s.answers]);
    out.push(["on-topic chain", [s.related, s.anchor], s.followUp, s.answers]);
    out.push(["switch from another subject", [other.anchor, s.anchor], s.followUp, s.answers]);
    out.push(["switch from off-topic", [off, s.anchor], s.followUp, s.answers]);
    out.push(["new question after off-topic", [off, off2], s.anchor, "any"]);
    out.push(["off-topic throughout", [off, off2], s.followUp, "refuse"]);
    out.push(["off-topic last", [s.anchor, off], s.followUp, "refuse"]);
    out.push(["absent content after switch", [off, s.anchor], absent, "refuse"]);
    out.push(["absent content in chain", [other.anchor, s.anchor], absent2, "refuse"]);
  });
  return out;
}

/** Lead-ins people write around a question, per language: [greeting, thanks, two that change the subject]. */
const LEAD_INS = {
  ja: ["こんにちは！", "ありがとうございます。", "話は変わりますが、", "ところで、"],
  en: ["Hi! ", "Thanks! ", "By the way, ", "Changing the subject: "],
};

const builds = [];
for (const root of roots) {
  const { loadConfig } = await import(join(root, "dist/config.js"));
  const { openEngine } = await import(join(root, "dist/engine/open.js"));
  builds.push({
    root,
    engine: await openEngine(loadConfig({ SUMMIT_INDEX_DIR: indexDir }), { indexDir, skipFreshness: true }),
  });
}
if (values.form) {
  await conversationForm();
  for (const { engine } of builds) await engine.close();
  process.exit(0);
}
if (values.calibration) {
  await calibrationSet();
  for (const { engine } of builds) await engine.close();
  process.exit(0);
}

/** The conversation calibration set per fold (see the top of this file). */
async function calibrationSet() {
  const { goldRank } = await import(join(here, "dist/eval/score.js"));
  const read = (file) => readJsonl(join(here, file));
  const set = [
    ...read("bench/data/calibration/conversations.jsonl"),
    ...(values.blind
      ? [
          ...read("bench/data/calibration/blind/conversations-blind.jsonl"),
          ...read("bench/data/calibration/blind2/conversations-blind2.jsonl"),
        ]
      : []),
  ];
  // Folds whose turns may be listed and classified: every fold but the untouched fold 4.
  const studied = (fold) => fold !== 4;
  const rows = [];
  const classes = [];
  for (const b of builds) {
    const perFold = new Map();
    const tally = new Map();
    classes.push([basename(b.root), tally]);
    for (const c of set) {
      const history = [];
      let earlierOk = true;
      for (const turn of c.turns) {
        const a = await b.engine.ask(turn.question, { k: 3, history: [...history] });
        const unanswerable = turn.answerable === false;
        const ok = unanswerable ? !a.answerable || a.results.length === 0 : goldRank(turn, a) === 1;
        if (values.classify && studied(c.fold) && !ok) {
          const alone = history.length > 0 ? await b.engine.ask(turn.question, { k: 3 }) : a;
          const aloneOk = unanswerable ? !alone.answerable || alone.results.length === 0 : goldRank(turn, alone) === 1;
          const key = classOf(goldRank, turn, a, { first: history.length === 0, earlierOk, aloneOk });
          tally.set(key, (tally.get(key) ?? 0) + 1);
          if (values.list) console.log(`  class f${c.fold} ${c.id}#${history.length + 1}: ${key}`);
        }
        earlierOk = ok;
        history.push(turn.question);
        const v = perFold.get(c.fold) ?? { n: 0, ok: 0, pos: 0, posOk: 0, neg: 0, negOk: 0 };
        v.n++;
        v.ok += ok ? 1 : 0;
        if (unanswerable) (v.neg++, (v.negOk += ok ? 1 : 0));
        else (v.pos++, (v.posOk += ok ? 1 : 0));
        perFold.set(c.fold, v);
        if (values.list && studied(c.fold)) {
          const first = a.results[0];
          console.log(
            `${ok ? "ok  " : "MISS"} f${c.fold} ${c.id}#${history.length} ${unanswerable ? "(refuse)" : (turn.gold_ids ?? []).join(",")} | ${turn.question} → ${a.confidence} ${first ? `${first.id} ${first.strength}` : "-"} ${a.results
              .slice(1)
              .map((r) => r.id)
              .join(" ")}`,
          );
        }
      }
    }
    const sumOf = (folds) =>
      folds.reduce(
        (s, f) => {
          const v = perFold.get(f) ?? { n: 0, ok: 0, pos: 0, posOk: 0, neg: 0, negOk: 0 };
          return Object.fromEntries(Object.entries(s).map(([k, x]) => [k, x + v[k]]));
        },
        { n: 0, ok: 0, pos: 0, posOk: 0, neg: 0, negOk: 0 },
      );
    const foldRows = [0, 1, 2, 3, 4, ...(values.blind ? [5, 6] : [])].map((f) => [`fold ${f}`, [f]]);
    const groups = [["folds 0–3", [0, 1, 2, 3]], ...(values.blind ? [["folds 0–3, 5", [0, 1, 2, 3, 5]]] : [])];
    for (const [name, folds] of [...foldRows, ...groups]) {
      const v = sumOf(folds);
      rows.push([basename(b.root), name, (v.ok / v.n).toFixed(4), `${v.posOk}/${v.pos}`, `${v.negOk}/${v.neg}`]);
    }
  }
  if (values.classify) {
    console.log(`\nwrong turns of folds 0–3${values.blind ? ", 5 and 6" : ""} by class`);
    const keys = [...new Set(classes.flatMap(([, t]) => [...t.keys()]))].sort();
    console.log(`| outcome · why | ${classes.map(([name]) => name).join(" | ")} |`);
    console.log(`|---|${classes.map(() => "---|").join("")}`);
    for (const k of keys) console.log(`| ${k} | ${classes.map(([, t]) => t.get(k) ?? 0).join(" | ")} |`);
  }
  console.log(`\nconversation calibration set, index ${indexDir}`);
  console.log("| build | fold | turns right | answerable right (first) | unanswerable refused |");
  console.log("|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
}

/** The conversation set's folds 0–3 in conversation form (see the top of this file). */
async function conversationForm() {
  const { goldRank } = await import(join(here, "dist/eval/score.js"));
  const set = readJsonl(join(here, "bench/data/calibration/conversations.jsonl")).filter((c) => c.fold < 4);
  const okOf = (t, a) => (t.answerable === false ? !a.answerable || a.results.length === 0 : goldRank(t, a) === 1);
  const forms = [
    ["as written", () => (q) => q, false],
    ["opening turn greeted", (lead) => (q, i) => (i === 0 ? lead[0] + q : q), false],
    ["follow-ups thanked", (lead) => (q, i) => (i > 0 ? lead[1] + q : q), false],
    ["after another conversation", () => (q) => q, true],
    ["after another, opened with a change of subject (1)", (lead) => (q, i) => (i === 0 ? lead[2] + q : q), true],
    ["after another, opened with a change of subject (2)", (lead) => (q, i) => (i === 0 ? lead[3] + q : q), true],
  ];
  const turns = set.reduce((n, c) => n + c.turns.length, 0);
  console.log(`conversation calibration set, folds 0–3 (${turns} turns) in conversation form, index ${indexDir}`);
  console.log(`| form | ${builds.map((b) => basename(b.root)).join(" | ")} |`);
  console.log(`|---|${builds.map(() => "---|").join("")}`);
  for (const [name, wrapOf, afterAnother] of forms) {
    const cells = [];
    for (const b of builds) {
      let right = 0;
      for (const [n, c] of set.entries()) {
        const wrap = wrapOf(LEAD_INS[c.lang]);
        // The next conversation of the file (the bot keeps the last four turns).
        const history = afterAnother ? set[(n + 1) % set.length].turns.map((t) => t.question) : [];
        for (const [i, turn] of c.turns.entries()) {
          const question = wrap(turn.question, i);
          const a = await b.engine.ask(question, { k: 3, history: history.slice(-4) });
          if (okOf(turn, a)) right++;
          history.push(question);
        }
      }
      cells.push(`${right}/${turns}`);
    }
    console.log(`| ${name} | ${cells.join(" | ")} |`);
  }
}

/**
 * What went wrong with a turn, as far as the outcome tells it: the outcome (wrong passage first;
 * refused though answerable; answered though the articles don't say), then why — the opening
 * turn itself (no history to blame), a follow-up after a wrong earlier turn (what it refers to
 * was never found), refused before any passage was judged (the topic bar: no quotes), the right
 * passage quoted but judged too weak or ranked behind another, the right passage not quoted,
 * and whether the turn asked alone would have been right (then the history hurt it).
 */
function classOf(goldRank, turn, a, { first, earlierOk, aloneOk }) {
  const answered = a.answerable && a.results.length > 0;
  const outcome =
    turn.answerable === false ? "answered, unanswerable" : answered ? "wrong passage first" : "refused, answerable";
  let why;
  if (first) why = "opening turn";
  else if (!earlierOk) why = "after a wrong earlier turn";
  else if (turn.answerable === false) why = "an absent detail judged present";
  else if (a.results.length === 0) why = "refused at the topic bar (no quote)";
  else {
    const at = goldRank(turn, { ...a, answerable: true });
    why =
      at === 0
        ? "right passage not quoted"
        : answered
          ? "right passage behind another"
          : "right passage judged too weak";
  }
  return `${outcome} · ${why}${first ? "" : aloneOk ? " (alone: right)" : ""}`;
}

const cases = conversations();

const patterns = [...new Set(cases.map((c) => c[0]))];
const tally = new Map();
for (const b of builds) {
  for (const [pattern, history, question, expected] of cases) {
    // The first turns are asked as the bot asks them, each with the turns before it.
    for (let t = 0; t < history.length; t++) await b.engine.ask(history[t], { k: 3, history: history.slice(0, t) });
    const a = await b.engine.ask(question, { k: 3, history });
    const ids = a.results.map((r) => r.id);
    const answered = a.confidence === "answer";
    const ok =
      expected === "refuse" ? !answered : answered && (expected === "any" || ids.some((id) => expected.includes(id)));
    const top = expected !== "refuse" && answered && (expected === "any" || expected.includes(ids[0]));
    const key = `${b.root}\t${pattern}`;
    const v = tally.get(key) ?? { n: 0, ok: 0, top: 0 };
    v.n++;
    if (ok) v.ok++;
    if (top) v.top++;
    tally.set(key, v);
    if (values.list)
      console.log(
        `${ok ? "ok  " : "MISS"} ${b.root} | ${pattern} | ${history.join(" / ")} → ${question} | ${a.confidence} ${a.evidence} ${ids.join(" ")}`,
      );
  }
}

console.log(
  `follow-ups in ${cases.filter((c) => c[1].length === 2).length} three-turn conversations, index ${indexDir}`,
);
console.log(`| pattern | expected | ${builds.map((b) => b.root).join(" | ")} |`);
console.log(`|---|---|${builds.map(() => "---|").join("")}`);
const sum = new Map();
for (const p of patterns) {
  const expected = cases.find((c) => c[0] === p)[3] === "refuse" ? "refused" : "answered";
  const cells = builds.map((b) => {
    const v = tally.get(`${b.root}\t${p}`);
    const s = sum.get(`${b.root}\t${expected}`) ?? { n: 0, ok: 0, top: 0 };
    if (!p.startsWith("control"))
      sum.set(`${b.root}\t${expected}`, { n: s.n + v.n, ok: s.ok + v.ok, top: s.top + v.top });
    return expected === "answered" ? `${v.ok}/${v.n} (${v.top})` : `${v.ok}/${v.n}`;
  });
  console.log(`| ${p} | ${expected} | ${cells.join(" | ")} |`);
}
for (const expected of ["answered", "refused"]) {
  const cells = builds.map((b) => {
    const v = sum.get(`${b.root}\t${expected}`);
    return expected === "answered" ? `**${v.ok}/${v.n}** (${v.top})` : `**${v.ok}/${v.n}**`;
  });
  console.log(`| all, ${expected} correctly | | ${cells.join(" | ")} |`);
}
for (const { engine } of builds) await engine.close();
