/**
 * The archive site and the operator dashboard over node:http: read-only, server-rendered, every
 * page working without JavaScript. What each response carries whatever the route: a
 * Content-Security-Policy that lets only our own files run (no inline script, no CDN), nosniff,
 * no framing, no referrer. Requests are rate-limited per address by the site's own limits
 * (`serve` sets them from WEB_SEARCHES_PER_MINUTE and WEB_PAGES_PER_MINUTE, not the bot's
 * per-user RATE_LIMIT_*): searches, and pages more loosely; over a limit, 429 in the page's language.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { RateLimiter } from "../discord/limits.js";
import { ARTICLE_ROUTE, type Engine } from "../engine/index.js";
import { dashboardData } from "../feedback/dashboard.js";
import type { FeedbackStore } from "../feedback/store.js";
import { articlePage } from "./article-page.js";
import { articleFilter, articlesPage } from "./articles-page.js";
import { offeredToken, tokenCookie, tokenMatches } from "./auth.js";
import { dashboardPage } from "./dashboard-page.js";
import { html } from "./html.js";
import { page } from "./layout.js";
import { searchPage } from "./search-page.js";
import { asset, STATIC_ROUTE } from "./static.js";
import { isMostlyEnglish, type Language } from "../text/lang.js";
import { bindProblem, listen } from "../util/listen.js";

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A question is at most this long (as on Discord's slash command). */
export const MAX_QUESTION_CHARS = 500;
const DAY_MS = 86_400_000;

export interface Limit {
  readonly count: number;
  readonly windowMs: number;
}

export interface WebOptions {
  readonly engine: Engine;
  /** The record the dashboard reads; absent or disabled: the dashboard says there is none. */
  readonly feedback?: FeedbackStore;
  /** Unset: the dashboard is off (404). */
  readonly dashboardToken?: string;
  /** Searches (questions asked on /search) per address. */
  readonly questionLimit: Limit;
  /** Any page per address. */
  readonly pageLimit?: Limit;
  /** The client is the last X-Forwarded-For address (a reverse proxy in front), not the socket's. */
  readonly trustProxy?: boolean;
  readonly now?: () => number;
  readonly onError?: (err: unknown, url: string) => void;
}

export const DEFAULT_PAGE_LIMIT: Limit = { count: 600, windowMs: 60_000 };

const SECURITY_HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
} as const;

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string | number> = {},
): void {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": bytes.length,
    ...headers,
  });
  res.end(bytes);
}

function message(
  res: ServerResponse,
  status: number,
  title: string,
  text: string,
  headers: Record<string, string | number> = {},
): void {
  send(res, status, page({ title, body: html`<h1>${title}</h1><p>${text}</p>`, lang: "en" }), headers);
}

/** The page said when a limit is hit, in the language of what was asked for. */
const TOO_MANY: Record<Language, (seconds: number) => [string, string]> = {
  en: (s) => [
    "Too many requests",
    `This site allows a limited number of pages and searches a minute. Please wait ${s} s and try again.`,
  ],
  ja: (s) => [
    "アクセスが多すぎます",
    `このサイトでは 1 分間に開けるページと検索の数に上限があります。${s} 秒待ってから、もう一度お試しください。`,
  ],
};

/**
 * The language of the page asked for: a search's question's (the one ja/en decision the answer's page takes too),
 * else the first of Japanese and English the browser's Accept-Language names, else English.
 */
function pageLanguage(req: IncomingMessage, url: URL): Language {
  const q = url.searchParams.get("q")?.trim();
  if (q) return isMostlyEnglish(q) ? "en" : "ja";
  const accepted = String(req.headers["accept-language"] ?? "")
    .split(",")
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return accepted.find((l): l is Language => l === "ja" || l === "en") ?? "en";
}

/**
 * Who a request comes from, for the rate limits: the socket's address, or behind a trusted
 * reverse proxy the last X-Forwarded-For entry — the one that proxy appended; earlier entries
 * are the client's own say and could be anything.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const socket = req.socket.remoteAddress ?? "unknown";
  if (!trustProxy) return socket;
  const header = req.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  return hops.at(-1) ?? socket;
}

/** The handler behind the site, separate from listening so tests and benches can mount it. */
export function createWebHandler(options: WebOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const now = options.now ?? Date.now;
  const questions = new RateLimiter(options.questionLimit.count, options.questionLimit.windowMs, now);
  const limit = options.pageLimit ?? DEFAULT_PAGE_LIMIT;
  const pages = new RateLimiter(limit.count, limit.windowMs, now);
  const { engine } = options;

  function limited(res: ServerResponse, retryAfterMs: number, lang: Language): void {
    const seconds = Math.ceil(retryAfterMs / 1000);
    const [title, text] = TOO_MANY[lang](seconds);
    send(res, 429, page({ title, body: html`<h1>${title}</h1><p>${text}</p>`, lang }), { "Retry-After": seconds });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD")
      return message(res, 405, "Method not allowed", "This site is read-only: GET and HEAD only.", {
        Allow: "GET, HEAD",
      });
    const url = new URL(req.url ?? "/", "http://site.invalid");
    const path = url.pathname;

    if (path.startsWith(STATIC_ROUTE)) {
      const a = asset(path.slice(STATIC_ROUTE.length));
      if (!a) return message(res, 404, "Not found", "No such file.");
      return send(res, 200, a.body, { "Content-Type": a.type, "Cache-Control": "public, max-age=3600" });
    }

    const client = clientAddress(req, options.trustProxy ?? false);
    const take = pages.take(client);
    if (!take.ok) return limited(res, take.retryAfterMs, pageLanguage(req, url));

    if (path === "/") {
      const pageNo = Math.max(1, Math.min(100_000, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1));
      return send(res, 200, articlesPage(engine.documents(), articleFilter(url.searchParams), pageNo));
    }

    if (path.startsWith(ARTICLE_ROUTE)) {
      let docId: string;
      try {
        docId = decodeURIComponent(path.slice(ARTICLE_ROUTE.length));
      } catch {
        return message(res, 400, "Bad request", "The article id in the address is not valid percent-encoding.");
      }
      const doc = engine.document(docId);
      if (!doc) return message(res, 404, "Not found", `No article with this id in the index: ${docId}`);
      const { paragraphs, history } = engine.articleText(doc.docId);
      return send(res, 200, articlePage(doc, paragraphs, history));
    }

    if (path === "/search") {
      const question = (url.searchParams.get("q") ?? "").trim().slice(0, MAX_QUESTION_CHARS);
      if (!question) return send(res, 200, searchPage("", undefined));
      const ask = questions.take(client);
      if (!ask.ok) return limited(res, ask.retryAfterMs, pageLanguage(req, url));
      return send(res, 200, searchPage(question, await engine.ask(question, { k: 5 })));
    }

    if (path === "/dashboard") return dashboard(req, res, url);
    return message(res, 404, "Not found", "No page at this address.");
  }

  function dashboard(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const token = options.dashboardToken;
    if (!token)
      return message(
        res,
        404,
        "Dashboard off",
        "The dashboard is off: its operator sets DASHBOARD_TOKEN to turn it on.",
      );
    const inQuery = url.searchParams.get("token");
    if (inQuery !== null) {
      if (!tokenMatches(inQuery, token))
        return message(res, 401, "Unauthorized", "That token is not the dashboard's.", {
          "WWW-Authenticate": 'Bearer realm="dashboard"',
          "Cache-Control": "no-store",
        });
      url.searchParams.delete("token");
      const secure = req.headers["x-forwarded-proto"] === "https";
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        Location: `/dashboard${url.search}`,
        "Set-Cookie": tokenCookie(token, secure),
        "Cache-Control": "no-store",
      });
      return void res.end();
    }
    if (!tokenMatches(offeredToken(req), token)) {
      return message(
        res,
        401,
        "Unauthorized",
        "The dashboard needs its token: open /dashboard?token=… once, or send Authorization: Bearer ….",
        {
          "WWW-Authenticate": 'Bearer realm="dashboard"',
          "Cache-Control": "no-store",
        },
      );
    }
    const days = Math.max(1, Math.min(365, Number.parseInt(url.searchParams.get("days") ?? "30", 10) || 30));
    const until = now();
    const data = options.feedback?.enabled ? dashboardData(options.feedback, until - days * DAY_MS, until) : undefined;
    if (!data)
      return message(
        res,
        503,
        "No record",
        "The feedback record is off or cannot be read (FEEDBACK_ENABLED, FEEDBACK_DB_PATH).",
        { "Cache-Control": "no-store" },
      );
    send(res, 200, dashboardPage(data, engine.documents()), { "Cache-Control": "no-store" });
  }

  return (req, res) => {
    route(req, res).catch((err: unknown) => {
      options.onError?.(err, req.url ?? "");
      if (!res.headersSent) message(res, 500, "Error", "Something went wrong on our side.");
      else res.destroy();
    });
  };
}

export interface RunningSite {
  readonly server: Server;
  /** `http://host:port`, the port resolved when 0 was asked for. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts the site on `host:port` (0: a free port), as the bot starts its HTTP endpoints (util/listen.ts);
 * a port or address that cannot be bound is the error `refused` makes of what bindProblem says,
 * naming `settings` (by default WEB_HOST and WEB_PORT).
 */
export async function startWebServer(
  options: WebOptions & {
    readonly port: number;
    readonly host: string;
    readonly settings?: { readonly hostSetting: string; readonly portSetting: string };
    readonly refused?: (problem: string) => Error;
  },
): Promise<RunningSite> {
  const server = createServer(createWebHandler(options));
  const { port, host } = options;
  const refused = options.refused ?? ((problem: string) => new Error(problem));
  const listening = await listen(server, port, host, (reason) =>
    refused(
      bindProblem(reason, {
        host,
        port,
        ...(options.settings ?? { hostSetting: "WEB_HOST", portSetting: "WEB_PORT" }),
      }),
    ),
  );
  const shown = host.includes(":") ? `[${host}]` : host;
  return { server, url: `http://${shown}:${listening.port}`, close: () => listening.close() };
}
