import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { bindProblem, listen } from "../../src/util/listen.js";

const settings = { hostSetting: "HOST_SETTING", portSetting: "PORT_SETTING" };

describe("listening, for the bot's endpoints and the archive site alike", () => {
  it("says a taken port, naming the port setting, and leaves the first server serving", async () => {
    const first = await listen(createServer(), 0, "127.0.0.1", (r) => new Error(r));
    try {
      await expect(
        listen(
          createServer(),
          first.port,
          "127.0.0.1",
          (reason) => new Error(bindProblem(reason, { host: "127.0.0.1", port: first.port, ...settings })),
        ),
      ).rejects.toThrow(`cannot listen on 127.0.0.1:${first.port} (EADDRINUSE); expected a free port in PORT_SETTING`);
    } finally {
      await first.close();
    }
  });

  it("says an address this machine does not have, naming the host setting, and a port it may not bind", () => {
    expect(bindProblem("EADDRNOTAVAIL", { host: "192.0.2.1", port: 0, ...settings })).toBe(
      "cannot listen on 192.0.2.1:0 (EADDRNOTAVAIL); expected in HOST_SETTING an address of this machine (127.0.0.1, 0.0.0.0, or one of its interfaces)",
    );
    expect(bindProblem("EACCES", { host: "0.0.0.0", port: 80, ...settings })).toBe(
      "cannot listen on 0.0.0.0:80 (EACCES); expected in PORT_SETTING a port this user may bind (1024 or above)",
    );
  });
});
