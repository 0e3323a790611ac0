/** Only absolute http(s) URLs without characters that could end a link early: the one check an article's link passes before any surface shows it. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
    const escapes: Record<string, string> = { "(": "%28", ")": "%29", "<": "%3C", ">": "%3E" };
    return u.href.replace(/[()<>]/g, (c) => escapes[c]!).replace(/\s/g, encodeURIComponent);
  } catch {
    return undefined;
  }
}
