/**
 * A question in the other language than the conversation's, naming its own subject, starts the
 * conversation over (search/retriever.ts, turn-text.ts): in a DM, "Where will the third summit be
 * held?" after a Japanese conversation is no follow-up, and its card says nothing of earlier
 * questions; a Japanese question after it that refers back follows it. The conversation is the
 * one a user trial walked through by hand (a greeted opening, a mention in a follow-up, thanks and
 * a change of subject before an absent detail). The real engine through the fake Discord, over the
 * Japanese fixture corpus and over an archive of English and Japanese articles.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { LABELS } from "../../src/discord/locale.js";
import { openEngine } from "../../src/engine/open.js";
import { user } from "../helpers/fake-discord.js";
import { fixtureEngine } from "../helpers/fixture-engine.js";
import { buildFixtureIndex, tempDirs, testConfig } from "../helpers/fixtures.js";
import { startHarness, type Harness } from "./harness.js";

const LANGUAGES = fileURLToPath(new URL("../fixtures/languages/", import.meta.url));
const tmp = tempDirs();
const harnesses: Harness[] = [];
afterAll(async () => {
  for (const h of harnesses) await h.stop();
});

/** An archive of the English and the Japanese summit fixture articles. */
async function mixedEngine() {
  const root = tmp("summit-language-switch-");
  for (const lang of ["en", "ja"]) cpSync(join(LANGUAGES, lang), join(root, "corpus"), { recursive: true });
  await buildFixtureIndex(join(root, "corpus"), join(root, "index"));
  return openEngine(testConfig(), { indexDir: join(root, "index"), skipFreshness: true });
}

const followUpNotes = [LABELS.en.followUp, LABELS.ja.followUp];

describe.each([
  ["the Japanese fixture corpus", fixtureEngine, "第1回首脳会議はどこで開幕した？"],
  ["an archive in both languages", mixedEngine, "第1回首脳会議はどこで開かれた？"],
])("a DM that switches language, over %s", (_name, engineOf, opening) => {
  it("answers the English question after a Japanese conversation as a fresh one, and a Japanese follow-up after it follows it", async () => {
    const h = await startHarness(await engineOf());
    harnesses.push(h);
    const dmUser = user("switcher");
    const say = async (text: string) => (await h.fake.messageReply(h.fake.dm(text, dmUser).id)).body;
    await say(`こんにちは！${opening}`);
    expect((await say(`<@${h.fake.botUser.id}> それはいつ？`)).content).toContain(LABELS.ja.followUp);
    await say("ありがとう！ところで、習近平国家主席の好きな食べ物は？");
    const switched = await say("Where will the third summit be held?");
    expect(switched.content).toContain("Where will the third summit be held?");
    for (const note of followUpNotes) expect(switched.content).not.toContain(note);
    // The turn after the switch follows it (it refers back): labelled as a follow-up again.
    expect((await say("それはいつですか？")).content).toContain(LABELS.ja.followUp);
  });
});
