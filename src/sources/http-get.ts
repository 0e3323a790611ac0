/**
 * One HTTP GET, with every limit a fetch from the open web needs: addresses checked after DNS
 * resolution (the check happens in the socket's own lookup, so the address checked is the one
 * connected to), a time limit over the whole response, a byte cap counted after decompression
 * (a gzip bomb stops at the cap, not at the end of memory). Redirects are not followed here:
 * fetcher.ts follows them, checking each hop again.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { SummitError } from "../errors.js";
import { literalAddress } from "./address.js";

export interface GetOptions {
  /** Which addresses may be connected to: isPublicAddress unless SUMMIT_FETCH_ALLOW_PRIVATE. */
  readonly addressAllowed: (address: string) => boolean;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly userAgent: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RawResponse {
  readonly url: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

export const fetchError = (url: string, detail: string) => new SummitError("FETCH", `${url}: ${detail}`);

const PRIVATE_HINT = "set SUMMIT_FETCH_ALLOW_PRIVATE=true only to fetch from your own network";

/** Refuses an address the policy does not allow (by default anything outside global unicast). */
export function checkAddress(url: string, address: string, allowed: (address: string) => boolean): void {
  if (!allowed(address)) {
    throw fetchError(
      url,
      `expected a public address, received ${address} (private, loopback, link-local or reserved); ${PRIVATE_HINT}`,
    );
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that refuses any answer holding a non-public address (a name may resolve to several). */
function guardedLookup(url: string, allowed: (address: string) => boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      try {
        for (const a of addresses) checkAddress(url, a.address, allowed);
      } catch (refused) {
        return callback(refused as NodeJS.ErrnoException, []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}

function decoder(encoding: string | undefined): NodeJS.ReadWriteStream | undefined {
  switch ((encoding ?? "").trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

const mib = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${n} bytes`);

/** `url` as a URL when it is an http: or https: one; otherwise a FETCH error saying what arrived. */
export function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw fetchError(url, "expected an http(s) URL, received something that is not a URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw fetchError(url, `expected an http: or https: URL, received ${parsed.protocol}`);
  return parsed;
}

/** GETs `url` once (no redirects followed) within the limits of `options`. */
export function httpGet(url: string, options: GetOptions): Promise<RawResponse> {
  let parsed: URL;
  try {
    parsed = parseHttpUrl(url);
  } catch (err) {
    return Promise.reject(err as Error);
  }
  const literal = literalAddress(parsed.hostname);
  try {
    if (literal) checkAddress(url, literal, options.addressAllowed);
  } catch (err) {
    return Promise.reject(err as Error);
  }
  const client = parsed.protocol === "https:" ? https : http;
  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(err instanceof SummitError ? err : fetchError(url, err.message));
    };
    const req = client.get(
      parsed,
      {
        headers: {
          "user-agent": options.userAgent,
          "accept-encoding": "gzip, deflate, br",
          accept:
            "text/html,application/xhtml+xml,application/pdf,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5",
          ...options.headers,
        },
        lookup: guardedLookup(url, options.addressAllowed) as never,
        // A fresh connection each time: requests to one host are paced seconds apart, and a kept-alive socket the server has meanwhile closed fails as ECONNRESET.
        agent: false,
      },
      (res) => {
        const declared = Number(res.headers["content-length"]);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          return fail(
            fetchError(url, `expected at most ${mib(options.maxBytes)}, the server announces ${mib(declared)}`),
          );
        }
        const decode = decoder(res.headers["content-encoding"]);
        const stream: Readable = decode ? (res.pipe(decode) as unknown as Readable) : res;
        if (decode)
          decode.on("error", (err) =>
            fail(
              fetchError(url, `the ${res.headers["content-encoding"]} body could not be decompressed (${err.message})`),
            ),
          );
        const chunks: Buffer[] = [];
        let bytes = 0;
        let wire = 0;
        res.on("data", (c: Buffer) => {
          wire += c.length;
          if (wire > options.maxBytes)
            fail(fetchError(url, `expected at most ${mib(options.maxBytes)}, the response went past it`));
        });
        stream.on("data", (c: Buffer) => {
          bytes += c.length;
          if (bytes > options.maxBytes) {
            return fail(
              fetchError(
                url,
                `expected at most ${mib(options.maxBytes)}${decode ? " once decompressed" : ""}, the response went past it${decode ? " (a compression bomb?)" : ""}`,
              ),
            );
          }
          chunks.push(c);
        });
        stream.on("end", () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          const headers: Record<string, string | undefined> = {};
          for (const [k, v] of Object.entries(res.headers)) headers[k] = Array.isArray(v) ? v.join(", ") : v;
          resolve({ url, status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
        res.on("error", fail);
        res.on("aborted", () =>
          fail(fetchError(url, "the server closed the connection before the end of the response")),
        );
      },
    );
    const timer = setTimeout(
      () => fail(fetchError(url, `no complete response within ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    req.on("error", fail);
  });
}
