/**
 * Starting and stopping every HTTP server of ours the same way — the bot's health endpoint and
 * REST proxy, and the archive site (`serve`) — and one wording for a port or address that cannot
 * be bound, naming the setting to change. Shared (util/), so the bot and the site import it alike.
 */
import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Listening {
  /** The port actually bound (0 asks for any free one). */
  readonly port: number;
  /** Drops open connections (an idle keep-alive must not hold shutdown open), then stops listening. */
  close(): Promise<void>;
}

/**
 * Listens on `host:port`; a failure to bind (port taken, no such address) becomes the error
 * `refused` makes of it, which should say what was expected and what went wrong.
 */
export async function listen(
  server: Server,
  port: number,
  host: string,
  refused: (reason: string) => Error,
): Promise<Listening> {
  server.listen(port, host);
  await Promise.race([
    once(server, "listening"),
    once(server, "error").then(([err]) => Promise.reject(err as Error)),
  ]).catch((err: NodeJS.ErrnoException) => {
    throw refused(err.code ?? err.message);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Address errors: the host cannot be bound here (not this machine's address, or no such name). */
const HOST_CODES = new Set(["EADDRNOTAVAIL", "ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL", "EINVAL"]);

/**
 * What a failure to bind `host:port` means, naming the setting to change: the host for an address
 * this machine does not have, the port when it is taken or not allowed.
 */
export function bindProblem(
  reason: string,
  where: { host: string; port: number; hostSetting: string; portSetting: string },
): string {
  const at = `cannot listen on ${where.host}:${where.port} (${reason})`;
  if (HOST_CODES.has(reason))
    return `${at}; expected in ${where.hostSetting} an address of this machine (127.0.0.1, 0.0.0.0, or one of its interfaces)`;
  if (reason === "EACCES") return `${at}; expected in ${where.portSetting} a port this user may bind (1024 or above)`;
  return `${at}; expected a free port in ${where.portSetting}`;
}
