/**
 * Entry point of one shard process spawned by ShardingManager (shard.ts). discord.js reads the
 * shard ids and count from the environment the manager sets (SHARDS, SHARD_COUNT); the manager
 * serves the health endpoint for all of them.
 */
import { loadConfig, loadEnvFile } from "../config.js";
import { runBot } from "./run.js";

const envWarning = loadEnvFile();
if (envWarning) console.error(`summit-bot shard: ${envWarning}`);

runBot(loadConfig(), { managed: true }).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`summit-bot shard: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
