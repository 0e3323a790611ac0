/**
 * A follow-up that goes back to the subject before a digression (話を戻すと) in a DM: the
 * digression, opened with ところで, starts the conversation over and its card says nothing of
 * earlier questions; the turn that goes back is answered from the turn before the digression and
 * labelled as a follow-up (search/turn-text.ts, searchedTurn). The real engine over the bundled
 * articles, through the fake Discord.
 */
import { afterAll, describe, expect, it } from "vitest";
import { LABELS } from "../../src/discord/locale.js";
import { user } from "../helpers/fake-discord.js";
import { bundledEngine, tempDirs } from "../helpers/fixtures.js";
import { startHarness, type Harness } from "./harness.js";

const tmp = tempDirs();
const harnesses: Harness[] = [];
afterAll(async () => {
  for (const h of harnesses) await h.stop();
});

describe("a DM that goes back to the subject before a digression", () => {
  it("quotes the passage the turn before the digression was about, labelled as a follow-up", async () => {
    const h = await startHarness(await bundledEngine(tmp));
    harnesses.push(h);
    const dmUser = user("resumer");
    const say = async (text: string) => (await h.fake.messageReply(h.fake.dm(text, dmUser).id)).body;
    /** The card as the user sees it: its text and its quotes (embeds). */
    const shown = (body: Awaited<ReturnType<typeof say>>) => JSON.stringify(body);
    expect(shown(await say("2024年7月の会談で、カザフスタン空軍の航空機は何をしましたか？"))).toContain("赤と黄色");
    const aside = await say("ところで、東京でおすすめのラーメン店はどこ？");
    expect(aside.content).not.toContain(LABELS.ja.followUp);
    const back = await say("話を戻すと、その煙は何色でしたか？");
    expect(back.content).toContain(LABELS.ja.followUp);
    expect(shown(back)).toContain("赤と黄色");
  });
});
