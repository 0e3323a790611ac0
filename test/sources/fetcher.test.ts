import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FetchSettings } from "../../src/config.js";
import { isPublicAddress } from "../../src/sources/address.js";
import { Fetcher, USER_AGENT } from "../../src/sources/fetcher.js";
import { HostPacer } from "../../src/sources/pacing.js";
import { startFixtureSite, type FixtureSite } from "../fixtures/web/server.js";

const settings: FetchSettings = {
  allowPrivate: false,
  timeoutMs: 1500,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 3,
  hostIntervalMs: 0,
};
/** Exactly the test server's address: every other private address stays refused, so redirects to them prove the check. */
const onlyLocalServer = (settings_: Partial<FetchSettings> = {}) =>
  new Fetcher({ ...settings, ...settings_ }, { addressAllowed: (a) => a === "127.0.0.1" });

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite("dev");
});
afterAll(() => site.close());

describe("addresses", () => {
  it("allows only global unicast addresses by default", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "224.0.0.1",
    ]) {
      expect(isPublicAddress(a), a).toBe(false);
    }
    for (const a of ["93.184.216.34", "2606:4700::1111"]) expect(isPublicAddress(a), a).toBe(true);
  });

  it("refuses the loopback server unless private addresses are allowed", async () => {
    await expect(new Fetcher(settings).get(`${site.base}/pages/en-news.html`)).rejects.toThrow(
      /expected a public address, received 127\.0\.0\.1.*SUMMIT_FETCH_ALLOW_PRIVATE/,
    );
    const res = await new Fetcher({ ...settings, allowPrivate: true }).get(`${site.base}/pages/en-news.html`);
    expect(res.status).toBe(200);
  });

  it("refuses a name that resolves to a private address (checked after DNS resolution)", async () => {
    const port = new URL(site.base).port;
    await expect(new Fetcher(settings).get(`http://localhost:${port}/pages/en-news.html`)).rejects.toThrow(
      /expected a public address, received (127\.0\.0\.1|::1)/,
    );
  });

  it("checks every redirect hop: a redirect to the metadata address or another loopback address is refused", async () => {
    const fetcher = onlyLocalServer();
    await expect(fetcher.get(`${site.base}/redirect-to-metadata`)).rejects.toThrow(/received 169\.254\.169\.254/);
    await expect(fetcher.get(`${site.base}/redirect-to-other-loopback`)).rejects.toThrow(/received 127\.0\.0\.2/);
  });
});

describe("fetching", () => {
  it("names the bot in the User-Agent and reads robots.txt first", async () => {
    const before = site.requests.length;
    await onlyLocalServer().get(`${site.base}/pages/amp.html`);
    const seen = site.requests.slice(before);
    expect(seen.map((r) => r.path)).toEqual(["/robots.txt", "/pages/amp.html"]);
    expect(seen.every((r) => r.userAgent === USER_AGENT && r.userAgent.includes("summit-bot"))).toBe(true);
  });

  it("does not fetch what robots.txt disallows", async () => {
    const before = site.requests.length;
    await expect(onlyLocalServer().get(`${site.base}/private/page.html`)).rejects.toThrow(/robots\.txt disallows/);
    expect(site.requests.slice(before).some((r) => r.path.startsWith("/private/"))).toBe(false);
  });

  it("follows redirects up to the cap and no further", async () => {
    const res = await onlyLocalServer().get(`${site.base}/redirect/3`);
    expect(res.finalUrl).toBe(`${site.base}/pages/en-news.html`);
    await expect(onlyLocalServer().get(`${site.base}/redirect/4`)).rejects.toThrow(/expected at most 3 redirects/);
    await expect(onlyLocalServer().get(`${site.base}/redirect-loop`)).rejects.toThrow(/expected at most 3 redirects/);
  });

  it("reports 404 and 500 with the status", async () => {
    await expect(onlyLocalServer().get(`${site.base}/status/404`)).rejects.toThrow(/received HTTP 404/);
    await expect(onlyLocalServer().get(`${site.base}/status/500`)).rejects.toThrow(/received HTTP 500/);
  });

  it("gives up on a server that does not answer, or never finishes its answer, within the time limit", async () => {
    await expect(onlyLocalServer({ timeoutMs: 500 }).get(`${site.base}/slow`)).rejects.toThrow(
      /no complete response within 500 ms/,
    );
    await expect(onlyLocalServer({ timeoutMs: 500 }).get(`${site.base}/slow-body`)).rejects.toThrow(
      /no complete response within 500 ms/,
    );
  });

  it("stops reading a 50 MB page at the byte cap", async () => {
    await expect(onlyLocalServer().get(`${site.base}/hostile/huge`)).rejects.toThrow(/expected at most 2\.0 MiB/);
  });

  it("stops decompressing a gzip bomb at the byte cap", async () => {
    await expect(onlyLocalServer({ timeoutMs: 10_000 }).get(`${site.base}/hostile/gzip-bomb`)).rejects.toThrow(
      /at most 2\.0 MiB once decompressed/,
    );
  });

  it("refuses non-http schemes and non-URLs", async () => {
    await expect(onlyLocalServer().get("file:///etc/passwd")).rejects.toThrow(
      /expected an http: or https: URL, received file:/,
    );
    await expect(onlyLocalServer().get("not a url")).rejects.toThrow(/not a URL/);
  });
});

describe("pacing", () => {
  it("spaces requests to one host by the interval and lets other hosts through at once", async () => {
    let clock = 0;
    const slept: number[] = [];
    const pacer = new HostPacer(
      1000,
      () => clock,
      async (ms) => {
        slept.push(ms);
      },
    );
    await pacer.wait("a.example");
    await pacer.wait("a.example");
    await pacer.wait("b.example");
    clock = 500;
    await pacer.wait("a.example");
    await pacer.wait("c.example", 3000);
    await pacer.wait("c.example");
    expect(slept).toEqual([1000, 1500, 3000]);
  });
});
