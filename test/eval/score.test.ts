import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { goldRank, parseQa, percentile, score, type QaItem, type ScoredAnswer } from "../../src/eval/score.js";
import { tempDirs } from "../helpers/fixtures.js";

const tmp = tempDirs();
const OFFICIAL_SCORER = fileURLToPath(new URL("../fixtures/official-score.mjs", import.meta.url));

const res = (...ids: string[]) => ids.map((id) => ({ id, text: `text of ${id}` }));
const answered = (results: ScoredAnswer["results"]): ScoredAnswer => ({ answerable: true, results });

/** A hand-made run covering each rule of the official definitions. */
const items: QaItem[] = [
  { id: "q1", question: "一", lang: "ja", gold_ids: ["a#2"] },
  { id: "q2", question: "二", lang: "ja", gold_text: ["８９４億 ドル"] },
  { id: "q3", question: "三", lang: "ja", gold_ids: ["b#1"] },
  { id: "q4", question: "四", lang: "ja", answerable: false },
  { id: "q5", question: "five", lang: "en", answerable: false },
  { id: "q6", question: "six", lang: "en", answerable: false },
  { id: "q7", question: "seven", lang: "en", gold_ids: ["c#1"] },
  { id: "q8", question: "八", lang: "ja", gold_text: ["西安"] },
  { id: "q9", question: "nine", gold_ids: ["d#1"] },
  { id: "q10", question: "ten", lang: "xx", answerable: false },
];
const answers: ScoredAnswer[] = [
  answered(res("a#1", "a#2", "a#3")), // gold at rank 2
  answered([{ id: "t#1", text: "貿易額は前年比27%増の894億\nドルとなった。" }]), // gold text, NFKC and white space ignored: rank 1
  { answerable: false, results: res("b#1") }, // refused although answerable: a miss at every k
  { answerable: false, results: [] }, // unanswerable, refused: correct
  answered(res("x#1")), // unanswerable, answered with results: wrong
  answered([]), // unanswerable, no results: correct
  answered(res(...Array.from({ length: 10 }, (_, i) => `z#${i + 1}`), "c#1")), // gold at rank 11: a miss
  answered([...res("p#1", "p#2", "p#3"), { id: "p#4", text: "西安で開幕した" }]), // gold text at rank 4
  answered(res("d#1")), // no lang: grouped under "?"
  { answerable: false, results: [] }, // a group with no answerable question
];

describe("score (the official scorer's definitions)", () => {
  it("computes recall@k, MRR@10, wrongly refused and refusal accuracy per language and overall", () => {
    const s = score(items, answers);
    expect(s.all).toEqual({
      questions: 6,
      "recall@1": 0.3333,
      "recall@3": 0.5,
      "recall@5": 0.6667,
      "recall@10": 0.6667,
      "mrr@10": Number((2.75 / 6).toFixed(4)),
      wrongly_refused: 1,
      unanswerable: 4,
      refusal_accuracy: 0.75,
    });
    expect(s.ja).toEqual({
      questions: 4,
      "recall@1": 0.25,
      "recall@3": 0.5,
      "recall@5": 0.75,
      "recall@10": 0.75,
      "mrr@10": 0.4375,
      wrongly_refused: 1,
      unanswerable: 1,
      refusal_accuracy: 1,
    });
    expect(s.en).toMatchObject({ questions: 1, "recall@10": 0, "mrr@10": 0, unanswerable: 2, refusal_accuracy: 0.5 });
    expect(s["?"]).toMatchObject({ questions: 1, "recall@1": 1, "mrr@10": 1, unanswerable: 0, refusal_accuracy: null });
  });

  // Regression: a group without answerable questions reported recall 0 where score.mjs reports null.
  it("regression: reports null rates, not 0, for a group with no answerable question", () => {
    expect(score(items, answers).xx).toEqual({
      questions: 0,
      "recall@1": null,
      "recall@3": null,
      "recall@5": null,
      "recall@10": null,
      "mrr@10": null,
      wrongly_refused: 0,
      unanswerable: 1,
      refusal_accuracy: 1,
    });
  });

  it("gives the same numbers as score.mjs on the same run", () => {
    const dir = tmp("summit-score-");
    const qaPath = join(dir, "qa.jsonl");
    const resultsPath = join(dir, "results.jsonl");
    writeFileSync(qaPath, items.map((q) => JSON.stringify(q)).join("\n") + "\n");
    writeFileSync(
      resultsPath,
      answers
        .map((a, i) =>
          JSON.stringify({
            question: items[i]!.question,
            answerable: a.answerable,
            results: a.results.map((r) => ({ ...r, score: 1 })),
          }),
        )
        .join("\n") + "\n",
    );
    const run = spawnSync(process.execPath, [OFFICIAL_SCORER, qaPath, resultsPath, "--json"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(score(items, answers)).toEqual(JSON.parse(run.stdout));
  });
});

describe("goldRank", () => {
  it("is the 1-based rank of the first gold result within the top 10, else 0", () => {
    expect(goldRank(items[0]!, answers[0]!)).toBe(2);
    expect(goldRank(items[1]!, answers[1]!)).toBe(1);
    expect(goldRank(items[6]!, answers[6]!)).toBe(0);
    expect(goldRank({ question: "q", gold_ids: ["a#1"] }, { answerable: false, results: res("a#1") })).toBe(0);
  });
});

describe("parseQa", () => {
  it("reads one JSON object per line, skipping blank lines", () => {
    expect(parseQa('{"question":"a","gold_ids":["x#1"]}\n\n{"question":"b","answerable":false}\r\n')).toEqual([
      { question: "a", gold_ids: ["x#1"] },
      { question: "b", answerable: false },
    ]);
  });

  it("names the file and line of a bad line", () => {
    expect(() => parseQa('{"question":"a"}\nnot json\n', "qa.jsonl")).toThrow(
      "qa.jsonl:2: expected a JSON object per line, received not json",
    );
    expect(() => parseQa('{"q":"a"}\n', "qa.jsonl")).toThrow('qa.jsonl:1: expected an object with a "question" string');
  });
});

describe("percentile", () => {
  it("is the nearest-rank percentile", () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 95)).toBe(0);
  });
});
