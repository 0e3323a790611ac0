// Times each question once, per language: { ja: { n, p50, p95 }, en: … } in milliseconds.
export async function latencyByLanguage(questions, ask) {
  const out = {};
  for (const [lang, list] of Object.entries(questions)) {
    const ms = [];
    for (const q of list) {
      const t = performance.now();
      await ask(q);
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    const at = (p) => (ms.length ? ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)] : null);
    out[lang] = { n: ms.length, p50: at(50), p95: at(95) };
  }
  return out;
}
