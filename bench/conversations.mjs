// Follow-ups in conversations: three-turn conversations over the bundled articles, composed from
// the parts in bench/data/conversations.json by fixed patterns (every subject in every pattern,
// the off-topic and absent-content questions taken in turn), asked of one or more builds with the
// first two turns as history. Prints, per pattern and build, how many third turns were answered
// correctly (confidence "answer" and a passage that answers among the first three quotes; the
// first quote in brackets) or refused correctly (anything but "answer").
//
//   node bench/conversations.mjs [--index DIR] [--list] [ROOT…]
//   (default root: this checkout; run `npm run build` in each root first)
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = resolve(fileURLToPath(new URL("..", import.meta.url)));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { index: { type: "string", default: join(here, "embeddings") }, list: { type: "boolean", default: false } },
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

const cases = conversations();
const builds = [];
for (const root of roots) {
  const { loadConfig } = await import(join(root, "dist/config.js"));
  const { openEngine } = await import(join(root, "dist/engine/open.js"));
  builds.push({
    root,
    engine: await openEngine(loadConfig({ SUMMIT_INDEX_DIR: indexDir }), { indexDir, skipFreshness: true }),
  });
}

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
