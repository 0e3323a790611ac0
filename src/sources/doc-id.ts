/**
 * Doc ids for added articles: readable (they are citation ids people paste: `<doc-id>#3`),
 * stable (the same URL gives the same id every time) and within the corpus's file-name rule
 * (letters, digits, `.`, `_`, `-`, starting with a letter or digit, at most 128 characters).
 * From a URL: the site's name and the last meaningful path segment
 * (`https://www.steppe-daily.example/world/2025/06/amu-darya-basin-fund` →
 * `steppe-daily-amu-darya-basin-fund`); a path with no words (`/news/20250619/`, `?id=123`)
 * keeps its digits, and anything else falls back on a short hash of the URL.
 *
 * One rule for every way in (`add URL`, `add FILE`, `sync`, `/sources add`): `docIdFor` names the
 * article by the address it names for itself (its canonical URL), else the one it was fetched from;
 * a host that is an address (127.0.0.1, an intranet IP) names no site, so the outlet's own name
 * (`source`) stands for it; a local file that names no address keeps its file name. An existing
 * article is never renamed: an update finds its article by URL, file or text before an id is made.
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

/**
 * An outlet's name as an id's first words: its ASCII words, at most three (`Aral Herald` →
 * `aral-herald`; `シルクロード通信` → none). A `source` that is only an address (an extractor's
 * fallback on the host) names no outlet.
 */
function outletName(source: string | undefined): string {
  if (!source || namesNoSite(source)) return "";
  return slug(source).split("-").filter(Boolean).slice(0, 3).join("-");
}

/** A host that names no site: an IP address, or this machine. */
const namesNoSite = (hostname: string) => isIP(hostname.replace(/^\[|\]$/g, "")) !== 0 || hostname === "localhost";

/** `outlet` (the article's `source`) names the site when the host is an address. */
export function docIdForUrl(url: string, outlet?: string): string {
  const u = new URL(url);
  const labels = u.hostname.replace(/^(www|amp|m)\./, "").split(".");
  // The registrable part's name, roughly: "steppe-daily" of steppe-daily.example, "nikkei" of www.nikkei.com; an address names no site.
  const site = namesNoSite(u.hostname) ? outletName(outlet) : siteName(labels);
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

/** What `docIdFor` reads off an article and where it came from. */
export interface IdSource {
  /** The canonical URL the article names for itself. */
  readonly url?: string | undefined;
  readonly source?: string | undefined;
  readonly title: string;
}

/**
 * The one rule (see the file's head): the article's own address, else the address it was fetched
 * from (a URL input, a feed item's link), else — a local file that names none — the file's name.
 */
export function docIdFor(article: IdSource, from: { fetchedUrl?: string | undefined; file?: string }): string {
  const address = article.url ?? from.fetchedUrl;
  if (address) return docIdForUrl(address, article.source);
  if (from.file) return docIdForFile(from.file, article.title);
  throw new Error("expected an article with an address or a local file to name it by, received neither");
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
