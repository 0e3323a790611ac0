/**
 * A long conversation through the fake Discord: a reply chain of thirty questions keeps being
 * answered, the engine is handed no more of it than it searches with (engine/history.ts), and a
 * follow-up still borrows its subject from the question before it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_HISTORY_TURN_CHARS, MAX_HISTORY_TURNS } from "../../src/engine/history.js";
import type { Engine } from "../../src/engine/types.js";
import type { AskOptions } from "../../src/search/types.js";
import { user } from "../helpers/fake-discord.js";
import { fixtureEngine } from "../helpers/fixture-engine.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let asked: Array<{ question: string; history: readonly string[] }>;
beforeAll(async () => {
  const engine = await fixtureEngine();
  asked = [];
  // What the bot hands the engine, seen at the engine's door.
  const recording: Engine = {
    ...engine,
    ask: (question: string, options?: AskOptions) => {
      asked.push({ question, history: options?.history ?? [] });
      return engine.ask(question, options);
    },
  };
  h = await startHarness(recording);
});
afterAll(async () => {
  await h?.stop();
});

const mention = () => `<@${h.fake.botUser.id}>`;

describe("a thirty-question reply chain", () => {
  it("answers every question, hands the engine at most the last four turns, and still resolves 「それはいつですか？」", async () => {
    const asker = user("chatty");
    const long = `中国と中央アジアの貿易額について、${"詳しく教えてください。".repeat(150)}`;
    // Twenty-six questions hopping between topics, the last three leading to the second summit.
    const topics = [
      "永久善隣友好協力条約とは何か",
      long,
      "天然ガスパイプラインのD線",
      "中国は中央アジアにいくら融資すると表明した？",
      "誰が議長を務めた？",
    ];
    const questions = [
      "第1回首脳会議はどこで開幕した？",
      ...Array.from({ length: 26 }, (_, i) => topics[i % topics.length]!),
      "第2回首脳会議はどこで開かれた？",
      "それはいつですか？",
      "どこで開かれた？",
    ];
    expect(long.length).toBeGreaterThan(MAX_HISTORY_TURN_CHARS);

    const first = h.fake.post(`${mention()} ${questions[0]}`, asker);
    const answers = [(await h.fake.messageReply(first.id)).response];
    expect(answers[0].embeds[0].footer.text).toContain("xian-summit-2023#1");
    for (const q of questions.slice(1)) {
      const followUp = h.fake.post(q, asker, { replyTo: answers.at(-1) });
      const reply = await h.fake.messageReply(followUp.id);
      expect(reply.body.message_reference.message_id).toBe(followUp.id);
      answers.push(reply.response);
    }
    expect(answers).toHaveLength(30);

    expect(asked).toHaveLength(30);
    for (const { history } of asked) {
      expect(history.length).toBeLessThanOrEqual(MAX_HISTORY_TURNS);
      for (const turn of history) expect(turn.length).toBeLessThanOrEqual(MAX_HISTORY_TURN_CHARS);
    }
    // The long question is kept as its opening.
    expect(
      asked.some(({ history }) =>
        history.some((t) => t.startsWith("中国と中央アジアの貿易額について") && t.length === MAX_HISTORY_TURN_CHARS),
      ),
    ).toBe(true);
    // The latest turns, oldest first.
    const dateQuestion = asked[28]!;
    expect(dateQuestion.question).toBe("それはいつですか？");
    expect(dateQuestion.history).toEqual(questions.slice(24, 28).map((q) => q.slice(0, MAX_HISTORY_TURN_CHARS)));
    expect(asked[29]!.history).toEqual(questions.slice(25, 29).map((q) => q.slice(0, MAX_HISTORY_TURN_CHARS)));
    const date = answers[28];
    expect(date.content).toMatch(/これまでの質問を踏まえて/);
    expect(date.embeds[0].footer.text).toContain("astana-summit-2025#1");
    expect(date.embeds[0].description).toContain("6月17日");
  });
});
