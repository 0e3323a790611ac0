import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedbackStore } from "../../src/feedback/store.js";
import type { RunningSite } from "../../src/web/server.js";
import { get, rawGet, startSite } from "./site.js";

const TOKEN = "a-dashboard-token-of-some-length";

describe("archive site", () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site.close());

  it("lists every article with title, source, dates, language and paragraph count", async () => {
    const { status, body } = await get(site, "/");
    expect(status).toBe(200);
    expect(body).toContain("3 of 3 articles");
    expect(body).toContain("第2回中国・中央アジア首脳会議、アスタナで永久善隣友好条約に署名");
    expect(body).toContain("中央アジア時報");
    expect(body).toContain('event <time datetime="2025-06-17">2025-06-17</time>');
    expect(body).toContain('href="/doc/astana-summit-en"');
    expect(body).toMatch(/<td>en<\/td><td class="num">4<\/td>/);
  });

  it("filters the article list by words and by language", async () => {
    const byWords = await get(site, "/?q=treaty+astana");
    expect(byWords.body).toContain("1 of 3 articles");
    expect(byWords.body).toContain("/doc/astana-summit-en");
    expect(byWords.body).not.toContain('href="/doc/astana-summit-ja"');
    const byLang = await get(site, "/?lang=ja");
    expect(byLang.body).toContain("2 of 3 articles");
    expect(byLang.body).not.toContain('href="/doc/astana-summit-en"');
  });

  it("gives each paragraph of an article the element id of its number, under its section heading", async () => {
    const { status, body } = await get(site, "/doc/astana-summit-ja");
    expect(status).toBe(200);
    for (let n = 1; n <= 5; n++) expect(body).toContain(`<p class="para" id="${n}">`);
    expect(body).not.toContain('id="6"');
    expect(body.indexOf("<h2>経済協力</h2>")).toBeLessThan(body.indexOf('id="3"'));
    expect(body.indexOf('id="2"')).toBeLessThan(body.indexOf("<h2>経済協力</h2>"));
    expect(body).toContain('href="#3"');
    expect(body).toContain('href="https://news.example.jp/2025/06/astana-summit"');
  });

  it("answers 404 for an article not in the index", async () => {
    expect((await get(site, "/doc/no-such-article")).status).toBe(404);
    expect((await get(site, "/doc/%E0%A4%A")).status).toBe(400);
  });

  it.each([
    "/static/../package.json",
    "/static/..%2f..%2fpackage.json",
    "/static/%2e%2e/%2e%2e/package.json",
    "/static/....//package.json",
    "/doc/../../package.json",
    "/doc/..%2F..%2Fpackage.json",
    "/doc/%2e%2e%2fsrc%2fconfig.ts",
    "/static/style.css/../../../src/config.ts",
    "/static//etc/passwd",
    "/static/%2Fetc%2Fpasswd",
    "/../../../etc/passwd",
  ])("serves nothing outside the index and its own files for %s", async (path) => {
    const { status, body } = await rawGet(site, path);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(body).not.toContain('"name": "summit-bot"');
    expect(body).not.toContain("root:x:0:0");
    expect(body).not.toContain("loadConfig");
  });

  it("serves its stylesheet, its script and Chart.js from its own files", async () => {
    const css = await get(site, "/static/style.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toContain("text/css");
    const chart = await get(site, "/static/chart.umd.js");
    expect(chart.status).toBe(200);
    expect(chart.headers.get("content-type")).toContain("javascript");
    expect(chart.body).toContain("Chart");
    expect((await get(site, "/static/nothing.js")).status).toBe(404);
  });

  it("sends a Content-Security-Policy that lets only the site's own scripts run, on every response", async () => {
    for (const path of ["/", "/doc/astana-summit-ja", "/search?q=x", "/nowhere", "/dashboard", "/static/style.css"]) {
      const { headers } = await get(site, path);
      const csp = headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("escapes markup in article titles, sources and paragraphs", async () => {
    const { body } = await get(site, "/doc/hostile-input");
    expect(body).not.toContain("<script>window.__pwned");
    expect(body).not.toContain('<script src="/static/dashboard.js"></script>');
    expect(body).not.toContain("<iframe");
    expect(body).not.toContain("<img src=x");
    expect(body).not.toContain("<b>Injected</b>");
    expect(body).toContain("&lt;script&gt;window.__pwned=&#39;paragraph&#39;&lt;/script&gt;");
    expect(body).toContain("&lt;img src=x onerror=");
    const index = await get(site, "/");
    expect(index.body).not.toContain("<img src=x");
  });

  it("is read-only: other methods than GET and HEAD are refused", async () => {
    const post = await get(site, "/search", { method: "POST", body: "q=x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("search page", () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site.close());

  it("shows an answer with its answering sentence marked, the citation linked to its paragraph and the sentence on the original page", async () => {
    const { body } = await get(site, `/search?q=${encodeURIComponent("首脳会議が6月17日、アスタナで開かれた")}`);
    expect(body).toContain('data-outcome="answer"');
    expect(body).toContain("記事からの引用");
    expect(body).toContain(
      "<mark>第2回中国・中央アジア首脳会議が6月17日、カザフスタンの首都アスタナで開かれた。</mark>",
    );
    expect(body).toContain('href="/doc/astana-summit-ja#1"');
    expect(body).toContain('href="https://news.example.jp/2025/06/astana-summit#:~:text=');
  });

  it("shows related passages without marks when the articles touch the question but don't answer it", async () => {
    const { body } = await get(site, `/search?q=${encodeURIComponent("次回の首脳会議の開催国の人口は")}`);
    expect(body).toContain('data-outcome="related"');
    expect(body).toContain("直接の答えがありません");
    expect(body).not.toContain("<mark>");
  });

  it("says plainly when nothing answers, and escapes the question", async () => {
    const { body } = await get(site, `/search?q=${encodeURIComponent("<u>ゑゑゑゑ</u>")}`);
    expect(body).toContain('data-outcome="none"');
    expect(body).toContain("記事の中にこの問いに答える箇所はありません。");
    expect(body).not.toContain("<u>ゑ");
    expect(body).toContain("&lt;u&gt;ゑゑゑゑ&lt;/u&gt;");
    const en = await get(site, `/search?q=${encodeURIComponent("<script>alert(1)</script> zzqx")}`);
    expect(en.body).not.toContain("<script>alert(1)");
    expect(en.body).toContain("&lt;script&gt;alert(1)&lt;/script&gt; zzqx");
  });

  it("limits questions per address as the bot does, saying when to come back", async () => {
    const limited = await startSite({ questionLimit: { count: 2, windowMs: 60_000 } });
    try {
      expect((await get(limited, "/search?q=a")).status).toBe(200);
      expect((await get(limited, "/search?q=b")).status).toBe(200);
      const third = await get(limited, "/search?q=c");
      expect(third.status).toBe(429);
      expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
      // Pages without a question are not counted against the question limit.
      expect((await get(limited, "/doc/astana-summit-en")).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("says a limit is hit in the language of the page asked for, with Retry-After", async () => {
    const limited = await startSite({ questionLimit: { count: 1, windowMs: 60_000 } });
    try {
      await get(limited, "/search?q=a");
      const ja = await get(limited, `/search?q=${encodeURIComponent("条約はどこで署名された？")}`);
      expect(ja.status).toBe(429);
      expect(ja.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
      expect(ja.body).toContain('<html lang="ja">');
      expect(ja.body).toContain(`${ja.headers.get("retry-after")} 秒待ってから、もう一度お試しください。`);
      const en = await get(limited, "/search?q=Where+was+the+treaty+signed%3F", {
        headers: { "Accept-Language": "ja" },
      });
      expect(en.status).toBe(429);
      expect(en.body).toContain('<html lang="en">');
      expect(en.body).toContain(`Please wait ${en.headers.get("retry-after")} s and try again.`);
    } finally {
      await limited.close();
    }
    const pages = await startSite({ pageLimit: { count: 1, windowMs: 60_000 } });
    try {
      await get(pages, "/");
      const ja = await get(pages, "/", { headers: { "Accept-Language": "ja-JP,ja;q=0.9,en;q=0.8" } });
      expect([ja.status, ja.body.includes('<html lang="ja">')]).toEqual([429, true]);
      const en = await get(pages, "/", { headers: { "Accept-Language": "fr-FR,en;q=0.5" } });
      expect([en.status, en.body.includes("Too many requests")]).toEqual([429, true]);
    } finally {
      await pages.close();
    }
  });

  it("limits pages per address", async () => {
    const limited = await startSite({ pageLimit: { count: 3, windowMs: 60_000 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await get(limited, "/")).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it("behind a trusted proxy, limits each visitor the proxy names, not the proxy as a whole", async () => {
    const from = (ip: string) => ({ headers: { "X-Forwarded-For": `203.0.113.250, ${ip}` } });
    const proxied = await startSite({ pageLimit: { count: 2, windowMs: 60_000 }, trustProxy: true });
    try {
      const a = [];
      for (let i = 0; i < 3; i++) a.push((await get(proxied, "/", from("198.51.100.1"))).status);
      expect(a).toEqual([200, 200, 429]);
      // Another visitor through the same proxy still gets pages; the address a visitor writes first counts for nothing.
      expect((await get(proxied, "/", from("198.51.100.2"))).status).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it("without a trusted proxy, ignores X-Forwarded-For (anyone could send it)", async () => {
    const direct = await startSite({ pageLimit: { count: 2, windowMs: 60_000 } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await get(direct, "/", { headers: { "X-Forwarded-For": `198.51.100.${i}` } })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await direct.close();
    }
  });
});

describe("dashboard", () => {
  const dir = mkdtempSync(join(tmpdir(), "summit-web-"));
  const DAY = 86_400_000;
  const now = Date.parse("2026-03-10T12:00:00Z");
  let clock = now;
  let store: FeedbackStore;
  let site: RunningSite;

  beforeAll(async () => {
    store = FeedbackStore.open({ path: join(dir, "feedback.sqlite"), retentionDays: 365, now: () => clock });
    const ask = (daysAgo: number, question: string, outcome: "answer" | "related" | "refusal", answerIds: string[]) => {
      clock = now - daysAgo * DAY;
      return store.recordAsk({ question, outcome, answerIds, userId: "111111111111111111", surface: "slash" })!;
    };
    ask(2, "アスタナ会議はいつ？", "answer", ["astana-summit-ja#1"]);
    ask(2, "条約の中身は？", "answer", ["astana-summit-ja#2", "astana-summit-ja#1"]);
    ask(1, "<script>window.__pwned='question'</script>火星探査は？", "refusal", []);
    const disliked = ask(0, "What did Xi propose?", "related", ["astana-summit-en#3"]);
    clock = now;
    store.recordFeedback(disliked, "222222222222222222", "down");
    site = await startSite({ feedback: store, dashboardToken: TOKEN, now: () => now });
  });
  afterAll(async () => {
    await site.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 401 without the token, or with a wrong one", async () => {
    const none = await get(site, "/dashboard");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    expect(none.body).not.toContain("アスタナ会議はいつ");
    expect(
      (await get(site, "/dashboard", { headers: { authorization: "Bearer wrong-token-wrong-token" } })).status,
    ).toBe(401);
    expect((await get(site, "/dashboard?token=wrong")).status).toBe(401);
  });

  it("is off (404) when no token is configured", async () => {
    const off = await startSite({ feedback: store });
    try {
      expect((await get(off, "/dashboard")).status).toBe(404);
    } finally {
      await off.close();
    }
  });

  it("moves a token given in the address into a cookie and redirects to an address without it", async () => {
    const first = await get(site, `/dashboard?token=${TOKEN}&days=7`);
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/dashboard?days=7");
    const cookie = first.headers.get("set-cookie") ?? "";
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    const next = await get(site, "/dashboard?days=7", { headers: { cookie: cookie.split(";")[0]! } });
    expect(next.status).toBe(200);
    expect(next.headers.get("cache-control")).toBe("no-store");
  });

  it("shows questions per day by outcome, the queue with citations linked, most cited passages and articles never cited", async () => {
    const { status, body } = await get(site, "/dashboard?days=7", { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(status).toBe(200);
    expect(body).toMatch(
      /<tr><td>2026-03-08<\/td><td class="num">2<\/td><td class="num">0<\/td><td class="num">0<\/td><\/tr>/,
    );
    expect(body).toMatch(
      /<tr><td>2026-03-09<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="num">1<\/td><\/tr>/,
    );
    expect(body).toMatch(
      /<tr><td>2026-03-10<\/td><td class="num">0<\/td><td class="num">1<\/td><td class="num">0<\/td><\/tr>/,
    );
    // The queue: the refusal and the 👎 answer, with what it cited linked to the paragraph.
    const queue = body.slice(body.indexOf('id="queue"'), body.indexOf('id="most-cited"'));
    expect(queue).toContain("What did Xi propose?");
    expect(queue).toContain('<a href="/doc/astana-summit-en#3">astana-summit-en#3</a>');
    expect(queue).toContain("&lt;script&gt;window.__pwned=&#39;question&#39;&lt;/script&gt;火星探査は？");
    expect(queue).not.toContain("アスタナ会議はいつ");
    const cited = body.slice(body.indexOf('id="most-cited"'), body.indexOf('id="never-cited"'));
    expect(cited).toMatch(/<a href="\/doc\/astana-summit-ja#1">astana-summit-ja#1<\/a><\/td><td class="num">2<\/td>/);
    const never = body.slice(body.indexOf('id="never-cited"'));
    expect(never).toContain('href="/doc/hostile-input"');
    expect(never).not.toContain('href="/doc/astana-summit-ja"');
    expect(body).not.toContain("<script>window.__pwned");
    // The charts' numbers, for the script, in a block the browser does not run.
    expect(body).toContain('<script type="application/json" id="dashboard-data">');
    expect(body).toContain('<script src="/static/chart.umd.js"></script>');
  });
});
