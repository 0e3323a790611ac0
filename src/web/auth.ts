/**
 * The dashboard's token check. A browser shows the dashboard after one visit to
 * `/dashboard?token=…`, which moves the token into an HttpOnly cookie and redirects to a URL
 * without it (so it stays out of the address bar and history); scripts send
 * `Authorization: Bearer …`. Tokens are compared in constant time.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

export const DASHBOARD_COOKIE = "summit_dashboard";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** True when `offered` is the token (constant time: hashing first makes the lengths equal). */
export function tokenMatches(offered: string | undefined, token: string): boolean {
  if (offered === undefined) return false;
  return timingSafeEqual(digest(offered), digest(token));
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The token a request offers: its Authorization header, else the dashboard cookie. */
export function offeredToken(req: IncomingMessage): string | undefined {
  const auth = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "");
  return auth ? auth[1]!.trim() : cookie(req, DASHBOARD_COOKIE);
}

export function tokenCookie(token: string, secure: boolean): string {
  return `${DASHBOARD_COOKIE}=${encodeURIComponent(token)}; Path=/dashboard; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}
