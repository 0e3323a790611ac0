/** Starts the archive site over the web fixture corpus (a stand-in engine) on 127.0.0.1, for the web tests. */
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { startWebServer, type RunningSite, type WebOptions } from "../../src/web/server.js";
import { fakeEngine } from "../discord/fake-engine.js";

export const WEB_CORPUS = fileURLToPath(new URL("../fixtures/web-corpus/", import.meta.url));
export const ORIGINALS = fileURLToPath(new URL("../fixtures/web-originals/", import.meta.url));

export async function startSite(options: Partial<WebOptions> = {}): Promise<RunningSite> {
  return startWebServer({
    engine: fakeEngine(WEB_CORPUS),
    questionLimit: { count: 1000, windowMs: 60_000 },
    port: 0,
    host: "127.0.0.1",
    ...options,
  });
}

export interface Fetched {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

/** GET (or another method) without following redirects, so a test sees each response as sent. */
export async function get(site: RunningSite, path: string, init: RequestInit = {}): Promise<Fetched> {
  const res = await fetch(`${site.url}${path}`, { redirect: "manual", ...init });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

/** A GET with the path sent exactly as written (fetch would resolve `..` before sending). */
export function rawGet(site: RunningSite, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(site.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}
