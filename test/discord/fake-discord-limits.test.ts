/**
 * The fake Discord refuses what Discord would (issue #24): a payload over one of Discord's limits
 * gets 400 "Invalid Form Body" naming the field, so a card the bot wrongly believes fine fails a
 * test instead of passing silently. Requests go straight to the fake's REST API, as a client would.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeDiscord } from "../helpers/fake-discord.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${fake.apiBase}/v10${path}`, {
    method: "POST",
    headers: { authorization: `Bot ${fake.token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}
const send = (body: unknown) => post(`/channels/${fake.channelId}/messages`, body);
const embed = (description: string, extra: Record<string, unknown> = {}) => ({ description, ...extra });
const button = (id: string) => ({ type: 2, style: 1, label: "b", custom_id: id });
const row = (n: number, prefix: string) => ({
  type: 1,
  components: Array.from({ length: n }, (_, i) => button(`${prefix}${i}`)),
});

describe("the fake Discord's limits", () => {
  it("takes a message at the limits", async () => {
    const r = await send({
      content: "x".repeat(2000),
      embeds: [embed("d".repeat(4096), { title: "t".repeat(256), footer: { text: "f".repeat(1000) } })],
      components: Array.from({ length: 5 }, (_, i) => row(5, `r${i}-`)),
    });
    expect(r.status).toBe(200);
  });

  it.each([
    ["content over 2,000 characters", { content: "x".repeat(2001) }, /^content: must be 2000 or fewer/],
    ["content counted in code points", { content: "😀".repeat(2001) }, /^content:/],
    ["more than 10 embeds", { embeds: Array.from({ length: 11 }, () => embed("a")) }, /^embeds: must be 10 or fewer/],
    ["a description over 4,096", { embeds: [embed("d".repeat(4097))] }, /^embeds\.0\.description:/],
    [
      "embeds over 6,000 together",
      { embeds: [embed("d".repeat(3500)), embed("d".repeat(2600))] },
      /embed size exceeds maximum size of 6000/,
    ],
    [
      "a field value over 1,024",
      { embeds: [embed("a", { fields: [{ name: "n", value: "v".repeat(1025) }] })] },
      /^embeds\.0\.fields\.0\.value:/,
    ],
    [
      "more than 25 fields",
      { embeds: [embed("a", { fields: Array.from({ length: 26 }, () => ({ name: "n", value: "v" })) })] },
      /^embeds\.0\.fields: must be 25 or fewer/,
    ],
    [
      "a footer over 2,048",
      { embeds: [embed("a", { footer: { text: "f".repeat(2049) } })] },
      /^embeds\.0\.footer\.text:/,
    ],
    [
      "more than 5 action rows",
      { content: "c", components: Array.from({ length: 6 }, (_, i) => row(1, `r${i}-`)) },
      /^components: must be 5 or fewer/,
    ],
    [
      "more than 5 buttons in a row",
      { content: "c", components: [row(6, "b")] },
      /^components\.0\.components: must be between 1 and 5/,
    ],
    [
      "a custom_id over 100",
      { content: "c", components: [{ type: 1, components: [button("i".repeat(101))] }] },
      /custom_id: must be between 1 and 100/,
    ],
    [
      "a custom_id used twice",
      { content: "c", components: [{ type: 1, components: [button("same"), button("same")] }] },
      /cannot be duplicated/,
    ],
    [
      "a label over 80",
      { content: "c", components: [{ type: 1, components: [{ ...button("l"), label: "l".repeat(81) }] }] },
      /label: must be 80 or fewer/,
    ],
  ])("refuses %s with 400 Invalid Form Body naming the field", async (_what, body, problem) => {
    const r = await send(body);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ message: "Invalid Form Body", code: 50035 });
    expect(r.body.errors.some((e: string) => problem.test(e))).toBe(true);
  });

  it("refuses an empty message as Discord does (50006)", async () => {
    const r = await send({ content: "" });
    expect(r).toEqual({ status: 400, body: { message: "Cannot send an empty message", code: 50006 } });
  });

  it("refuses a thread name over 100 characters", async () => {
    const msg = await send({ content: "starter" });
    const r = await post(`/channels/${fake.channelId}/messages/${msg.body.id}/threads`, { name: "n".repeat(101) });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual(["name: must be between 1 and 100 in length (101)"]);
  });
});
