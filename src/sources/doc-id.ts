/**
 * Doc ids for added articles: readable (they are citation ids people paste: `<doc-id>#3`),
 * stable (the same URL gives the same id every time) and within the corpus's file-name rule
 * (letters, digits, `.`, `_`, `-`, starting with a letter or digit, at most 128 characters).
 * From a URL: the site's name and the last meaningful path segment
 * (`https://www.steppe-daily.example/world/2025/06/amu-darya-basin-fund` →
 * `steppe-daily-amu-darya-basin-fund`); a path with no words (`/news/20250619/`, `?id=123`)
 * keeps its digits, and anything else falls back on a short hash of the URL.
 */
import { createHash } from "node:crypto";
import { isIP } from "node:net";
import { basename, dirname, extname, resolve } from "node:path";

const MAX_ID = 80;

/** Lower-case ASCII words joined by `-`; everything else (Japanese, punctuation) dropped. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const shortHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 8);

/** Path segments that say nothing about the article. */
const GENERIC =
  /^(index|default|article|articles|news|story|stories|post|posts|amp|html?|php|aspx?|content|detail|details|view|page|world|en|ja|jp)$/;

function cut(id: string): string {
  return id.length <= MAX_ID ? id : id.slice(0, MAX_ID).replace(/-[^-]*$/, "");
}

/** Second-level labels under a country's domain that name a kind of site, not the site (`mfa.gov.kz`, `asahi.co.jp`). */
const KIND_LABELS = new Set(["gov", "govt", "gob", "go", "co", "com", "org", "or", "net", "ne", "edu", "ac", "mil"]);

function siteName(labels: readonly string[]): string {
  let i = labels.length - 2;
  while (i > 0 && KIND_LABELS.has(labels[i]!)) i--;
  return slug(labels[Math.max(0, i)]!);
}

export function docIdForUrl(url: string): string {
  const u = new URL(url);
  const labels = u.hostname.replace(/^(www|amp|m)\./, "").split(".");
  // The registrable part's name, roughly: "steppe-daily" of steppe-daily.example, "nikkei" of www.nikkei.com; an address names no site.
  const site = isIP(u.hostname.replace(/^\[|\]$/g, "")) ? "" : siteName(labels);
  const segments = u.pathname
    .split("/")
    .map((s) => slug(decodeURIComponent(s).replace(/\.[a-z0-9]{2,5}$/i, "")))
    .filter(Boolean);
  const words = [...segments].reverse().find((s) => /[a-z]{3,}/.test(s) && !GENERIC.test(s));
  const digits = [...segments].reverse().find((s) => /^\d[\d-]*$/.test(s));
  const query = slug(u.search);
  const tail =
    words ??
    (digits && digits.length >= 4 ? digits : undefined) ??
    (query ? `${query.slice(0, 30)}-${shortHash(url)}` : shortHash(url));
  return cut(site ? `${site}-${tail}` : tail);
}

/** A local file: its own name (`report-2025.pdf` → `report-2025`), else the title, else a hash. */
export function docIdForFile(path: string, title: string): string {
  const name = slug(basename(path, extname(path)));
  return cut(name.length >= 3 ? name : slug(title) || `file-${shortHash(path)}`);
}

/**
 * What tells a local file from another in the corpus: its folder's name and its own
 * (`/home/ana/press/statement.txt` → `press/statement.txt`), so that adding the file again, edited,
 * updates its article instead of adding another beside it. No absolute path: the corpus is shared,
 * and the same folder is found again from anywhere it is typed (`statement.txt`, `./press/…`).
 */
export function localFileKey(path: string): string {
  const full = resolve(path);
  const folder = basename(dirname(full));
  return folder ? `${folder}/${basename(full)}` : basename(full);
}
