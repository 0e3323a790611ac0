/**
 * `doctor`'s look at the bot that is running: its /readyz (HEALTH_PORT, on this machine) says which
 * index generation it serves and what it has noticed since — a newer index that failed to load,
 * a corpus edited after the build. Either means the next restart fails although the bot answers.
 */
import { check, type Check } from "../engine/index.js";
import type { Config } from "../config.js";
import type { HealthReport } from "./health.js";

const { ok, warn, skip } = check;
const NAME = "running bot";

/** The address a local prober uses for the health endpoint's bind address. */
function probeHost(host: string): string {
  if (host === "0.0.0.0" || host === "") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

export async function runningBotChecks(config: Config, timeoutMs = 2_000): Promise<Check[]> {
  const { port, host } = config.health;
  if (port === undefined) return [skip(NAME, "HEALTH_PORT is not set: the running bot's /readyz cannot be asked")];
  if (port === 0) return [skip(NAME, "HEALTH_PORT=0 picks a port at start: the running bot's /readyz cannot be found")];
  const url = `http://${probeHost(host)}:${port}/readyz`;
  let body: HealthReport;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    body = (await res.json()) as HealthReport;
  } catch (err) {
    // fetch's own message is only "fetch failed": the cause says what happened (ECONNREFUSED, bad port…).
    const e = err as { name?: string; cause?: { code?: string; message?: string } };
    const reason =
      e.cause?.code ?? (e.name === "TimeoutError" ? "no answer in time" : (e.cause?.message ?? (err as Error).message));
    return [skip(NAME, `no bot answers on ${url} (${reason}): not running here, or on another HEALTH_PORT`)];
  }
  const index = body.index;
  const served = index
    ? `serving ${index.generation ?? "an index"} from ${index.dir} (${index.documents} documents, ${index.reloads} reload(s) since start)`
    : "no index loaded yet";
  const checks: Check[] = [
    body.ready
      ? ok(NAME, `${url}: ready, ${served}`)
      : warn(NAME, `${url}: not ready (${body.reasons.join("; ")}), ${served}`, "see the bot's log"),
  ];
  for (const w of body.warnings ?? []) {
    const fix = /corpus changed/.test(w)
      ? "run `npx summit-bot ingest`; the running bot reloads the new index"
      : "rebuild the index with `npx summit-bot ingest`, or restore the previous one, before the bot restarts";
    checks.push(warn(NAME, w, fix));
  }
  return checks;
}
