/**
 * The gateway connection in the log: when a shard loses Discord and when it is back, with how long
 * it was away. discord.js reconnects on its own (resume or a new session) and, for the closes it
 * can resume, says nothing an operator would see; an outage must still leave a line and its length.
 */
import { Events, type Client } from "discord.js";
import type { Logger } from "./log.js";

export function logConnection(client: Client, log: Logger, now: () => number = Date.now): void {
  /** Shards that lost the gateway, with when. */
  const down = new Map<number, number>();
  const lost = (shardId: number, fields: Record<string, unknown>) => {
    if (down.has(shardId)) return;
    down.set(shardId, now());
    log.warn(
      { event: "gateway_disconnected", shardId, ...fields },
      `shard ${shardId} lost the Discord gateway; reconnecting`,
    );
  };
  const back = (shardId: number, how: "resumed" | "new session", fields: Record<string, unknown> = {}) => {
    const since = down.get(shardId);
    if (since === undefined) return;
    down.delete(shardId);
    const downMs = now() - since;
    log.info(
      { event: "gateway_reconnected", shardId, how, downMs, ...fields },
      `shard ${shardId} reconnected to the Discord gateway (${how}) after ${(downMs / 1000).toFixed(1)} s`,
    );
  };
  client.on(Events.ShardDisconnect, (event, shardId) => lost(shardId, { code: event.code }));
  client.on(Events.ShardReconnecting, (shardId) => lost(shardId, {}));
  client.on(Events.ShardError, (err, shardId) => lost(shardId, { err }));
  client.on(Events.ShardResume, (shardId, replayed) => back(shardId, "resumed", { replayed }));
  client.on(Events.ShardReady, (shardId) => back(shardId, "new session"));
}
