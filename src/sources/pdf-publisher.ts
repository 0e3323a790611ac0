/**
 * Who published a PDF, from its own metadata: XMP `dc:publisher`, else the document info's
 * `Author`, else XMP `dc:creator` — the first that names someone. Office suites and PDF tools
 * fill these fields with themselves or with the login that saved the file ("Microsoft Word",
 * "admin"), which name no publisher and are passed over. When none is left the caller falls back
 * on the page that linked the PDF (a feed's title) or the host (read-source.ts, sync.ts).
 */

/** The makers of documents, not their publishers: software, and the accounts it saves under. */
const NOT_A_PUBLISHER =
  /\b(microsoft|word|excel|powerpoint|office|adobe|acrobat|indesign|distiller|latex|pdftex|xetex|luatex|ghostscript|libreoffice|openoffice|writer|quartz|pdf-?lib|pdfium|itext|wkhtmltopdf|chrome|skia|prince|pages|keynote|google docs)\b|^(admin|administrator|user|owner|author|unknown|default|guest|root|test)\d*$/i;

/** A metadata value as a name, or undefined: trimmed, its first line only, not blank or software, at most 120 characters. */
function nameIn(value: unknown): string | undefined {
  const text = (Array.isArray(value) ? value.find((v) => typeof v === "string" && v.trim()) : value) as unknown;
  if (typeof text !== "string") return undefined;
  const first = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find(Boolean);
  if (!first || first.length > 120 || NOT_A_PUBLISHER.test(first)) return undefined;
  return first;
}

/** `info`: the document information dictionary; `xmp`: the XMP metadata (PDF.js `Metadata.get`), when the PDF has some. */
export function pdfPublisher(
  info: Record<string, unknown>,
  xmp: { get(name: string): unknown } | undefined,
): string | undefined {
  return nameIn(xmp?.get("dc:publisher")) ?? nameIn(info.Author) ?? nameIn(xmp?.get("dc:creator"));
}
