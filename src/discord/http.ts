/** Starting and stopping the small local HTTP servers (health endpoint, REST proxy) the same way. */
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
export async function listen(server: Server, port: number, host: string, refused: (reason: string) => Error): Promise<Listening> {
  server.listen(port, host);
  await Promise.race([once(server, "listening"), once(server, "error").then(([err]) => Promise.reject(err as Error))]).catch((err: NodeJS.ErrnoException) => {
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
