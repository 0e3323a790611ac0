/**
 * Extraction time per HTML page, in process: `extractHtml` of each checkout's build (dist/) over
 * every HTML page of every fixture set of this checkout, 7 rounds of 5 passes, builds taking turns
 * round by round. Prints the median and the fastest round per build, in ms per page, of wall time
 * and of the process's CPU time (user + system: on a shared, loaded machine the wall time also
 * counts the time spent waiting for a core, the CPU time does not).
 *
 * Then, less sensitive to the machine's load drifting between rounds, the builds take turns page
 * by page (12 passes, the order reversed every other pass), with the CPU time of linkedom's
 * parseHTML and of a deep cloneNode of the parsed page alone (this checkout's linkedom) beside them.
 *
 *   npm run build && node bench/extract-time.mjs [CHECKOUT …]   (default: this checkout; each built)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";

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

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const PASSES = 12;
const perPage = new Map([
  ...builds.map((b) => [b.root, 0]),
  ["linkedom parseHTML alone", 0],
  ["cloneNode(true) alone", 0],
]);
for (let r = 0; r < PASSES; r++)
  for (const p of pages) {
    for (const b of r % 2 ? [...builds].reverse() : builds) {
      const c = cpuMs();
      try {
        b.extract(p, "https://fixture.example/a");
      } catch {
        // As above.
      }
      perPage.set(b.root, perPage.get(b.root) + cpuMs() - c);
    }
    let c = cpuMs();
    const { document } = parseHTML(p);
    perPage.set("linkedom parseHTML alone", perPage.get("linkedom parseHTML alone") + cpuMs() - c);
    c = cpuMs();
    document.cloneNode(true);
    perPage.set("cloneNode(true) alone", perPage.get("cloneNode(true) alone") + cpuMs() - c);
  }
console.log(`\nPage by page, builds taking turns on each page (${PASSES} passes), CPU ms per page:`);
for (const [name, total] of perPage) console.log(`${name}: ${(total / (PASSES * pages.length)).toFixed(2)}`);
