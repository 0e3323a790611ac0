// The benchmark's output format: markdown tables, numbers to four places.
export const f = (x) =>
  x === null || x === undefined
    ? "-"
    : typeof x === "number"
      ? Number.isInteger(x)
        ? String(x)
        : x.toFixed(4)
      : String(x);

export function table(title, cols, rows) {
  console.log(`\n## ${title}\n`);
  console.log(`| ${cols.join(" | ")} |`);
  console.log(`|${cols.map(() => "---").join("|")}|`);
  for (const r of rows) console.log(`| ${r.map(f).join(" | ")} |`);
}
