/**
 * Debian's Chromium driven by playwright-core, for the browser tests: the flags this machine
 * needs (no sandbox as root, no background traffic to the closed network) and a fresh profile
 * per launch. Every console error and uncaught page error is collected, so a test can say there
 * were none.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
/** CI installs Chromium (.ci/run); a developer without it skips the browser tests. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM) || Boolean(process.env.CI);

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions of every page opened so far, as text. */
  readonly errors: string[];
  open(url: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "summit-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
  });
  const errors: string[] = [];
  return {
    context,
    errors,
    async open(url, viewport = { width: 1000, height: 700 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`${url}: ${m.text()}`);
      });
      page.on("pageerror", (e) => errors.push(`${url}: ${e.message}`));
      await page.goto(url, { waitUntil: "load" });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
