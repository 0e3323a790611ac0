import { afterEach, describe, expect, it, vi } from "vitest";
import { scheduleSync } from "../../src/discord/scheduled-sync.js";
import type { SourcesManager } from "../../src/sources/manager.js";
import type { SyncResult } from "../../src/sources/sync.js";

afterEach(() => {
  vi.useRealTimers();
});

function recordingLog() {
  const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
  const at = (level: string) => (obj: Record<string, unknown>, msg: string) => void lines.push({ level, obj, msg });
  return { lines, log: { info: at("info"), warn: at("warn"), error: at("error"), debug: at("debug") } as never };
}

describe("the bot's scheduled sync", () => {
  it("runs every interval, logs what it added, and keeps going after a failed run", async () => {
    vi.useFakeTimers();
    const result: SyncResult = {
      feeds: [{ url: "https://x.example/rss", status: "read", items: 2 }],
      items: [
        { feed: "https://x.example/rss", link: "https://x.example/a", status: "added", docId: "x-a" },
        { feed: "https://x.example/rss", link: "https://x.example/b", status: "skipped", reason: "r" },
      ],
    };
    const sync = vi
      .fn<() => Promise<SyncResult>>()
      .mockRejectedValueOnce(new Error("feed list broken"))
      .mockResolvedValue(result);
    const { lines, log } = recordingLog();
    const stop = scheduleSync({ sync } as unknown as SourcesManager, 30, log);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(lines[0]).toMatchObject({ level: "error", obj: { event: "sources_sync_failed" } });
    expect(lines[1]).toMatchObject({
      level: "info",
      msg: "scheduled sync: 1 added, 0 updated, 1 skipped, 0 failed",
      obj: { event: "sources_synced", added: [{ link: "https://x.example/a", docId: "x-a" }] },
    });
    expect(lines[1]!.obj).not.toHaveProperty("stories");
    stop();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("logs each story other outlets carry once, in sync's short line", async () => {
    vi.useFakeTimers();
    const result = {
      feeds: [{ url: "https://x.example/rss", status: "read", items: 1 }],
      items: [{ feed: "https://x.example/rss", link: "https://x.example/a", status: "added", docId: "x-a" }],
      index: { copies: [{ docId: "x-a", of: "y-a", paragraphs: 4, decidedBy: "time" }] },
    } as unknown as SyncResult;
    const { lines, log } = recordingLog();
    const stop = scheduleSync({ sync: async () => result } as unknown as SourcesManager, 30, log);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    stop();
    expect(lines[0]!.obj).toMatchObject({ stories: ["story: quoted y-a (published first); also x-a"] });
  });

  it("never runs when the interval is 0", async () => {
    vi.useFakeTimers();
    const sync = vi.fn();
    scheduleSync({ sync } as unknown as SourcesManager, 0, recordingLog().log)();
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(sync).not.toHaveBeenCalled();
  });
});
