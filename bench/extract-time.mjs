/**
 * Extraction time per HTML page, in process: `extractHtml` of each checkout's build (dist/) over
 * every HTML page of every fixture set of this checkout, 7 rounds of 5 passes, builds taking turns
 * round by round. Prints the median and the fastest round per build, in ms per page, of wall time
 * and of the process's CPU time (user + system: on a shared, loaded machine the wall time also
 * counts the time spent waiting for a core, the CPU time does not).
 *
 *   npm run build && node bench/extract-time.mjs [CHECKOUT …]   (default: this checkout; each built)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const here = resolve(import.meta.dirname, "..");
const roots = process.argv.length > 2 ? process.argv.slice(2).map((r) => resolve(r)) : [here];
const web = join(here, "test/fixtures/web");
const pages = readdirSync(web, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    const dir = join(web, d.name, "pages");
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith(".html"))
        .map((f) => readFileSync(join(dir, f), "utf8"));
    } catch {
      return [];
    }
  });
const builds = await Promise.all(
  roots.map(async (root) => ({
    root,
    extract: (await import(pathToFileURL(join(root, "dist/sources/html-extract.js")).href)).extractHtml,
    rounds: [],
    cpu: [],
  })),
);
for (let r = 0; r < 7; r++)
  for (const b of builds) {
    const t = performance.now();
    const c = process.cpuUsage();
    for (let i = 0; i < 5; i++)
      for (const p of pages) {
        try {
          b.extract(p, "https://fixture.example/a");
        } catch {
          // A page that is not an article (the off-topic one) costs its time all the same.
        }
      }
    b.rounds.push((performance.now() - t) / (5 * pages.length));
    const used = process.cpuUsage(c);
    b.cpu.push((used.user + used.system) / 1000 / (5 * pages.length));
  }
for (const b of builds) {
  const sorted = [...b.rounds].sort((x, y) => x - y);
  const cpu = [...b.cpu].sort((x, y) => x - y);
  console.log(
    `${b.root}: ${pages.length} pages, ms per page median ${sorted[3].toFixed(2)}, fastest ${sorted[0].toFixed(2)}; CPU ms per page median ${cpu[3].toFixed(2)}, least ${cpu[0].toFixed(2)}`,
  );
}
