import type { Config } from "../config.js";
import { openEngine } from "./open.js";
import type { Engine } from "./types.js";
import { openWorkerEngine } from "./worker-engine.js";

/**
 * The engine a long-running surface (the bot) answers from: warmed up, and in
 * `config.engineWorkers` worker threads unless that is 0.
 */
export function openServingEngine(config: Config): Promise<Engine> {
  const warm = { warm: true } as const;
  return config.engineWorkers > 0
    ? openWorkerEngine(config, { ...warm, workers: config.engineWorkers })
    : openEngine(config, warm);
}
