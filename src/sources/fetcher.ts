/**
 * The fetcher `add`, `sync` and `/sources` share: robots.txt obeyed (RFC 9309: a missing file
 * allows everything, a server error refuses everything), requests to one host paced, redirects
 * followed up to a cap with every hop checked again (scheme, address, robots.txt).
 */
import robotsParserModule from "robots-parser";
import type { FetchSettings } from "../config.js";
import { isPublicAddress } from "./address.js";
import { fetchError, httpGet, parseHttpUrl, type RawResponse } from "./http-get.js";
import { HostPacer } from "./pacing.js";

/** Names the bot and where to read about it, as site owners expect of a crawler. */
export const USER_AGENT = "summit-bot/0.1 (+https://github.com/summit-bot/summit-bot; quotes articles with citations)";
/** The token robots.txt groups are matched against. */
const ROBOTS_AGENT = "summit-bot";
const ROBOTS_MAX_BYTES = 512 * 1024;
/** A Crawl-delay above this is read as this: a minute between requests is already very polite. */
const MAX_CRAWL_DELAY_MS = 60_000;

export interface FetchedResponse extends RawResponse {
  /** The URL the content came from, after redirects. */
  readonly finalUrl: string;
}

export interface ConditionalHeaders {
  readonly etag?: string;
  readonly lastModified?: string;
}

interface Robots {
  isDisallowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS (`module.exports = fn`); its .d.ts declares an ES default export, which NodeNext reads as the module object.
const robotsParser = robotsParserModule as unknown as (url: string, robotstxt: string) => Robots;

export class Fetcher {
  private readonly robots = new Map<string, Promise<Robots | "refuse-all">>();
  private readonly pacer: HostPacer;
  private readonly addressAllowed: (address: string) => boolean;

  /** `addressAllowed` replaces the policy the settings imply (tests allow exactly 127.0.0.1 to prove the others are refused). */
  constructor(
    private readonly settings: FetchSettings,
    options: { addressAllowed?: (address: string) => boolean } = {},
  ) {
    this.pacer = new HostPacer(settings.hostIntervalMs);
    this.addressAllowed = options.addressAllowed ?? (settings.allowPrivate ? () => true : isPublicAddress);
  }

  /**
   * GETs `url`, following redirects. Resolves with status 304 when `conditional` matches the
   * server's copy; rejects on any other non-2xx status with what arrived.
   */
  async get(url: string, conditional: ConditionalHeaders = {}): Promise<FetchedResponse> {
    let current = parseHttpUrl(url).href;
    for (let hop = 0; ; hop++) {
      await this.checkRobots(current);
      const headers: Record<string, string> = {};
      if (conditional.etag) headers["if-none-match"] = conditional.etag;
      if (conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
      const res = await this.request(current, headers);
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const location = res.headers.location;
        if (!location)
          throw fetchError(current, `expected a Location header with redirect ${res.status}, received none`);
        if (hop >= this.settings.maxRedirects)
          throw fetchError(
            url,
            `expected at most ${this.settings.maxRedirects} redirects, received more (last to ${new URL(location, current).href})`,
          );
        current = parseHttpUrl(new URL(location, current).href).href;
        continue;
      }
      if (res.status === 304 || (res.status >= 200 && res.status < 300)) return { ...res, finalUrl: current };
      throw fetchError(current, `expected a page (HTTP 200), received HTTP ${res.status}`);
    }
  }

  private async request(
    url: string,
    headers: Record<string, string>,
    maxBytes = this.settings.maxBytes,
  ): Promise<RawResponse> {
    const host = new URL(url).host;
    const robots = await this.robots.get(new URL(url).origin);
    const delay = robots && robots !== "refuse-all" ? (robots.getCrawlDelay(ROBOTS_AGENT) ?? 0) * 1000 : 0;
    await this.pacer.wait(host, Math.min(delay, MAX_CRAWL_DELAY_MS));
    return httpGet(url, {
      addressAllowed: this.addressAllowed,
      timeoutMs: this.settings.timeoutMs,
      maxBytes,
      userAgent: USER_AGENT,
      headers,
    });
  }

  private async checkRobots(url: string): Promise<void> {
    const origin = new URL(url).origin;
    let rules = this.robots.get(origin);
    if (!rules) {
      rules = this.readRobots(origin);
      this.robots.set(origin, rules);
    }
    const robots = await rules;
    if (robots === "refuse-all")
      throw fetchError(
        url,
        `${origin}/robots.txt could not be read (server error), so nothing is fetched from this site (RFC 9309)`,
      );
    if (robots.isDisallowed(url, ROBOTS_AGENT))
      throw fetchError(
        url,
        `expected a page robots.txt allows, received one ${origin}/robots.txt disallows for ${ROBOTS_AGENT}`,
      );
  }

  private async readRobots(origin: string): Promise<Robots | "refuse-all"> {
    const robotsUrl = `${origin}/robots.txt`;
    // robots.txt itself is fetched without a robots check (there is none yet); a few redirects are allowed, as RFC 9309 asks.
    let current = robotsUrl;
    for (let hop = 0; hop <= 5; hop++) {
      await this.pacer.wait(new URL(current).host);
      const res = await httpGet(current, {
        addressAllowed: this.addressAllowed,
        timeoutMs: this.settings.timeoutMs,
        maxBytes: ROBOTS_MAX_BYTES,
        userAgent: USER_AGENT,
      }).catch((err: Error) => {
        // An oversized robots.txt is read as no rules; a network failure stops the fetch with its own message.
        if (/expected at most/.test(err.message)) return undefined;
        throw err;
      });
      if (!res) return robotsParser(robotsUrl, "");
      if (res.status >= 300 && res.status < 400 && res.headers.location) {
        current = new URL(res.headers.location, current).href;
        continue;
      }
      if (res.status >= 500) return "refuse-all";
      if (res.status >= 400) return robotsParser(robotsUrl, "");
      return robotsParser(robotsUrl, res.body.toString("utf8"));
    }
    return robotsParser(robotsUrl, "");
  }
}
