/**
 * The archive site and the dashboard in a real browser (Debian's Chromium via playwright-core):
 * a permalink opens scrolled to its paragraph, highlighted; the dashboard draws non-empty charts;
 * no page logs an error (a CSP violation would); markup in a paragraph runs nothing; and a
 * source_link, served a local copy of the original article, decodes to text on that page and
 * scrolls Chromium to it (Japanese and English).
 *
 * With SUMMIT_SCREENSHOTS=<folder> the article page and the dashboard are saved there as PNG
 * (how docs/img/ is made).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedbackStore } from "../../src/feedback/store.js";
import { sourceLink } from "../../src/render/source-link.js";
import type { RunningSite } from "../../src/web/server.js";
import { fakeEngine } from "../discord/fake-engine.js";
import { decodeTextFragment } from "../helpers/text-fragment.js";
import { HAVE_CHROMIUM, launch, type Browser } from "./chromium.js";
import { ORIGINALS, startSite, WEB_CORPUS } from "./site.js";

const TOKEN = "browser-test-dashboard-token";
const SHOTS = process.env.SUMMIT_SCREENSHOTS;

/** Where an element is, and whether it is the topmost thing at its own centre (not under the sticky header). */
function placement(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const r = el.getBoundingClientRect();
    const atCentre = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
    return {
      top: r.top,
      bottom: r.bottom,
      innerHeight: window.innerHeight,
      scrollY: window.scrollY,
      visible: el === atCentre || el.contains(atCentre),
    };
  }, selector);
}

describe.skipIf(!HAVE_CHROMIUM)("in Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "summit-browser-"));
  let store: FeedbackStore;
  let site: RunningSite;
  let browser: Browser;
  let originals: Server;
  let originalsUrl: string;

  beforeAll(async () => {
    // Two weeks of questions, so the charts have something to draw.
    const now = Date.parse("2026-03-14T18:00:00Z");
    let clock = now;
    store = FeedbackStore.open({ path: join(dir, "feedback.sqlite"), retentionDays: 365, now: () => clock });
    const ids = [
      "astana-summit-ja#1",
      "astana-summit-ja#3",
      "astana-summit-en#1",
      "astana-summit-en#3",
      "astana-summit-ja#4",
    ];
    for (let day = 13; day >= 0; day--) {
      for (let i = 0; i < 3 + ((day * 7) % 5); i++) {
        clock = now - day * 86_400_000 - i * 60_000;
        const outcome = i % 5 === 4 ? "refusal" : i % 4 === 3 ? "related" : "answer";
        const askId = store.recordAsk({
          question:
            outcome === "refusal"
              ? `火星探査機の打ち上げは？ (${day})`
              : `アスタナ首脳会議で何が決まった？ (${day}-${i})`,
          outcome,
          answerIds: outcome === "refusal" ? [] : [ids[(day + i) % ids.length]!, ids[(day + 2 * i + 1) % ids.length]!],
          userId: `10000000000000000${i}`,
          surface: "slash",
        })!;
        if (day % 4 === 1 && i === 0) store.recordFeedback(askId, "200000000000000000", "down");
      }
    }
    clock = now;
    store.recordAsk({
      question: "<script>window.__pwned='question'</script><img src=x onerror=\"window.__pwned='img'\">",
      outcome: "refusal",
      answerIds: [],
      userId: "300000000000000000",
      surface: "mention",
    });
    site = await startSite({ engine: fakeEngine(WEB_CORPUS), feedback: store, dashboardToken: TOKEN, now: () => now });
    originals = createServer((req, res) => {
      const name = (req.url ?? "").replace(/^\//, "").replace(/[?#].*$/, "");
      // The browser asks the stand-in news site for its icon too; a 404 would log an error.
      if (name === "favicon.ico") return void res.writeHead(204).end();
      if (!/^[a-z-]+\.html$/.test(name)) return void res.writeHead(404).end();
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(readFileSync(join(ORIGINALS, name)));
    });
    await new Promise<void>((resolve) => originals.listen(0, "127.0.0.1", resolve));
    originalsUrl = `http://127.0.0.1:${(originals.address() as AddressInfo).port}`;
    browser = await launch();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    originals?.close();
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens a permalink scrolled to its paragraph, which is highlighted and not under the header", async () => {
    const page = await browser.open(`${site.url}/doc/astana-summit-ja#5`, { width: 720, height: 420 });
    await page.waitForFunction(() => window.scrollY > 0);
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe("5");
    const at = await placement(page, "#\\35 ");
    expect(at.scrollY).toBeGreaterThan(0);
    expect(at.top).toBeGreaterThanOrEqual(0);
    expect(at.bottom).toBeLessThanOrEqual(at.innerHeight);
    expect(at.visible).toBe(true);
    const colours = await page.evaluate(() => ({
      target: getComputedStyle(document.getElementById("5")!).backgroundColor,
      other: getComputedStyle(document.getElementById("4")!).backgroundColor,
    }));
    expect(colours.target).not.toBe(colours.other);
    expect(colours.target).not.toBe("rgba(0, 0, 0, 0)");
    await page.close();
  });

  it("on a phone-wide screen, opens a permalink with its paragraph clear of the header, and no page scrolls sideways", async () => {
    // Short enough that paragraph 2 can be scrolled to the top; there a sticky header three rows
    // tall covered its first lines.
    const phone = { width: 375, height: 400 };
    const page = await browser.open(`${site.url}/doc/astana-summit-ja#2`, phone);
    await page.waitForFunction(() => window.scrollY > 0);
    const at = await placement(page, "#\\32 ");
    const headerBottom = await page.evaluate(
      () => document.querySelector("header.site")!.getBoundingClientRect().bottom,
    );
    expect(at.top).toBeGreaterThanOrEqual(Math.max(0, headerBottom));
    expect(at.visible).toBe(true);
    await page.close();
    for (const path of ["/", "/doc/astana-summit-ja", `/dashboard?token=${TOKEN}&days=14`]) {
      const other = await browser.open(`${site.url}${path}`, phone);
      const sideways = await other.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, sideways }).toEqual({ path, sideways: 0 });
      await other.close();
    }
  });

  it("moves the highlight when another paragraph's link is followed", async () => {
    const page = await browser.open(`${site.url}/doc/astana-summit-en#1`, { width: 720, height: 420 });
    await page.click('a.pn[href="#3"]');
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe("3");
    expect(page.url()).toBe(`${site.url}/doc/astana-summit-en#3`);
    if (SHOTS) {
      const shot = await browser.open(`${site.url}/doc/astana-summit-ja#3`, { width: 1000, height: 640 });
      await shot.waitForFunction(
        () => window.scrollY > 0 || document.documentElement.scrollHeight <= window.innerHeight,
      );
      await shot.screenshot({ path: join(SHOTS, "article-page.png") });
      await shot.close();
    }
    await page.close();
  });

  it("draws the dashboard's charts with data, after the token is given once", async () => {
    const page = await browser.open(`${site.url}/dashboard?token=${TOKEN}&days=14`, { width: 1100, height: 900 });
    expect(page.url()).toBe(`${site.url}/dashboard?days=14`);
    await page.waitForFunction(() => document.querySelectorAll("canvas").length === 2);
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll("canvas")].map((canvas) => {
        const chart = (
          window as unknown as {
            Chart: { getChart(c: HTMLCanvasElement): { data: { datasets: Array<{ data: number[] }> } } | undefined };
          }
        ).Chart.getChart(canvas);
        const values = chart ? chart.data.datasets.flatMap((d) => d.data) : [];
        // Painted pixels: a chart that drew nothing leaves the canvas transparent.
        const ctx = canvas.getContext("2d")!;
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
        return {
          id: canvas.id,
          total: values.reduce((a, b) => a + b, 0),
          painted,
          width: canvas.width,
          height: canvas.height,
        };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual(["chart-days", "chart-cited"]);
    for (const c of charts) {
      expect(c.total).toBeGreaterThan(0);
      expect(c.width).toBeGreaterThan(0);
      expect(c.painted).toBeGreaterThan(1000);
    }
    // The same numbers as the table a reader without JavaScript sees.
    const tableTotal = await page.evaluate(() =>
      [...document.querySelectorAll("table.days tbody td.num")].reduce((n, td) => n + Number(td.textContent), 0),
    );
    expect(charts[0]!.total).toBe(tableTotal);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, "dashboard.png"), fullPage: false });
    await page.close();
  });

  it("runs nothing a paragraph, a title or a question carries as markup", async () => {
    const article = await browser.open(`${site.url}/doc/hostile-input`);
    expect(await article.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await article.evaluate(() => document.getElementById("1")!.textContent)).toContain(
      "<script>window.__pwned='paragraph'</script>",
    );
    expect(await article.evaluate(() => document.querySelectorAll("main script, main iframe, main img").length)).toBe(
      0,
    );
    await article.close();
    const search = await browser.open(
      `${site.url}/search?q=${encodeURIComponent("<script>window.__pwned='q'</script>スクリプトを含む段落")}`,
    );
    expect(await search.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await search.evaluate(() => document.querySelectorAll("main script, main iframe, main img").length)).toBe(0);
    await search.close();
  });

  describe("source_link on a local copy of the original article", () => {
    const cases = [
      {
        lang: "ja",
        id: "astana-summit-ja#3",
        file: "astana-summit-ja.html",
        sentence: "中国の習近平国家主席は",
        nth: 0,
        form: "start,end",
      },
      {
        lang: "ja",
        id: "astana-summit-ja#3",
        file: "astana-summit-ja.html",
        sentence: "首脳会議は成功した。",
        nth: 1,
        form: "prefix",
      },
      {
        lang: "en",
        id: "astana-summit-en#3",
        file: "astana-summit-en.html",
        sentence: "Xi Jinping proposed",
        nth: 0,
        form: "start,end",
      },
      {
        lang: "en",
        id: "astana-summit-en#3",
        file: "astana-summit-en.html",
        sentence: "The summit was a success.",
        nth: 1,
        form: "prefix",
      },
    ] as const;

    it.each(cases)(
      "$lang, $form: the fragment decodes to text on the page and Chromium scrolls to it",
      async ({ id, file, sentence, nth }) => {
        const passage = fakeEngine(WEB_CORPUS).passage(id)!;
        let start = -1;
        for (let i = 0; i <= nth; i++) start = passage.text.indexOf(sentence, start + 1);
        // The whole sentence the search highlighted: from `sentence` to the next sentence end.
        const end = passage.text.slice(start).search(/[。.](\s|$)/) + start + 1;
        const link = sourceLink(`${originalsUrl}/${file}`, passage.text, { start, end })!;
        const parts = decodeTextFragment(link);

        const page = await browser.open(link, { width: 900, height: 500 });
        const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, " "));
        for (const part of [parts.prefix, parts.start, parts.end, parts.suffix]) if (part) expect(text).toContain(part);
        await page.waitForFunction(() => window.scrollY > 0);
        const at = await placement(page, "#target");
        expect(at.top).toBeLessThan(at.innerHeight);
        expect(at.bottom).toBeGreaterThan(0);
        await page.close();
      },
    );

    it("a fragment with mis-encoded characters (not UTF-8) finds nothing, so Chromium stays at the top", async () => {
      const passage = fakeEngine(WEB_CORPUS).passage("astana-summit-ja#3")!;
      const sentence = passage.text.slice(0, passage.text.indexOf("。") + 1);
      // escape() writes %uXXXX, the kind of encoding DeepCite #90 shipped.
      const page = await browser.open(`${originalsUrl}/astana-summit-ja.html#:~:text=${escape(sentence)}`, {
        width: 900,
        height: 500,
      });
      const good = await browser.open(
        sourceLink(`${originalsUrl}/astana-summit-ja.html`, passage.text, { start: 0, end: sentence.length })!,
        { width: 900, height: 500 },
      );
      await good.waitForFunction(() => window.scrollY > 0);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await page.close();
      await good.close();
    });
  });

  it("logged no console error on any page it opened", () => {
    expect(browser.errors).toEqual([]);
  });
});
