/**
 * The files the site serves under /static/: a fixed table from name to file, so no part of a
 * request's path ever reaches the file system — nothing outside this table can be served.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const STATIC_ROUTE = "/static/";

export interface Asset {
  readonly body: Buffer;
  readonly type: string;
}

// src/web/ and dist/web/ both sit two levels below the project root, beside static/.
const staticDir = fileURLToPath(new URL("../../static/", import.meta.url));

/** Chart.js's browser build, from the installed package (served locally: no CDN). */
function chartJsFile(): string {
  const main = createRequire(import.meta.url).resolve("chart.js");
  return join(dirname(main), "chart.umd.min.js");
}

const FILES: Record<string, { readonly path: () => string; readonly type: string }> = {
  "style.css": { path: () => join(staticDir, "style.css"), type: "text/css; charset=utf-8" },
  "dashboard.js": { path: () => join(staticDir, "dashboard.js"), type: "text/javascript; charset=utf-8" },
  "favicon.svg": { path: () => join(staticDir, "favicon.svg"), type: "image/svg+xml" },
  "chart.umd.js": { path: chartJsFile, type: "text/javascript; charset=utf-8" },
};

const cache = new Map<string, Asset>();

/** The asset called `name`, read once; undefined for any name not in the table. */
export function asset(name: string): Asset | undefined {
  if (!Object.hasOwn(FILES, name)) return undefined;
  let a = cache.get(name);
  if (!a) {
    const f = FILES[name]!;
    a = { body: readFileSync(f.path()), type: f.type };
    cache.set(name, a);
  }
  return a;
}
