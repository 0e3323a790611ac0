/**
 * The dashboard of a bot nobody has asked yet (found in a trial run): the most cited passages say
 * so in a sentence instead of drawing an empty chart over an empty table.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FeedbackStore } from "../../src/feedback/store.js";
import type { RunningSite } from "../../src/web/server.js";
import { get, startSite } from "./site.js";

const TOKEN = "a-dashboard-token-of-some-length";
const dir = mkdtempSync(join(tmpdir(), "summit-web-empty-"));
let store: FeedbackStore;
let site: RunningSite;

beforeAll(async () => {
  store = FeedbackStore.open({ path: join(dir, "feedback.sqlite"), retentionDays: 365 });
  site = await startSite({ feedback: store, dashboardToken: TOKEN });
});
afterAll(async () => {
  await site.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

it("says nothing was cited, with no chart or table for the most cited passages", async () => {
  const res = await get(site, "/dashboard", { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  const section = /<section id="most-cited">([\s\S]*?)<\/section>/.exec(res.body)![1]!;
  expect(section).toContain("Nothing cited in this period.");
  expect(section).not.toContain("<canvas");
  expect(section).not.toContain("<table");
  // The chart of questions per day stays: its days are there, each at zero.
  expect(res.body).toContain('id="chart-days"');
});
