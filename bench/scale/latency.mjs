// Times each question once, per language: { ja: { n, p50, p95, cpuP50, cpuP95 }, en: … } in
// milliseconds. Wall time is what a user waits; CPU time (this process, all threads) is what the
// question cost, and stays meaningful on a loaded machine where wall time is inflated.
export async function latencyByLanguage(questions, ask) {
  const out = {};
  for (const [lang, list] of Object.entries(questions)) {
    const ms = [];
    const cpu = [];
    for (const q of list) {
      const c = process.cpuUsage();
      const t = performance.now();
      await ask(q);
      ms.push(performance.now() - t);
      const u = process.cpuUsage(c);
      cpu.push((u.user + u.system) / 1000);
    }
    out[lang] = {
      n: ms.length,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      cpuP50: percentile(cpu, 50),
      cpuP95: percentile(cpu, 95),
    };
  }
  return out;
}

function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
